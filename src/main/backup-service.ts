import fs from 'node:fs';
import path from 'node:path';
import type { BackupConfig, BackupInfo, BackupOverview } from '../shared/contract-privacy';
import { AppError, ERROR_MESSAGES } from '../shared/errors';
import { type AuditLog, SYSTEM_ACTOR } from './audit/audit-log';
import { backupNow, listBackups, restoreDatabase } from './db/backup';
import { loadBackupConfig, saveBackupConfig } from './db/backup-config';
import type { Db } from './db/database';

/** Automatic backups are made when the newest one is older than this. */
export const AUTOMATIC_BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface BackupService {
  overview(): BackupOverview;
  saveConfig(config: BackupConfig): BackupOverview;
  /** A backup now, as the coordinator asked for it. */
  backupNow(): BackupInfo;
  /** The automatic backup: only when the newest is a day old; a failure is kept for the settings screen. */
  backupIfDue(): BackupInfo | null;
  /** Replaces the live database with a backup, keeping a copy of the current one first. */
  restore(file: string): { restored: BackupInfo; copyOfPrevious: BackupInfo };
}

export interface BackupServiceDeps {
  dataDir: string;
  dbFile: string;
  key: Buffer;
  nativeBinding?: string;
  now(): Date;
  /** The live (real, never the training) database and its audit log, as of now. */
  db(): Db;
  audit(): AuditLog;
  /** Closes the live database, runs `swap`, and opens it again whether or not `swap` threw. */
  reopenAround<T>(swap: () => T): T;
}

export function createBackupService(deps: BackupServiceDeps): BackupService {
  let lastError: string | null = null;

  function overview(): BackupOverview {
    const config = loadBackupConfig(deps.dataDir);
    return { ...config, backups: listBackups(config.folder), lastError };
  }

  function make(kind: 'manuell' | 'automatisk'): BackupInfo {
    const { folder, keep } = loadBackupConfig(deps.dataDir);
    let made: BackupInfo;
    try {
      made = backupNow(deps.db(), folder, deps.now(), { kind, keep });
    } catch (err) {
      console.error(`[backup] ${kind} backup failed: ${(err as Error).message}`);
      throw new AppError('SIKKERHETSKOPI_FEILET');
    }
    deps.audit().log({ action: 'sikkerhetskopi.laget', detail: made.file, ...(kind === 'automatisk' ? { actor: SYSTEM_ACTOR } : {}) });
    return made;
  }

  return {
    overview,

    saveConfig(config) {
      const folder = path.resolve(config.folder);
      try {
        fs.mkdirSync(folder, { recursive: true });
        fs.accessSync(folder, fs.constants.W_OK);
      } catch {
        throw new AppError('SIKKERHETSKOPI_FEILET', 'Appen kan ikke skrive til mappen. Velg en mappe du har skrivetilgang til, og lagre igjen.');
      }
      saveBackupConfig(deps.dataDir, { folder, keep: config.keep });
      deps.audit().log({ action: 'sikkerhetskopi.innstillinger' });
      return overview();
    },

    backupNow: () => make('manuell'),

    backupIfDue() {
      const newest = listBackups(loadBackupConfig(deps.dataDir).folder)[0];
      if (newest && deps.now().getTime() - Date.parse(newest.createdAt) < AUTOMATIC_BACKUP_INTERVAL_MS) return null;
      try {
        const made = make('automatisk');
        lastError = null;
        return made;
      } catch {
        lastError = ERROR_MESSAGES.SIKKERHETSKOPI_FEILET;
        return null;
      }
    },

    restore(file) {
      const { folder } = loadBackupConfig(deps.dataDir);
      const chosen = listBackups(folder).find((b) => b.file === file);
      if (!chosen) throw new AppError('SIKKERHETSKOPI_FINNES_IKKE');
      const copyOfPrevious = deps.reopenAround(() =>
        restoreDatabase({
          backupFile: path.join(folder, file),
          dbFile: deps.dbFile,
          folder,
          key: deps.key,
          now: deps.now(),
          ...(deps.nativeBinding ? { nativeBinding: deps.nativeBinding } : {}),
        }),
      );
      // The restored database has its own, earlier log; this row continues it.
      deps.audit().log({ action: 'sikkerhetskopi.gjenopprettet', detail: file });
      // The live database was open, so it existed and was copied.
      return { restored: chosen, copyOfPrevious: copyOfPrevious! };
    },
  };
}
