import { randomBytes, scryptSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';

export const KEY_FILE = 'database.key';
const SALT_FILE = 'database.salt';

/**
 * Browser mode's database key. With a passphrase the key is derived from it (scrypt, with a
 * salt kept beside the database); otherwise a random key lives in a file only the user may
 * read. A missing key file beside an existing database is an error, never a fresh key.
 */
export function loadOrCreateKey(dataDir: string, databaseExists: boolean, passphrase?: string): Buffer {
  fs.mkdirSync(dataDir, { recursive: true });
  if (passphrase) {
    const saltPath = path.join(dataDir, SALT_FILE);
    if (!fs.existsSync(saltPath)) {
      if (databaseExists) throw new AppError('FEIL_NOKKEL');
      fs.writeFileSync(saltPath, randomBytes(16), { mode: 0o600 });
    }
    return scryptSync(passphrase, fs.readFileSync(saltPath), 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  }
  const keyPath = path.join(dataDir, KEY_FILE);
  if (fs.existsSync(keyPath)) {
    const key = Buffer.from(fs.readFileSync(keyPath, 'utf8').trim(), 'hex');
    if (key.length !== 32) throw new AppError('FEIL_NOKKEL');
    return key;
  }
  if (databaseExists) throw new AppError('FEIL_NOKKEL');
  const key = randomBytes(32);
  fs.writeFileSync(keyPath, key.toString('hex'), { mode: 0o600, flag: 'wx' });
  return key;
}
