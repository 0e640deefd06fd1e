/**
 * Reading the JSON a crossing document carries: the signed update (shape in
 * src/shared/sync/update.ts). It comes from outside, so it is parsed only when small, and
 * looked at only when shallow; the signature is checked later, against the partner's pinned key
 * (src/main/sync/incoming.ts).
 */
import { createHash } from 'node:crypto';
import { MAX_PAYLOAD_BYTES, MAX_PAYLOAD_DEPTH, nestingWithin } from '../../shared/documents/payload';
import { AppError } from '../../shared/errors';
import { type SignedUpdate, signedUpdateSchema, UPDATE_FORMAT, UPDATE_VERSION } from '../../shared/sync/update';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

/** JSON from outside (a partner's key file): its value, or undefined when it is not JSON, larger or deeper than ours ever are. */
export function parseUntrustedJson(bytes: Uint8Array): unknown {
  if (bytes.length > MAX_PAYLOAD_BYTES) return undefined;
  const value = parseJson(bytes);
  return nestingWithin(value, MAX_PAYLOAD_DEPTH) ? value : undefined;
}

/** Another format of ours (a newer app's) as opposed to JSON that is not ours at all. */
const OUR_FORMATS = 'no.oslo.bytteordning/';

/**
 * The signed update an attachment under our name holds, not yet verified, or an AppError that
 * says why it cannot be read. Bytes that are not JSON at all (cut short, garbled on the way) are
 * a damaged document; JSON that is not our format is someone else's.
 */
export function openSignedUpdate(bytes: Uint8Array): SignedUpdate {
  if (bytes.length > MAX_PAYLOAD_BYTES) throw new AppError('DOKUMENT_FOR_KOMPLEKS');
  const value = parseJson(bytes);
  if (value === undefined) throw new AppError('DOKUMENT_SKADET');
  if (!nestingWithin(value, MAX_PAYLOAD_DEPTH)) throw new AppError('DOKUMENT_UGYLDIG');
  const format = (value as { format?: unknown } | null)?.format;
  if (typeof format !== 'string' || !format.startsWith(OUR_FORMATS)) throw new AppError('DOKUMENT_MANGLER_DATA');
  const version = (value as { version?: unknown }).version;
  // A format or version we do not know comes from a newer app.
  if (format !== UPDATE_FORMAT || version !== UPDATE_VERSION) throw new AppError('DOKUMENT_UKJENT_VERSJON');
  const parsed = signedUpdateSchema.safeParse(value);
  if (!parsed.success) throw new AppError('DOKUMENT_UGYLDIG');
  return parsed.data;
}
