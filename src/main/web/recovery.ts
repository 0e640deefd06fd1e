import { ERROR_MESSAGES } from '../../shared/errors';
import { formatInstant } from '../../shared/i18n/format';
import { listBackups } from '../db/backup';
import { loadBackupConfig } from '../db/backup-config';
import { INSTANCE_MESSAGES } from '../../shared/i18n/system-messages';

/** What browser mode prints when the database is damaged: what happened, the backups, and the command that restores one. */
export function recoveryHelp(dataDir: string): string {
  const { folder } = loadBackupConfig(dataDir);
  const backups = listBackups(folder);
  const lines = [ERROR_MESSAGES.DATABASE_SKADET, ''];
  if (backups.length === 0) {
    lines.push(INSTANCE_MESSAGES.ingenKopier(folder, dataDir));
    return lines.join('\n');
  }
  lines.push(INSTANCE_MESSAGES.kopierI(folder));
  for (const b of backups) lines.push(`  ${b.file}   (${formatInstant(b.createdAt)})`);
  lines.push(
    '',
    INSTANCE_MESSAGES.slikGjenoppretter,
    `  npm run start:web -- --data-dir "${dataDir}" --restore ${backups[0]!.file}`,
  );
  return lines.join('\n');
}
