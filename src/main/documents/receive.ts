import { MAX_IMPORT_BYTES } from '../../shared/contract-documents';
import { type CrossingDocument, PAYLOAD_ATTACHMENT_NAME } from '../../shared/documents/payload';
import { AppError, type ErrorCode } from '../../shared/errors';
import { openEnvelope } from './envelope';
import { type PdfReadFailure, PdfReadError, readPdfAttachment } from './read-pdf';

const READ_FAILURES: Record<PdfReadFailure, ErrorCode> = {
  not_pdf: 'DOKUMENT_IKKE_PDF',
  damaged: 'DOKUMENT_SKADET',
  encrypted: 'DOKUMENT_KRYPTERT',
};

/** A file received from the other district (base64) to its verified content, or a refusal. */
export async function receiveDocument(base64: string): Promise<CrossingDocument> {
  // Checked on the encoded length first, so an oversized file is never decoded.
  if (Math.floor((base64.length * 3) / 4) > MAX_IMPORT_BYTES + 2) throw new AppError('DOKUMENT_FOR_STOR');
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_IMPORT_BYTES) throw new AppError('DOKUMENT_FOR_STOR');
  let attachment: Uint8Array | undefined;
  try {
    attachment = await readPdfAttachment(bytes, PAYLOAD_ATTACHMENT_NAME);
  } catch (err) {
    if (err instanceof PdfReadError) throw new AppError(READ_FAILURES[err.reason]);
    throw err;
  }
  if (!attachment) throw new AppError('DOKUMENT_MANGLER_DATA');
  return openEnvelope(attachment);
}
