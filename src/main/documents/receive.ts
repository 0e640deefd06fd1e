/**
 * A file received from the other district, to the signed update it carries or a refusal. The
 * file is untrusted, so everything that parses it (pdfjs, the attachment's JSON) runs in a
 * worker thread with memory and time limits (import-worker-client.ts); main only checks the
 * size and gets back the update or a refusal code. The signature is verified after, in main,
 * against the partner's pinned key (src/main/sync/incoming.ts).
 */
import { MAX_IMPORT_BYTES } from '../../shared/contract-documents';
import { UNSIGNED_ATTACHMENT_NAME } from '../../shared/documents/payload';
import { AppError, type ErrorCode } from '../../shared/errors';
import { type SignedUpdate, UPDATE_ATTACHMENT_NAME } from '../../shared/sync/update';
import { openSignedUpdate } from './envelope';
import type { EncryptionKey } from '../sync/encryption-key';
import { isSealed, open } from '../sync/sealed-box';
import { readInImportWorker, readUpdateInImportWorker } from './import-worker-client';
import { type PdfReadFailure, PdfReadError, type ReadPdfResult, readPdf } from './read-pdf';

const READ_FAILURES: Record<PdfReadFailure, ErrorCode> = {
  not_pdf: 'DOKUMENT_IKKE_PDF',
  damaged: 'DOKUMENT_SKADET',
  encrypted: 'DOKUMENT_KRYPTERT',
  too_complex: 'DOKUMENT_FOR_KOMPLEKS',
};

/** A file received from the other district (base64) to the update it carries, or a refusal. */
export async function receiveDocument(base64: string, own: EncryptionKey): Promise<SignedUpdate> {
  // Checked on the encoded length first, so an oversized file is never decoded.
  if (Math.floor((base64.length * 3) / 4) > MAX_IMPORT_BYTES + 2) throw new AppError('DOKUMENT_FOR_STOR');
  return readReceivedFile(Buffer.from(base64, 'base64'), own);
}

/**
 * A received file's bytes to the update it carries: a PDF, or an update sealed to this
 * installation's key (from a shared folder, src/main/sync/shared-folder.ts). The sealed box is
 * opened here, in main: decrypting parses nothing, and only the holder of our key can open it.
 * What it holds is parsed in the worker like any file from outside.
 */
export async function readReceivedFile(bytes: Buffer, own: EncryptionKey): Promise<SignedUpdate> {
  if (bytes.length > MAX_IMPORT_BYTES) throw new AppError('DOKUMENT_FOR_STOR');
  if (!isSealed(bytes)) return readInImportWorker(bytes);
  const plain = open(bytes, own);
  if (!plain) throw new AppError('OPPDATERING_KAN_IKKE_APNES');
  return readUpdateInImportWorker(plain);
}

/**
 * The parse itself, in the import worker (import-worker.ts): the update the file carries, or an
 * AppError. An attachment under our name that cannot be read is damaged (DOKUMENT_SKADET: send
 * it again), not a file from somewhere else.
 */
export async function openReceivedFile(bytes: Uint8Array): Promise<SignedUpdate> {
  let read: ReadPdfResult;
  try {
    read = await readPdf(bytes, { text: false });
  } catch (err) {
    if (err instanceof PdfReadError) throw new AppError(READ_FAILURES[err.reason]);
    throw err;
  }
  const { attachments, unreadableAttachments } = read;
  const update = attachments[UPDATE_ATTACHMENT_NAME];
  if (update) return openSignedUpdate(update);
  if (unreadableAttachments.includes(UPDATE_ATTACHMENT_NAME)) throw new AppError('DOKUMENT_SKADET');
  // A document of ours from before updates were signed: readable, but nothing proves who made it.
  if (attachments[UNSIGNED_ATTACHMENT_NAME]) throw new AppError('DOKUMENT_USIGNERT');
  throw new AppError('DOKUMENT_MANGLER_DATA');
}
