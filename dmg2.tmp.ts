import { readFileSync } from 'node:fs';
import { readPdf, PdfReadError } from './src/main/documents/read-pdf';
const good = readFileSync('test-results/documents/engine-sample.pdf');
for (const frac of [0.1, 0.3, 0.5, 0.7, 0.9, 0.97]) {
  const b = Buffer.concat([good.subarray(0, Math.floor(good.length * frac)), Buffer.from('\n%%EOF\n')]);
  const t = performance.now();
  try { const r = await readPdf(b); console.log(frac, 'OK pages', r.pageCount, Object.keys(r.attachments)); }
  catch (e) { console.log(frac, e instanceof PdfReadError ? e.reason : 'OTHER', (e as Error).message.slice(0, 120), (performance.now()-t).toFixed(0)); }
}
