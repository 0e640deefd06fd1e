import fs from 'node:fs';
import path from 'node:path';
import { type BackupConfig, backupConfigSchema } from '../../shared/contract-privacy';

/**
 * Where backups go and how many are kept. A small file beside the database, not a table in
 * it: when the database is damaged, this is what says where the backups to restore are.
 * It holds no case data.
 */
export const BACKUP_CONFIG_FILE = 'sikkerhetskopi.json';
export const DEFAULT_BACKUP_FOLDER = 'sikkerhetskopier';
export const DEFAULT_BACKUPS_KEPT = 10;

export function defaultBackupConfig(dataDir: string): BackupConfig {
  return { folder: path.join(dataDir, DEFAULT_BACKUP_FOLDER), keep: DEFAULT_BACKUPS_KEPT };
}

/** The saved configuration, or the defaults when there is none (or it cannot be read). */
export function loadBackupConfig(dataDir: string): BackupConfig {
  const file = path.join(dataDir, BACKUP_CONFIG_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return defaultBackupConfig(dataDir);
  }
  try {
    return backupConfigSchema.parse(JSON.parse(text));
  } catch {
    console.warn(`[backup] ${BACKUP_CONFIG_FILE} could not be read; using the default folder`);
    return defaultBackupConfig(dataDir);
  }
}

export function saveBackupConfig(dataDir: string, config: BackupConfig): void {
  const file = path.join(dataDir, BACKUP_CONFIG_FILE);
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(config, null, 2), { mode: 0o600 });
  fs.renameSync(tmp, file);
}
