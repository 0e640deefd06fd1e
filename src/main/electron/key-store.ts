import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The database key: 32 random bytes made at first run, stored only sealed by the operating
 * system's key store (DPAPI on Windows, Keychain on macOS, the secret service on Linux)
 * through Electron's `safeStorage`. A copied data folder is useless without the user's login.
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
export const KEY_BYTES = 32;
/** The sealed plaintext: a versioned prefix lets a wrong or damaged file be told from a key. */
const SEALED_PREFIX = 'bytteordning-db-key:v1:';

export const KEY_STORE_MESSAGES = {
  KRYPTERING_UTILGJENGELIG:
    'Bytteordning kan ikke beskytte saksdataene fordi operativsystemets nøkkellager ikke er tilgjengelig. ' +
    'Logg ut og inn igjen. Hjelper ikke det, kontakt IT. Ingen data er endret.',
  NOKKEL_ULESELIG:
    'Nøkkelen til saksdatabasen kan ikke leses. Filen kan være skadet, eller appen kjører under en annen brukerkonto enn den som opprettet dataene. ' +
    'Ikke slett noen filer. Kontakt IT. Ingen data er endret.',
  NOKKEL_MANGLER:
    'Saksdatabasen finnes, men nøkkelen til den mangler. Appen lager ikke en ny, tom database over den gamle. ' +
    'Ikke slett noen filer. Kontakt IT. Ingen data er endret.',
} as const;

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

export interface LoadedKey {
  key: Buffer;
  /** True when this call made the key (first run). */
  created: boolean;
}

export function sealedKeyPath(dir: string): string {
  return path.join(dir, SEALED_KEY_FILE);
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
  const { safeStorage, dir } = options;
  await assertEncryptionAvailable(safeStorage);
  const file = sealedKeyPath(dir);

  let sealed: Buffer | undefined;
  try {
    sealed = fs.readFileSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new KeyStoreError('NOKKEL_ULESELIG', { cause: err });
  }

  if (sealed !== undefined) {
    const { key, shouldReEncrypt } = await unseal(safeStorage, sealed);
    if (shouldReEncrypt) {
      // The OS rotated its key: re-seal so the file keeps opening. The old file still works
      // if this fails, so a failure here is not fatal.
      try {
        writeFileAtomic(file, await safeStorage.encryptStringAsync(encodeKey(key)), { replace: true });
      } catch (err) {
        console.warn(`[key-store] could not re-seal the database key: ${(err as Error).message}`);
      }
    }
    return { key, created: false };
  }

  if (options.hasExistingData) throw new KeyStoreError('NOKKEL_MANGLER');

  fs.mkdirSync(dir, { recursive: true });
  const key = randomBytes(KEY_BYTES);
  const sealedNew = await safeStorage.encryptStringAsync(encodeKey(key));
  writeFileAtomic(file, sealedNew, { replace: false });
  // Read back before any data is written with this key: a key store that seals but cannot
  // unseal would otherwise lock the user out of everything saved in this session.
  const check = await unseal(safeStorage, fs.readFileSync(file));
  if (!check.key.equals(key)) throw new KeyStoreError('NOKKEL_ULESELIG');
  return { key, created: true };
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

async function unseal(safeStorage: SafeStorageLike, sealed: Buffer): Promise<{ key: Buffer; shouldReEncrypt: boolean }> {
  let plain: string;
  let shouldReEncrypt: boolean;
  try {
    const out = await safeStorage.decryptStringAsync(sealed);
    plain = out.result;
    shouldReEncrypt = out.shouldReEncrypt;
  } catch (err) {
    throw new KeyStoreError('NOKKEL_ULESELIG', { cause: err });
  }
  const key = decodeKey(plain);
  if (!key) throw new KeyStoreError('NOKKEL_ULESELIG');
  return { key, shouldReEncrypt };
}

function encodeKey(key: Buffer): string {
  return SEALED_PREFIX + key.toString('base64');
}

function decodeKey(plain: string): Buffer | null {
  if (typeof plain !== 'string' || !plain.startsWith(SEALED_PREFIX)) return null;
  const b64 = plain.slice(SEALED_PREFIX.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) return null;
  const key = Buffer.from(b64, 'base64');
  return key.length === KEY_BYTES ? key : null;
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
