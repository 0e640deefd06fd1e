import fs from 'node:fs';
import path from 'node:path';
import type { BackupConfig, BackupInfo, BackupOverview } from '../shared/contract-privacy';
import { AppError, ERROR_MESSAGES } from '../shared/errors';
import { type AuditLog, SYSTEM_ACTOR } from './audit/audit-log';
import { headFileOf, writeHeadFile } from './audit/head';
import { listBackups, putStagedInPlace } from './db/backup';
import { loadBackupConfig, saveBackupConfig } from './db/backup-config';
import type { OpenDatabaseOptions } from './db/database';
import { DbJobStopped, type DbJobRunner } from './db/worker-client';
import { INSTANCE_MESSAGES } from '../shared/i18n/system-messages';

/** Automatic backups are made when the newest one is older than this. */
export const AUTOMATIC_BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface BackupService {
  overview(): BackupOverview;
  saveConfig(config: BackupConfig): BackupOverview;
  /** A backup now, as the coordinator asked for it. */
  backupNow(): Promise<BackupInfo>;
  /** The automatic backup: only when the newest is a day old; a failure is kept for the settings screen. */
  backupIfDue(): Promise<BackupInfo | null>;
  /** Replaces the live database with a backup, keeping a copy of the current one first. */
  restore(file: string): Promise<{ restored: BackupInfo; copyOfPrevious: BackupInfo }>;
}

export interface BackupServiceDeps {
  dataDir: string;
  /** The live (real) database file and its key. */
  live: OpenDatabaseOptions;
  now(): Date;
  /** Where the copy is made: a worker thread, so the app answers while it reads the whole file. */
  jobs: DbJobRunner;
  /** The live (real, never the training) database's audit log, as of now. */
  audit(): AuditLog;
  /** Closes the live database, runs `swap`, and opens it again whether or not `swap` threw. */
  reopenAround<T>(swap: () => T): T;
}

export function createBackupService(deps: BackupServiceDeps): BackupService {
  let lastError: string | null = null;
  // One backup or restore at a time: a backup clears half-written copies from the folder
  // before it starts, and a restore stages its copy under one fixed name.
  let queue: Promise<unknown> = Promise.resolve();
  function inTurn<T>(task: () => Promise<T>): Promise<T> {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  }

  function overview(): BackupOverview {
    const config = loadBackupConfig(deps.dataDir);
    return { ...config, backups: listBackups(config.folder), lastError };
  }

  async function copy(kind: 'manuell' | 'automatisk'): Promise<BackupInfo> {
    const { folder, keep } = loadBackupConfig(deps.dataDir);
    // The head as it stands before the copy: the copy holds at least every row up to it.
    const head = deps.audit().head();
    try {
      const info = await deps.jobs.run('backup', { db: deps.live, folder, now: deps.now().toISOString(), kind, keep });
      if (head) writeHeadFile(headFileOf(path.join(folder, info.file)), head);
      return info;
    } catch (err) {
      if (!(err instanceof DbJobStopped)) console.error(`[backup] ${kind} backup failed: ${(err as Error).message}`);
      throw new AppError('SIKKERHETSKOPI_FEILET');
    }
  }

  function make(kind: 'manuell' | 'automatisk'): Promise<BackupInfo> {
    return inTurn(async () => {
      const info = await copy(kind);
      deps.audit().log({ action: 'sikkerhetskopi.laget', detail: info.file, ...(kind === 'automatisk' ? { actor: SYSTEM_ACTOR } : {}) });
      return info;
    });
  }

  return {
    overview,

    saveConfig(config) {
      const folder = path.resolve(config.folder);
      try {
        fs.mkdirSync(folder, { recursive: true });
        fs.accessSync(folder, fs.constants.W_OK);
      } catch {
        throw new AppError('SIKKERHETSKOPI_FEILET', INSTANCE_MESSAGES.kopimappeIkkeSkrivbar);
      }
      saveBackupConfig(deps.dataDir, { folder, keep: config.keep });
      deps.audit().log({ action: 'sikkerhetskopi.innstillinger' });
      return overview();
    },

    backupNow: () => make('manuell'),

    async backupIfDue() {
      const newest = listBackups(loadBackupConfig(deps.dataDir).folder)[0];
      if (newest && deps.now().getTime() - Date.parse(newest.createdAt) < AUTOMATIC_BACKUP_INTERVAL_MS) return null;
      try {
        const made = await make('automatisk');
        lastError = null;
        return made;
      } catch {
        lastError = ERROR_MESSAGES.SIKKERHETSKOPI_FEILET;
        return null;
      }
    },

    restore(file) {
      return inTurn(async () => {
        const { folder } = loadBackupConfig(deps.dataDir);
        const chosen = listBackups(folder).find((b) => b.file === file);
        if (!chosen) throw new AppError('SIKKERHETSKOPI_FINNES_IKKE');
        // Copying and fully checking the backup reads all of it: in a worker, while the app answers.
        const staged = await deps.jobs.run('stageRestore', { backupFile: path.join(folder, file), db: deps.live });
        // A worker still reading the live file (the check at start) must let go of it first;
        // the swap then follows without a pause in which another could start.
        await deps.jobs.idle();
        const copyOfPrevious = deps.reopenAround(() =>
          putStagedInPlace(staged, { backupFile: path.join(folder, file), dbFile: deps.live.file, folder, now: deps.now() }),
        );
        // The restored database has its own, earlier log; this row continues it.
        deps.audit().log({ action: 'sikkerhetskopi.gjenopprettet', detail: file });
        // The live database was open, so it existed and was copied.
        return { restored: chosen, copyOfPrevious: copyOfPrevious! };
      });
    },
  };
}
