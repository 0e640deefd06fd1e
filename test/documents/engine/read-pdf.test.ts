import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/main/documents/engine';
import { PdfReadError, readPdf, type PdfReadFailure } from '../../../src/main/documents/read-pdf';
import { OWNER_PASSWORD_FIXTURE, pdfBomb, pdfkitBytes } from '../hostile';

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
    const { attachments } = await readPdf(good, { text: false });
    expect(new TextDecoder().decode(attachments['data.json'])).toBe('{"ok":true}');
    expect(attachments['annet.json']).toBeUndefined();
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

  it('refuses a file with only an owner password whose trailer is in an xref stream', async () => {
    expect(await refusal(fs.readFileSync(OWNER_PASSWORD_FIXTURE))).toBe('encrypted');
  });

  it('refuses a decompression bomb before pdfjs inflates it', async () => {
    const bomb = await pdfBomb(200_000_000);
    expect(await refusal(bomb)).toBe('too_complex');
  });
});
