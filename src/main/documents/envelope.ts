/**
 * Sealing and opening the JSON a crossing document carries (shapes in
 * src/shared/documents/payload.ts). Opening checks, in order: that it is ours, that this app
 * knows its format and version, that the checksum matches, and only then the payload's shape.
 */
import { createHash } from 'node:crypto';
import {
  canonicalJson,
  CROSSING_KINDS,
  type CrossingDocument,
  type CrossingKind,
  type Envelope,
  envelopeSchema,
  FORMAT_PREFIX,
  formatOf,
  PAYLOAD_SCHEMAS,
  PAYLOAD_VERSION,
  type PayloadByKind,
} from '../../shared/documents/payload';
import { AppError } from '../../shared/errors';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The attachment's text. The payload is validated first, so we never send what the other side must refuse. */
export function sealEnvelope<K extends CrossingKind>(kind: K, payload: PayloadByKind[K]): string {
  const checked = PAYLOAD_SCHEMAS[kind].parse(payload);
  const envelope: Envelope = {
    format: formatOf(kind),
    version: PAYLOAD_VERSION,
    payload: checked,
    sha256: sha256Hex(canonicalJson(checked)),
  };
  return JSON.stringify(envelope, null, 2);
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

/** The verified content of an attachment, or an AppError that says why it cannot be imported. */
export function openEnvelope(bytes: Uint8Array): CrossingDocument {
  const envelope = envelopeSchema.safeParse(parseJson(bytes));
  if (!envelope.success || !envelope.data.format.startsWith(FORMAT_PREFIX)) throw new AppError('DOKUMENT_MANGLER_DATA');
  const { format, version, payload, sha256 } = envelope.data;
  const kind = CROSSING_KINDS.find((k) => formatOf(k) === format);
  // A kind we do not know comes from a newer app, as does a newer version.
  if (!kind || version !== PAYLOAD_VERSION) throw new AppError('DOKUMENT_UKJENT_VERSJON');
  if (sha256.toLowerCase() !== sha256Hex(canonicalJson(payload))) throw new AppError('DOKUMENT_ENDRET');
  const parsed = PAYLOAD_SCHEMAS[kind].safeParse(payload);
  if (!parsed.success) throw new AppError('DOKUMENT_UGYLDIG');
  return { kind, payload: parsed.data } as CrossingDocument;
}
