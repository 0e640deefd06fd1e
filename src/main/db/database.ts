import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../shared/errors';
import { migrate } from './migrations';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  file: string;
  /** The database key, 32 random bytes. The file is unreadable without it. */
  key: Buffer;
  /** A better-sqlite3 build for another ABI (Electron), when not the one in node_modules. */
  nativeBinding?: string;
}

/**
 * Opens (or creates) the encrypted case database and brings its schema up to date.
 * SQLCipher mode (legacy=4) so the file is a standard SQLCipher 4 database.
 */
export function openDatabase({ file, key, nativeBinding }: OpenDatabaseOptions): Db {
  if (key.length < 32) throw new Error('database key must be at least 32 bytes');
  const db = new Database(file, nativeBinding ? { nativeBinding } : {});
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    // A raw hex key skips the passphrase KDF: the key is already random.
    db.pragma(`key="x'${key.toString('hex')}'"`);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_NOTADB') throw new AppError('FEIL_NOKKEL');
      throw err;
    }
    db.pragma('journal_mode = WAL');
    // FULL: an acknowledged write survives a crash or power cut, not only a killed process.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
