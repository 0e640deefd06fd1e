import { readFileSync } from 'node:fs';
import { readPdf } from './src/main/documents/read-pdf';
const buf = readFileSync('test-results/documents/engine-sample.pdf');
let t = performance.now();
const r = await readPdf(buf);
console.log('first', (performance.now() - t).toFixed(1));
t = performance.now(); await readPdf(buf); console.log('second', (performance.now() - t).toFixed(1));
console.log(r.pages[0]); console.log('-----'); console.log(r.pages[2]);
console.log(r.info, Object.keys(r.attachments), r.fontsEmbedded, r.fontNames, r.tagged, r.metadataXml?.length);
