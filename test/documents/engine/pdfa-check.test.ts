import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { checkPdfA } from '../../../src/main/documents/engine/pdfa-check';

async function pdfkitBytes(options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument(options);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  draw(doc);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

// The checker must catch what plain pdfkit gets wrong, or its green light means nothing.
describe('checkPdfA', () => {
  it('flags a plain pdfkit file: no PDF/A metadata, no output intent, Helvetica not embedded', async () => {
    const pdf = await pdfkitBytes({ pdfVersion: '1.7' }, (d) => d.text('Hei'));
    const { ok, problems } = checkPdfA(pdf);
    expect(ok).toBe(false);
    expect(problems).toContain('XMP lacks pdfaid:part 3');
    expect(problems).toContain('no GTS_PDFA1 output intent with an ICC profile');
    expect(problems).toContain('font not embedded: Helvetica');
  });

  it("flags pdfkit's own PDF/A-3b output when the title needs XML escaping", async () => {
    const pdf = await pdfkitBytes({ pdfVersion: '1.7', subset: 'PDF/A-3b', info: { Title: 'Inn & ut <test>' } }, () => undefined);
    expect(checkPdfA(pdf).problems).toContain('XMP is not well-formed XML (unescaped & or <)');
  });

  it('flags an attachment that is not an associated file with a relationship', async () => {
    const pdf = await pdfkitBytes({ pdfVersion: '1.7', subset: 'PDF/A-3b' }, (d) => {
      d.file(Buffer.from('{}'), { name: 'a.json', hidden: true });
    });
    const problems = checkPdfA(pdf).problems;
    expect(problems).toContain('embedded file a.json has no MIME type (Subtype)');
    expect(problems).toContain('embedded file a.json has no ModDate');
  });
});
