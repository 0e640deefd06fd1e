import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../shared/errors';
import { AUDIT_DETAIL_PATTERN } from '../shared/privacy/audit';
import { DATABASE_FILE } from './app';
import { createAuditLog } from './audit/audit-log';
import { restoreDatabase } from './db/backup';
import { loadBackupConfig } from './db/backup-config';
import { type InstanceKind, lockDataDir } from './data-dir-lock';
import { openCaseDatabase } from './db/database';
import type { SigningKey } from './identity/signing-key';
import { STARTUP_MESSAGES } from '../shared/i18n/system-messages';

export interface RestoreBeforeStart {
  /** A file name from the backup folder, or a path. */
  file: string;
  key: Buffer;
  now: Date;
  /** Who restored, as the audit log says it: the command line, or the start-up dialog. */
  actor: string;
  nativeBinding?: string;
  /** The installation's signing key: the restore's audit row is signed like every other. */
  signingKey: SigningKey;
  /** What is restoring, as a second start would be told. */
  instance: InstanceKind;
}

/**
 * Puts a backup in place of a database that will not open, before the app opens it (browser
 * mode's `--restore`, Electron's start-up dialog). Returns the sentence to show; throws
 * SIKKERHETSKOPI_FINNES_IKKE or SIKKERHETSKOPI_UGYLDIG (nothing changed) for a bad choice.
 */
export function restoreBeforeStart(dataDir: string, o: RestoreBeforeStart): string {
  // Nobody may be writing into the file that is about to be replaced.
  const lock = lockDataDir(dataDir, o.instance);
  try {
    return restoreLocked(dataDir, o);
  } finally {
    lock.release();
  }
}

function restoreLocked(dataDir: string, o: RestoreBeforeStart): string {
  const { folder } = loadBackupConfig(dataDir);
  const inFolder = path.join(folder, o.file);
  const backupFile = path.basename(o.file) === o.file && fs.existsSync(inFolder) ? inFolder : path.resolve(o.file);
  if (!fs.existsSync(backupFile)) throw new AppError('SIKKERHETSKOPI_FINNES_IKKE');
  const dbFile = path.join(dataDir, DATABASE_FILE);
  const binding = o.nativeBinding ? { nativeBinding: o.nativeBinding } : {};
  const copy = restoreDatabase({ backupFile, dbFile, folder, key: o.key, now: o.now, ...binding });
  // The restored database's log continues with the restore, as when it is done in the app.
  // restoreDatabase has just run the full integrity check on it: not again here.
  const { db } = openCaseDatabase({ file: dbFile, key: o.key, ...binding }, { deferCheck: true });
  try {
    const name = path.basename(backupFile);
    createAuditLog(db, { now: () => o.now, actor: () => o.actor, signingKey: o.signingKey }).log({
      action: 'sikkerhetskopi.gjenopprettet',
      detail: AUDIT_DETAIL_PATTERN.test(name) ? name : null,
    });
  } finally {
    db.close();
  }
  return copy
    ? STARTUP_MESSAGES.gjenopprettet(path.basename(backupFile)) + STARTUP_MESSAGES.forrigeTattVare(copy.file, folder)
    : STARTUP_MESSAGES.gjenopprettet(path.basename(backupFile));
}
