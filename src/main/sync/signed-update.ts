import { createHash, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../../shared/documents/payload';
import { AppError } from '../../shared/errors';
import { type SignedUpdate, type Update, updateSchema, UPDATE_FORMAT, UPDATE_VERSION } from '../../shared/sync/update';
import { fingerprint, type SigningKey, signMessage, verifyMessage } from '../identity/signing-key';

/** The hash that chains one update to the next, and that a receiver records: over the canonical update. */
export function updateHash(update: Update): string {
  return createHash('sha256').update(canonicalJson(update)).digest('hex');
}

export function sharedHashOf(sharedText: string): string {
  return createHash('sha256').update(sharedText).digest('hex');
}

/** The attachment's text: the update, validated first, and the installation's signature over it. */
export function signUpdate(update: Update, key: SigningKey): string {
  const checked = updateSchema.parse(update);
  const envelope: SignedUpdate = {
    format: UPDATE_FORMAT,
    version: UPDATE_VERSION,
    update: checked,
    signature: signMessage(key, Buffer.from(canonicalJson(checked))).toString('base64'),
    fingerprint: fingerprint(key.publicKey),
  };
  return JSON.stringify(envelope);
}

/**
 * The update, once its signature is proved against the partner's pinned key; then its shape.
 * The key is looked up by the district the update claims to come from, so a signature by any
 * other key (another district's, a stranger's) fails here.
 */
export function verifyUpdate(envelope: SignedUpdate, keyOf: (update: unknown) => KeyObject | null): Update {
  if (envelope.version !== UPDATE_VERSION) throw new AppError('DOKUMENT_UKJENT_VERSJON');
  const key = keyOf(envelope.update);
  const signature = Buffer.from(envelope.signature, 'base64');
  if (!key || !verifyMessage(key, Buffer.from(canonicalJson(envelope.update)), signature)) throw new AppError('DOKUMENT_FEIL_SIGNATUR');
  const parsed = updateSchema.safeParse(envelope.update);
  if (!parsed.success) throw new AppError('DOKUMENT_UGYLDIG');
  return parsed.data;
}
