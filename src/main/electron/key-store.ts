import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { KEY_STORE_MESSAGES } from '../../shared/i18n/system-messages';
import { createSigningKey, exportSigningKey, importSigningKey, type SigningKey } from '../identity/signing-key';

/**
 * The installation's secrets, each made at first run and stored only sealed by the operating
 * system's key store (DPAPI on Windows, Keychain on macOS, the secret service on Linux)
 * through Electron's `safeStorage`, one file each: the database key (32 random bytes) and the
 * signing key (src/main/identity/signing-key.ts). A copied data folder is useless without the
 * user's login, and the signing key cannot be had from the database key.
 *
 * Electron 45 deprecates the synchronous safeStorage API (removed in 46), so this uses the
 * async one; data sealed by the old `encryptString` still opens with `decryptStringAsync`.
 */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }>;
  /** Linux only in Electron. */
  getSelectedStorageBackend?(): string;
}

export const SEALED_KEY_FILE = 'database.key.sealed';
export const SEALED_SIGNING_KEY_FILE = 'signering.key.sealed';
export const KEY_BYTES = 32;

export { KEY_STORE_MESSAGES };

export type KeyStoreErrorCode = keyof typeof KEY_STORE_MESSAGES;

export class KeyStoreError extends Error {
  readonly code: KeyStoreErrorCode;
  constructor(code: KeyStoreErrorCode, options?: { cause?: unknown }) {
    super(KEY_STORE_MESSAGES[code], options);
    this.name = 'KeyStoreError';
    this.code = code;
  }
}

export interface LoadKeyOptions {
  safeStorage: SafeStorageLike;
  /** The folder holding the sealed key (Electron `userData`). */
  dir: string;
  /**
   * Whether a database already exists in the folder. With no sealed key, a new key would make a
   * new empty database beside (or over) the old one, so that case is refused instead.
   */
  hasExistingData?: boolean;
}

/** One secret the key store keeps: its file, how it is made, and how a damaged one is told from it. */
export interface SealedSecret {
  file: string;
  /** The sealed plaintext begins with this versioned prefix, so a wrong or damaged file is told from a secret. */
  prefix: string;
  make(): Buffer;
  isValid(secret: Buffer): boolean;
  /** What an unreadable file of this secret is called. */
  unreadable: KeyStoreErrorCode;
}

export const DATABASE_KEY_SECRET: SealedSecret = {
  file: SEALED_KEY_FILE,
  prefix: 'bytteordning-db-key:v1:',
  make: () => randomBytes(KEY_BYTES),
  isValid: (key) => key.length === KEY_BYTES,
  unreadable: 'NOKKEL_ULESELIG',
};

export const SIGNING_KEY_SECRET: SealedSecret = {
  file: SEALED_SIGNING_KEY_FILE,
  prefix: 'bytteordning-signing-key:v1:',
  make: () => exportSigningKey(createSigningKey()),
  isValid: (pkcs8) => importSigningKey(pkcs8) !== null,
  unreadable: 'SIGNERINGSNOKKEL_ULESELIG',
};

export interface LoadedKey {
  key: Buffer;
  /** True when this call made the key (first run). */
  created: boolean;
}


/** True if the folder holds anything that looks like an SQLite database (or its WAL files). */
export function folderHasDatabase(dir: string): boolean {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return false;
  }
  return names.some((name) => /\.(sqlite3?|db)(-wal|-shm|-journal)?$/i.test(name));
}

/** Returns the database key: unseals the stored one, or makes and seals one on first run. Never silently makes a second key. */
export async function loadOrCreateDatabaseKey(options: LoadKeyOptions): Promise<LoadedKey> {
  const { secret, created } = await loadOrCreateSealedSecret(DATABASE_KEY_SECRET, options);
  return { key: secret, created };
}

/**
 * Returns the installation's signing key, made and sealed on first run. A first run after an
 * update that brought it finds data but no key, and makes one: nothing was signed before. One
 * that cannot be unsealed is refused, never replaced, since a new key could not vouch for
 * what the old one signed.
 */
export async function loadOrCreateSigningKey(options: Omit<LoadKeyOptions, 'hasExistingData'>): Promise<SigningKey> {
  const { secret } = await loadOrCreateSealedSecret(SIGNING_KEY_SECRET, options);
  const key = importSigningKey(secret);
  if (!key) throw new KeyStoreError('SIGNERINGSNOKKEL_ULESELIG');
  return key;
}

/** Unseals the stored secret, or makes and seals one when there is none. */
export async function loadOrCreateSealedSecret(spec: SealedSecret, options: LoadKeyOptions): Promise<{ secret: Buffer; created: boolean }> {
  const { safeStorage, dir } = options;
  await assertEncryptionAvailable(safeStorage);
  const file = path.join(dir, spec.file);

  let sealed: Buffer | undefined;
  try {
    sealed = fs.readFileSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new KeyStoreError(spec.unreadable, { cause: err });
  }

  if (sealed !== undefined) {
    const { secret, shouldReEncrypt } = await unseal(safeStorage, sealed, spec);
    if (shouldReEncrypt) {
      // The OS rotated its key: re-seal so the file keeps opening. The old file still works
      // if this fails, so a failure here is not fatal.
      try {
        writeFileAtomic(file, await safeStorage.encryptStringAsync(spec.prefix + secret.toString('base64')), { replace: true });
      } catch (err) {
        console.warn(`[key-store] could not re-seal ${spec.file}: ${(err as Error).message}`);
      }
    }
    return { secret, created: false };
  }

  if (options.hasExistingData) throw new KeyStoreError('NOKKEL_MANGLER');

  fs.mkdirSync(dir, { recursive: true });
  const secret = spec.make();
  const sealedNew = await safeStorage.encryptStringAsync(spec.prefix + secret.toString('base64'));
  writeFileAtomic(file, sealedNew, { replace: false });
  // Read back before anything is written with this secret: a key store that seals but cannot
  // unseal would otherwise lock the user out of everything saved in this session.
  const check = await unseal(safeStorage, fs.readFileSync(file), spec);
  if (!check.secret.equals(secret)) throw new KeyStoreError(spec.unreadable);
  return { secret, created: true };
}

async function assertEncryptionAvailable(safeStorage: SafeStorageLike): Promise<void> {
  let available = false;
  try {
    available = await safeStorage.isAsyncEncryptionAvailable();
  } catch (err) {
    throw new KeyStoreError('KRYPTERING_UTILGJENGELIG', { cause: err });
  }
  if (!available) throw new KeyStoreError('KRYPTERING_UTILGJENGELIG');
  // Linux without a secret service falls back to 'basic_text': a password compiled into
  // Chromium, which would leave the key as good as unsealed. Refuse rather than pretend.
  let backend: string | undefined;
  try {
    backend = safeStorage.getSelectedStorageBackend?.();
  } catch {
    backend = undefined; // Not Linux: the method is absent or unsupported there.
  }
  if (backend === 'basic_text') throw new KeyStoreError('KRYPTERING_UTILGJENGELIG');
}

async function unseal(safeStorage: SafeStorageLike, sealed: Buffer, spec: SealedSecret): Promise<{ secret: Buffer; shouldReEncrypt: boolean }> {
  let plain: string;
  let shouldReEncrypt: boolean;
  try {
    const out = await safeStorage.decryptStringAsync(sealed);
    plain = out.result;
    shouldReEncrypt = out.shouldReEncrypt;
  } catch (err) {
    throw new KeyStoreError(spec.unreadable, { cause: err });
  }
  const secret = decodeSecret(plain, spec);
  if (!secret) throw new KeyStoreError(spec.unreadable);
  return { secret, shouldReEncrypt };
}

function decodeSecret(plain: string, spec: SealedSecret): Buffer | null {
  if (typeof plain !== 'string' || !plain.startsWith(spec.prefix)) return null;
  const b64 = plain.slice(spec.prefix.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) return null;
  const secret = Buffer.from(b64, 'base64');
  return spec.isValid(secret) ? secret : null;
}

/** Write to a temporary file, flush, then rename: a crash leaves the old file or the new one, never half of one. */
function writeFileAtomic(file: string, data: Buffer, { replace }: { replace: boolean }): void {
  const tmp = `${file}.${process.pid}.tmp`;
  // 0o600: only the user may read the sealed key (ignored on Windows, where the profile ACL applies).
  const fd = fs.openSync(tmp, 'w', 0o600);
  try {
    fs.writeSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    // The single-instance lock makes this unreachable in the app; it guards against ever replacing a key.
    if (!replace && fs.existsSync(file)) throw new Error(`${path.basename(file)} appeared while a new key was being made`);
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}
