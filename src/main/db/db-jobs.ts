import type { BackupInfo, BackupKind } from '../../shared/contract-privacy';
import { backupNow } from './backup';
import { AppError } from '../../shared/errors';
import { type Db, integrityProblems, openEncrypted } from './database';

/** The database a job reads, as a worker receives it (a Buffer arrives as a plain Uint8Array). */
export interface DbFile {
  file: string;
  key: Uint8Array;
  nativeBinding?: string;
}

/** The long reads of the whole file, run in a worker so the app answers while they run. */
export interface DbJobs {
  /** SQLite's quick_check of the live file: [] when sound. */
  check: { input: { db: DbFile }; output: string[] };
  /** A backup (VACUUM INTO) of the live file into `folder`, keeping the newest `keep`. */
  backup: { input: { db: DbFile; folder: string; now: string; kind: BackupKind; keep: number }; output: BackupInfo };
}
export type DbJobName = keyof DbJobs;

/**
 * Runs a job on a read-only connection of its own. In WAL mode it reads a consistent
 * snapshot while the app's own connection goes on reading and writing.
 */
export function runDbJob<N extends DbJobName>(name: N, input: DbJobs[N]['input']): DbJobs[N]['output'] {
  const { file, key, nativeBinding } = input.db;
  let db: Db;
  try {
    db = openEncrypted({ file, key: Buffer.from(key), ...(nativeBinding ? { nativeBinding } : {}) }, true);
  } catch (err) {
    // A file too damaged to open is the check's finding, not its failure.
    if (name === 'check' && err instanceof AppError && err.code === 'DATABASE_SKADET') return [err.message];
    throw err;
  }
  try {
    if (name === 'check') return integrityProblems(db, true);
    const o = input as DbJobs['backup']['input'];
    return backupNow(db, o.folder, new Date(o.now), { kind: o.kind, keep: o.keep });
  } finally {
    db.close();
  }
}
