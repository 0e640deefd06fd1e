import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../shared/errors';
import { LATEST_VERSION, migrate } from './migrations';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  file: string;
  /** The database key, 32 random bytes. The file is unreadable without it. */
  key: Buffer;
  /** A better-sqlite3 build for another ABI (Electron), when not the one in node_modules. */
  nativeBinding?: string;
}

/** SQLite's word for a damaged file. */
export function isCorrupt(err: unknown): boolean {
  return String((err as { code?: unknown }).code ?? '').startsWith('SQLITE_CORRUPT');
}

/**
 * Opens an existing or new file with the key and proves the key fits, touching nothing:
 * SQLCipher mode (legacy=4), so the file is a standard SQLCipher 4 database. A wrong key
 * (or a file that is not a database) is FEIL_NOKKEL; a damaged one is DATABASE_SKADET.
 */
export function openEncrypted({ file, key, nativeBinding }: OpenDatabaseOptions, readonly = false): Db {
  if (key.length < 32) throw new Error('database key must be at least 32 bytes');
  const db = new Database(file, { readonly, fileMustExist: readonly, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    // A raw hex key skips the passphrase KDF: the key is already random.
    db.pragma(`key="x'${key.toString('hex')}'"`);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (err) {
    db.close();
    if ((err as { code?: string }).code === 'SQLITE_NOTADB') throw new AppError('FEIL_NOKKEL');
    if (isCorrupt(err)) throw new AppError('DATABASE_SKADET');
    throw err;
  }
}

/**
 * SQLite's own consistency check: [] when sound. `quick` skips the index-content comparison
 * (linear time), which is enough at every start; backups get the full check.
 */
export function integrityProblems(db: Db, quick = false): string[] {
  try {
    const rows = db.pragma(quick ? 'quick_check' : 'integrity_check') as Record<string, string>[];
    const messages = rows.map((r) => Object.values(r)[0] ?? '');
    return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
  } catch (err) {
    if (isCorrupt(err)) return [String((err as Error).message)];
    throw err;
  }
}

function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  // FULL: an acknowledged write survives a crash or power cut, not only a killed process.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // SQLCipher decrypts a page on every cache miss: keep the overview's and the statistics'
  // indexes (about 80 MB at 100,000 exchanges) decrypted in memory, not 16 MB of them.
  db.pragma('cache_size = -98304');
  // Deleted rows (retention) are overwritten, not left readable in free pages.
  db.pragma('secure_delete = ON');
}

/**
 * Opens (or creates) the encrypted case database and brings its schema up to date.
 *
 * With `deferCheck`, a file that is already up to date is opened without the integrity
 * check, which reads the whole file (seconds at 100,000 exchanges): the caller runs it in a
 * worker and holds every write until it passes (integrity-gate.ts). A new file, or one that
 * needs migrating, is checked here, before anything is written to it.
 */
export function openCaseDatabase(options: OpenDatabaseOptions, { deferCheck }: { deferCheck: boolean }): { db: Db; checkDeferred: boolean } {
  const db = openEncrypted(options);
  try {
    configure(db);
    const upToDate = (db.pragma('user_version', { simple: true }) as number) === LATEST_VERSION;
    const checkDeferred = deferCheck && upToDate;
    // Before any write: a damaged file must not be migrated or written to, only restored.
    if (!checkDeferred && integrityProblems(db, true).length > 0) throw new AppError('DATABASE_SKADET');
    migrate(db);
    return { db, checkDeferred };
  } catch (err) {
    db.close();
    if (isCorrupt(err)) throw new AppError('DATABASE_SKADET');
    throw err;
  }
}

/** Opens (or creates) the case database, refusing a damaged one, and migrates it. */
export function openDatabase(options: OpenDatabaseOptions): Db {
  return openCaseDatabase(options, { deferCheck: false }).db;
}
