import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/main/documents/engine';
import { PdfReadError, readPdf, readPdfAttachment, type PdfReadFailure } from '../../../src/main/documents/read-pdf';

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

async function refusal(bytes: Uint8Array): Promise<PdfReadFailure> {
  try {
    await readPdf(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(PdfReadError);
    expect((error as PdfReadError).message).toMatch(/PDF/);
    return (error as PdfReadError).reason;
  }
  throw new Error('expected readPdf to refuse the file');
}

describe('readPdf', () => {
  let good: Buffer;
  beforeAll(async () => {
    good = await renderPdf(
      { lang: 'nb-NO', title: 'Lesetest', meta: [], sections: [{ heading: 'Hei', blocks: [{ kind: 'paragraph', text: 'Blåbærsyltetøy' }] }] },
      { attachment: { name: 'data.json', json: '{"ok":true}' } },
    );
  });

  it('reads text, attachments and info, and leaves the caller’s buffer intact', async () => {
    const copy = new Uint8Array(good);
    const read = await readPdf(copy);
    expect(copy.byteLength).toBe(good.byteLength); // pdfjs transfers its input; we must pass a copy
    expect(read.pages[0]).toContain('Blåbærsyltetøy');
    expect(read.info.Title).toBe('Lesetest');
    expect(new TextDecoder().decode(read.attachments['data.json'])).toBe('{"ok":true}');
  });

  it('reads only the attachment for an import', async () => {
    expect(new TextDecoder().decode(await readPdfAttachment(good, 'data.json'))).toBe('{"ok":true}');
    expect(await readPdfAttachment(good, 'annet.json')).toBeUndefined();
  });

  it('refuses an empty buffer', async () => {
    expect(await refusal(new Uint8Array())).toBe('not_pdf');
  });

  it('refuses random bytes', async () => {
    let seed = 42;
    const random = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff);
    expect(await refusal(random)).toBe('not_pdf');
  });

  it('refuses a text file', async () => {
    expect(await refusal(Buffer.from('Hei!\nDette er en vanlig tekstfil, ikke en PDF.\n', 'utf8'))).toBe('not_pdf');
  });

  it('refuses a truncated PDF', async () => {
    expect(await refusal(good.subarray(0, Math.floor(good.length / 2)))).toBe('damaged');
    expect(await refusal(good.subarray(0, good.length - 20))).toBe('damaged');
  });

  it('refuses a truncated PDF even when %%EOF was added back', async () => {
    const patched = Buffer.concat([good.subarray(0, Math.floor(good.length * 0.6)), Buffer.from('\n%%EOF\n')]);
    expect(await refusal(patched)).toBe('damaged');
  });

  it('refuses a PDF that is only a header', async () => {
    expect(await refusal(Buffer.from('%PDF-1.7\n%%EOF\n'))).toBe('damaged');
  });

  it('refuses encrypted PDFs, with or without a user password', async () => {
    const locked = await pdfkitBytes({ userPassword: 'hemmelig', ownerPassword: 'eier', pdfVersion: '1.7' }, (d) => d.text('x'));
    expect(await refusal(locked)).toBe('encrypted');
    const ownerOnly = await pdfkitBytes({ ownerPassword: 'eier', pdfVersion: '1.7' }, (d) => d.text('x'));
    expect(await refusal(ownerOnly)).toBe('encrypted');
  });

  it('reports a PDF with a non-embedded font', async () => {
    const plain = await pdfkitBytes({}, (d) => d.text('Helvetica er ikke innebygd'));
    const read = await readPdf(plain);
    expect(read.fontsEmbedded).toBe(false);
    expect(read.fontNames).toContain('Helvetica');
  });
});
