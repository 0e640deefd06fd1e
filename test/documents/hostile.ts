/**
 * Hostile files for the import tests and the bench, built in code: PDF decompression bombs,
 * an encrypted PDF, an update nested too deep to check, garbage under our attachment's name,
 * a genuine document whose attachment was damaged on the way.
 * The bombs are cached in the system's temp folder, since deflating a gigabyte takes a few seconds.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, createDeflate, deflateSync, inflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { renderPdf } from '../../src/main/documents/engine';
import { UPDATE_ATTACHMENT_NAME, UPDATE_FORMAT, UPDATE_VERSION } from '../../src/shared/sync/update';

/**
 * A PDF with only an owner password (it opens without one), AES-256, its objects and trailer in
 * streams, carrying the payload of a profile made by the app. Made once with qpdf, which the
 * tests do not need:
 *   qpdf --object-streams=generate --encrypt "" eier 256 --modify=none -- plain.pdf eierpassord-aes256.pdf
 */
export const OWNER_PASSWORD_FIXTURE = fileURLToPath(new URL('./fixtures/eierpassord-aes256.pdf', import.meta.url));

export async function pdfkitBytes(options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument(options);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  draw(doc);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** A zlib (FlateDecode) stream of `size` zero bytes, deflated in chunks so it never sits whole in memory. */
async function deflatedZeros(size: number): Promise<Buffer> {
  const deflate = createDeflate({ level: constants.Z_BEST_COMPRESSION, memLevel: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const chunk = Buffer.alloc(16 * 1024 * 1024);
  for (let left = size; left > 0; left -= chunk.length) {
    const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
    if (!deflate.write(part)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return Buffer.concat(out);
}

/**
 * A small, valid PDF whose attachment (named as our payload, so an import reads it) inflates
 * to `inflatedBytes` of zeros. The file itself is about inflatedBytes / 1000, twice that when
 * `hex`: the zlib stream is then hex-encoded first ([/ASCIIHexDecode /FlateDecode]), so only
 * a reader that decodes the hex finds the bomb.
 */
export async function pdfBomb(inflatedBytes: number, options: { hex?: boolean } = {}): Promise<Buffer> {
  const cached = path.join(os.tmpdir(), `bytteordning-bomb-${inflatedBytes}${options.hex ? '-hex' : ''}.pdf`);
  if (fs.existsSync(cached)) return fs.readFileSync(cached);
  const deflated = await deflatedZeros(inflatedBytes);
  const stream = options.hex ? Buffer.from(`${deflated.toString('hex')}>`, 'latin1') : deflated;
  const bytes = await pdfkitBytes({ pdfVersion: '1.7' }, (doc) => {
    doc.text('Vedlegget er en dekomprimeringsbombe.');
    // Already encoded: with a Filter set, pdfkit writes the bytes as they are.
    const Filter = options.hex ? ['ASCIIHexDecode', 'FlateDecode'] : 'FlateDecode';
    const file = doc.ref({ Type: 'EmbeddedFile', Filter, Params: { Size: inflatedBytes } });
    file.end(stream);
    const spec = doc.ref({ Type: 'Filespec', F: new String(UPDATE_ATTACHMENT_NAME), UF: new String(UPDATE_ATTACHMENT_NAME), EF: { F: file } });
    spec.end(undefined);
    doc.addNamedEmbeddedFile(UPDATE_ATTACHMENT_NAME, spec);
  });
  // Written under another name and renamed, so a parallel run never reads half a file.
  const partial = `${cached}.${process.pid}`;
  fs.writeFileSync(partial, bytes);
  fs.renameSync(partial, cached);
  return bytes;
}

/**
 * The JSON of an update that is `depth` empty arrays deep, written out directly: canonicalJson
 * (which the signature is checked over) would overflow the stack on it, which is the point.
 */
export function deepPayloadJson(depth: number): string {
  return `{"changes":${'['.repeat(depth)}${']'.repeat(depth)}}`;
}

/** A PDF as ours, whose signed update nests `depth` levels. */
export function deepPayloadPdf(depth = 100_000): Promise<Buffer> {
  const json = `{"format":${JSON.stringify(UPDATE_FORMAT)},"version":${UPDATE_VERSION},"update":${deepPayloadJson(depth)},"signature":"","fingerprint":""}`;
  return renderPdf({ lang: 'nb-NO', title: 'Oppdatering', meta: [], sections: [] }, { attachment: { name: UPDATE_ATTACHMENT_NAME, json } });
}

/** A valid PDF whose attachment, named as our payload, is random bytes. */
export function garbageAttachmentPdf(): Promise<Buffer> {
  return pdfkitBytes({ pdfVersion: '1.7' }, (doc) => {
    doc.text('Vedlegget er tilfeldige bytes.');
    doc.file(randomBytes(4096), { name: UPDATE_ATTACHMENT_NAME, type: 'application/json' });
  });
}

/** Where the embedded file's (the attachment's) stream data lies in a PDF made by the app. */
function attachmentStream(pdf: Buffer): { start: number; end: number } {
  const text = pdf.toString('latin1');
  const at = text.indexOf('/Type /EmbeddedFile');
  const start = text.indexOf('stream\n', at) + 'stream\n'.length;
  const end = text.indexOf('\nendstream', start);
  if (at < 0 || end < 0) throw new Error('no attachment stream');
  return { start, end };
}

/**
 * The PDF with its attachment's content changed by `damage` (what was inflated goes in, what
 * comes out is deflated back into the same place, padded, so the file's offsets still hold).
 */
export function withDamagedAttachment(pdf: Buffer, damage: (json: Buffer) => Buffer): Buffer {
  const { start, end } = attachmentStream(pdf);
  const deflated = deflateSync(damage(inflateSync(pdf.subarray(start, end))), { level: 9 });
  if (deflated.length > end - start) throw new Error('the damaged attachment must not be longer than the original');
  const out = Buffer.from(pdf);
  out.fill(0, start, end);
  deflated.copy(out, start);
  return out;
}

/** The PDF with bytes of its attachment's compressed stream flipped, so it no longer inflates. */
export function withGarbledAttachmentStream(pdf: Buffer): Buffer {
  const { start } = attachmentStream(pdf);
  const out = Buffer.from(pdf);
  for (let i = start + 20; i < start + 60; i++) out[i] = (out[i] ?? 0) ^ 0x55;
  return out;
}

/** The PDF with its attachment's file specification pointing at an object the file does not have. */
export function withAttachmentStreamMissing(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const changed = text.replace(/\/EF <<\n\/F (\d+) 0 R/, (ef, n: string) => ef.replace(`${n} 0 R`, `${'9'.repeat(n.length)} 0 R`));
  if (changed === text) throw new Error('no attachment file specification');
  return Buffer.from(changed, 'latin1');
}
