import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { readPdf, PdfReadError } from './src/main/documents/read-pdf';
const good = readFileSync('test-results/documents/engine-sample.pdf');
async function tryRead(label: string, b: Uint8Array) {
  const t = performance.now();
  try { const r = await readPdf(b); console.log(label, 'OK pages', r.pageCount, (performance.now()-t).toFixed(0)); }
  catch (e) { console.log(label, e instanceof PdfReadError ? e.reason : 'OTHER', (e as Error).message.slice(0, 100), (performance.now()-t).toFixed(0)); }
}
await tryRead('good', good);
await tryRead('empty', new Uint8Array());
await tryRead('random', Uint8Array.from({ length: 5000 }, () => Math.floor(Math.random() * 256)));
await tryRead('text', Buffer.from('Hei, dette er en tekstfil.\n'));
await tryRead('truncated half', good.subarray(0, good.length / 2));
await tryRead('truncated -10', good.subarray(0, good.length - 10));
const g2 = Buffer.from(good); g2.write('garbage!', Math.floor(g2.length * 0.3), 'latin1');
await tryRead('garbage 30%', g2);
// destroy the xref and the catalog
const s = good.toString('latin1');
const noXref = Buffer.from(s.replace(/xref[\s\S]*?trailer/, 'xref\n0 0\ntrailer').replace('/Type /Catalog', '/Type /Xatalog'), 'latin1');
await tryRead('no catalog', noXref);
const hdrOnly = Buffer.from('%PDF-1.7\n%%EOF\n');
await tryRead('header only', hdrOnly);
// encrypted
const doc = new PDFDocument({ userPassword: 'hemmelig', ownerPassword: 'x', pdfVersion: '1.7' });
const chunks: Buffer[] = []; doc.on('data', (c: Buffer) => chunks.push(c)); const done = new Promise(r => doc.on('end', r)); doc.text('Hei'); doc.end(); await done;
await tryRead('encrypted user', Buffer.concat(chunks));
const doc2 = new PDFDocument({ ownerPassword: 'x', pdfVersion: '1.7' });
const c2: Buffer[] = []; doc2.on('data', (c: Buffer) => c2.push(c)); const d2 = new Promise(r => doc2.on('end', r)); doc2.text('Hei'); doc2.end(); await d2;
await tryRead('encrypted owner only', Buffer.concat(c2));
