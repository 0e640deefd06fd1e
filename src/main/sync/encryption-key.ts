import { createPrivateKey, createPublicKey, hkdfSync, type KeyObject } from 'node:crypto';
import { exportSigningKey, type SigningKey } from '../identity/signing-key';

/**
 * The installation's X25519 key, for updates encrypted to it (sealed-box.ts). It is derived from
 * the signing key's seed, so no second secret has to be made, stored and protected: whoever
 * holds the signing key holds this one, and nobody else does. An Ed25519 key cannot do ECDH
 * itself, and Node's crypto has no conversion between the two curves.
 */
// PKCS#8 DER of each curve is a fixed prefix followed by the 32 raw private bytes.
const X25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');

export interface EncryptionKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function encryptionKeyOf(signing: SigningKey): EncryptionKey {
  const seed = exportSigningKey(signing).subarray(-32);
  const raw = Buffer.from(hkdfSync('sha256', seed, Buffer.alloc(0), Buffer.from('bytteordning-x25519:v1'), 32));
  const privateKey = createPrivateKey({ key: Buffer.concat([X25519_PKCS8_PREFIX, raw]), format: 'der', type: 'pkcs8' });
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

/** A public key as a partner key file carries it: SPKI DER, base64. */
export function exportPublicKey(key: KeyObject): string {
  return key.export({ type: 'spki', format: 'der' }).toString('base64');
}

/** A public key from a partner key file, or null when it is not of the expected kind. */
export function importPublicKey(base64: string, kind: 'ed25519' | 'x25519'): KeyObject | null {
  try {
    const key = createPublicKey({ key: Buffer.from(base64, 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === kind ? key : null;
  } catch {
    return null;
  }
}
