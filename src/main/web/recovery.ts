import fs from 'node:fs';
import path from 'node:path';
import { AppError, ERROR_MESSAGES } from '../../shared/errors';
import { formatInstant } from '../../shared/i18n/format';
import { AUDIT_DETAIL_PATTERN } from '../../shared/privacy/audit';
import { DATABASE_FILE } from '../app';
import { createAuditLog } from '../audit/audit-log';
import { listBackups, restoreDatabase } from '../db/backup';
import { loadBackupConfig } from '../db/backup-config';
import { openDatabase } from '../db/database';

const RESTORE_ACTOR = 'Gjenoppretting fra kommandolinjen';

/** What browser mode prints when the database is damaged: what happened, the backups, and the command that restores one. */
export function recoveryHelp(dataDir: string): string {
  const { folder } = loadBackupConfig(dataDir);
  const backups = listBackups(folder);
  const lines = [ERROR_MESSAGES.DATABASE_SKADET, ''];
  if (backups.length === 0) {
    lines.push(`Fant ingen sikkerhetskopier i ${folder}. Kontakt IT, og ta med datamappen ${dataDir}.`);
    return lines.join('\n');
  }
  lines.push(`Sikkerhetskopier i ${folder} (nyeste først):`);
  for (const b of backups) lines.push(`  ${b.file}   (${formatInstant(b.createdAt)})`);
  lines.push(
    '',
    'Slik gjenoppretter du den nyeste (en kopi av den skadede databasen tas vare på i samme mappe):',
    `  npm run start:web -- --data-dir "${dataDir}" --restore ${backups[0]!.file}`,
  );
  return lines.join('\n');
}

/**
 * `--restore <file>`, before the app opens: a file name from the backup folder, or a path.
 * Returns the line to print; throws SIKKERHETSKOPI_UGYLDIG (nothing changed) for a bad backup.
 */
export function restoreFromCli(dataDir: string, file: string, key: Buffer, now: Date, nativeBinding?: string): string {
  const { folder } = loadBackupConfig(dataDir);
  const inFolder = path.join(folder, file);
  const backupFile = path.basename(file) === file && fs.existsSync(inFolder) ? inFolder : path.resolve(file);
  if (!fs.existsSync(backupFile)) throw new AppError('SIKKERHETSKOPI_FINNES_IKKE');
  const dbFile = path.join(dataDir, DATABASE_FILE);
  const binding = nativeBinding ? { nativeBinding } : {};
  const copy = restoreDatabase({ backupFile, dbFile, folder, key, now, ...binding });
  // The restored database's log continues with the restore, as when it is done in the app.
  const db = openDatabase({ file: dbFile, key, ...binding });
  try {
    const name = path.basename(backupFile);
    createAuditLog(db, { now: () => now, actor: () => RESTORE_ACTOR }).log({
      action: 'sikkerhetskopi.gjenopprettet',
      detail: AUDIT_DETAIL_PATTERN.test(name) ? name : null,
    });
  } finally {
    db.close();
  }
  return copy
    ? `Databasen er gjenopprettet fra ${path.basename(backupFile)}. Den forrige databasen er tatt vare på som ${copy.file} i ${folder}.`
    : `Databasen er gjenopprettet fra ${path.basename(backupFile)}.`;
}
