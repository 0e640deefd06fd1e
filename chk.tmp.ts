import { readFileSync } from 'node:fs';
import { checkPdfA } from './src/main/documents/engine/pdfa-check';
const r = checkPdfA(readFileSync('test-results/documents/engine-sample.pdf'));
console.log(JSON.stringify({ ...r, structure: { ...r.structure, xmp: r.structure.xmp?.slice(0, 80) } }, null, 1));
