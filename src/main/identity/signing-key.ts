import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
  scryptSync,
  sign,
  verify,
} from 'node:crypto';
import { AppError } from '../../shared/errors';
import { formatFingerprint } from '../../shared/identity/fingerprint';

/**
 * The installation's own Ed25519 key pair, made at first start. It signs the audit trail's
 * rows and every update this installation sends its partner district, so that someone who
 * holds only the database key cannot rewrite the trail unnoticed. It is therefore kept apart
 * from the database key and cannot be derived from it: sealed by the OS key store in Electron
 * (src/main/electron/key-store.ts), encrypted under the passphrase in browser mode
 * (src/main/web/key-file.ts).
 */
export interface SigningKey {
  readonly privateKey: KeyObject;
  /** Always derived from the private key as loaded, never read from the database or a file. */
  readonly publicKey: KeyObject;
}

export function createSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey };
}

/** The private key as it is stored: PKCS#8 DER (48 bytes). */
export function exportSigningKey(key: SigningKey): Buffer {
  return key.privateKey.export({ format: 'der', type: 'pkcs8' });
}

/** A stored private key with its public key derived from it; null when the bytes are not an Ed25519 private key. */
export function importSigningKey(pkcs8: Buffer): SigningKey | null {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
  } catch {
    return null;
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') return null;
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

export function signMessage(key: SigningKey, message: Buffer): Buffer {
  return sign(null, message, key.privateKey);
}

/** False for a wrong signature and for bytes that are not one. */
export function verifyMessage(publicKey: KeyObject, message: Buffer, signature: Buffer): boolean {
  try {
    return verify(null, message, publicKey, signature);
  } catch {
    return false;
  }
}

/** The raw 32 bytes of an Ed25519 public key. */
export function publicKeyBytes(publicKey: KeyObject): Buffer {
  const { x } = publicKey.export({ format: 'jwk' });
  if (!x) throw new Error('not an Ed25519 public key');
  return Buffer.from(x, 'base64url');
}

/** The installation's fingerprint, for two coordinators to compare by phone when their districts pair. */
export function fingerprint(publicKey: KeyObject): string {
  return formatFingerprint(createHash('sha512').update('bytteordning-installasjon:v1\n').update(publicKeyBytes(publicKey)).digest());
}

/**
 * The private key encrypted under a passphrase (browser mode): AES-256-GCM with a key made by
 * scrypt from the passphrase, a salt of its own and this label. The database key is scrypt of
 * the same passphrase with another salt, so it opens nothing here: only the passphrase does.
 */
const PASSPHRASE_LABEL = 'bytteordning-signeringsnokkel:v1';
const SCRYPT_OPTIONS = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

interface EncryptedKeyFile {
  format: typeof PASSPHRASE_LABEL;
  salt: string;
  iv: string;
  tag: string;
  data: string;
}

function wrappingKey(passphrase: string, salt: Buffer): Buffer {
  return scryptSync(passphrase, Buffer.concat([Buffer.from(PASSPHRASE_LABEL), salt]), 32, SCRYPT_OPTIONS);
}

export function encryptSigningKey(key: SigningKey, passphrase: string): Buffer {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey(passphrase, salt), iv);
  cipher.setAAD(Buffer.from(PASSPHRASE_LABEL));
  const data = Buffer.concat([cipher.update(exportSigningKey(key)), cipher.final()]);
  const file: EncryptedKeyFile = {
    format: PASSPHRASE_LABEL,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
  return Buffer.from(JSON.stringify(file));
}

/** FEIL_NOKKEL for a wrong passphrase (GCM cannot tell it from changed bytes); SIGNERINGSNOKKEL_ULESELIG for a file that is not one. */
export function decryptSigningKey(content: Buffer, passphrase: string): SigningKey {
  let file: Partial<EncryptedKeyFile>;
  try {
    file = JSON.parse(content.toString('utf8')) as Partial<EncryptedKeyFile>;
  } catch {
    throw new AppError('SIGNERINGSNOKKEL_ULESELIG');
  }
  if (file?.format !== PASSPHRASE_LABEL || ![file.salt, file.iv, file.tag, file.data].every((v) => typeof v === 'string')) {
    throw new AppError('SIGNERINGSNOKKEL_ULESELIG');
  }
  let pkcs8: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey(passphrase, Buffer.from(file.salt!, 'base64')), Buffer.from(file.iv!, 'base64'));
    decipher.setAAD(Buffer.from(PASSPHRASE_LABEL));
    decipher.setAuthTag(Buffer.from(file.tag!, 'base64'));
    pkcs8 = Buffer.concat([decipher.update(Buffer.from(file.data!, 'base64')), decipher.final()]);
  } catch {
    throw new AppError('FEIL_NOKKEL');
  }
  const key = importSigningKey(pkcs8);
  if (!key) throw new AppError('SIGNERINGSNOKKEL_ULESELIG');
  return key;
}
