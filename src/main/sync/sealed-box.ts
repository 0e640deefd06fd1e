import { createCipheriv, createDecipheriv, createPublicKey, diffieHellman, generateKeyPairSync, hkdfSync, type KeyObject, randomBytes } from 'node:crypto';

/**
 * An update encrypted to the partner's X25519 key, for transports where others can read the
 * files (a shared folder on a network drive): an ephemeral X25519 key, ECDH with the
 * recipient's key, HKDF-SHA-256 to an AES-256-GCM key, and the ephemeral public key, nonce and
 * tag beside the ciphertext. Only the holder of the recipient's private key can open it; the
 * signature inside still says who sent it.
 */
const MAGIC = Buffer.from('BYTTEORDNING-SEALED-1\n');
const INFO = Buffer.from('bytteordning sealed update v1');
const SPKI_X25519_LENGTH = 44;

function aesKey(shared: Buffer, ephemeralSpki: Buffer, recipientSpki: Buffer): Buffer {
  // Both public keys in the salt bind the key to this pair of keys.
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephemeralSpki, recipientSpki]), INFO, 32));
}

export function seal(plain: Buffer, recipient: KeyObject): Buffer {
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralSpki = ephemeral.publicKey.export({ type: 'spki', format: 'der' });
  const recipientSpki = recipient.export({ type: 'spki', format: 'der' });
  const key = aesKey(diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipient }), ephemeralSpki, recipientSpki);
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(MAGIC);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([MAGIC, ephemeralSpki, nonce, cipher.getAuthTag(), body]);
}

/** The plain bytes, or null when the box is not for this key or was changed on the way. */
export function open(box: Buffer, own: { privateKey: KeyObject; publicKey: KeyObject }): Buffer | null {
  const head = MAGIC.length + SPKI_X25519_LENGTH + 12 + 16;
  if (box.length < head || !box.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  try {
    const ephemeralSpki = box.subarray(MAGIC.length, MAGIC.length + SPKI_X25519_LENGTH);
    const nonce = box.subarray(MAGIC.length + SPKI_X25519_LENGTH, MAGIC.length + SPKI_X25519_LENGTH + 12);
    const tag = box.subarray(head - 16, head);
    const ephemeral = createPublicKey({ key: ephemeralSpki, format: 'der', type: 'spki' });
    const recipientSpki = own.publicKey.export({ type: 'spki', format: 'der' });
    const key = aesKey(diffieHellman({ privateKey: own.privateKey, publicKey: ephemeral }), ephemeralSpki, recipientSpki);
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(MAGIC);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(box.subarray(head)), decipher.final()]);
  } catch {
    return null;
  }
}

export function isSealed(bytes: Buffer): boolean {
  return bytes.subarray(0, MAGIC.length).equals(MAGIC);
}
