import { randomBytes, scryptSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import {
  createSigningKey,
  decryptSigningKey,
  encryptSigningKey,
  exportSigningKey,
  importSigningKey,
  type SigningKey,
} from '../identity/signing-key';
import { passphraseProblem } from './passphrase';
import { INSTANCE_MESSAGES } from '../../shared/i18n/system-messages';

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
      // Only a new database is held to the rule: an existing one must stay openable.
      const problem = passphraseProblem(passphrase);
      if (problem) throw new AppError('PASSORD_FOR_SVAKT', INSTANCE_MESSAGES.ingentingOpprettet(problem));
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

export const SIGNING_KEY_FILE = 'signering.key';
export const ENCRYPTED_SIGNING_KEY_FILE = 'signering.key.kryptert';

/**
 * Browser mode's signing key (src/main/identity/signing-key.ts). With a passphrase its file
 * is encrypted under the passphrase, with a salt and label of its own, so the database key
 * opens nothing here. Without one it is a plain file only the user may read, like the
 * database key then: for testing and training only. Made at first start, also beside an
 * existing database (the first start after the update that brought signing), and never
 * replaced: one that cannot be read stops the start.
 */
export function loadOrCreateSigningKey(dataDir: string, passphrase?: string): SigningKey {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, passphrase ? ENCRYPTED_SIGNING_KEY_FILE : SIGNING_KEY_FILE);
  let content: Buffer | undefined;
  try {
    content = fs.readFileSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new AppError('SIGNERINGSNOKKEL_ULESELIG');
  }
  if (content !== undefined) {
    if (passphrase) return decryptSigningKey(content, passphrase);
    const key = importSigningKey(Buffer.from(content.toString('utf8').trim(), 'base64'));
    if (!key) throw new AppError('SIGNERINGSNOKKEL_ULESELIG');
    return key;
  }
  const key = createSigningKey();
  const stored = passphrase ? encryptSigningKey(key, passphrase) : exportSigningKey(key).toString('base64');
  fs.writeFileSync(file, stored, { mode: 0o600, flag: 'wx' });
  return key;
}
