import type { BackupInfo, BackupKind } from '../../shared/contract-privacy';
import { backupNow, stageRestore } from './backup';
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
  /** A backup copied beside the live file and fully checked: the path of the checked copy. */
  stageRestore: { input: { backupFile: string; db: DbFile }; output: string };
}
export type DbJobName = keyof DbJobs;

function keyOf(db: DbFile) {
  return { key: Buffer.from(db.key), ...(db.nativeBinding ? { nativeBinding: db.nativeBinding } : {}) };
}

/**
 * The live file on a read-only connection of its own: in WAL mode it reads a consistent
 * snapshot while the app's own connection goes on reading and writing.
 */
function withLiveFile<T>(file: DbFile, use: (db: Db) => T, onUnopenable?: (err: AppError) => T): T {
  let db: Db;
  try {
    db = openEncrypted({ file: file.file, ...keyOf(file) }, true);
  } catch (err) {
    if (onUnopenable && err instanceof AppError && err.code === 'DATABASE_SKADET') return onUnopenable(err);
    throw err;
  }
  try {
    return use(db);
  } finally {
    db.close();
  }
}

export function runDbJob<N extends DbJobName>(name: N, input: DbJobs[N]['input']): DbJobs[N]['output'] {
  switch (name) {
    case 'check':
      // A file too damaged to open is the check's finding, not its failure.
      return withLiveFile(input.db, (db) => integrityProblems(db, true), (err) => [err.message]);
    case 'backup': {
      const o = input as DbJobs['backup']['input'];
      return withLiveFile(o.db, (db) => backupNow(db, o.folder, new Date(o.now), { kind: o.kind, keep: o.keep }));
    }
    default: {
      const o = input as DbJobs['stageRestore']['input'];
      const { key, nativeBinding } = keyOf(o.db);
      return stageRestore(o.backupFile, o.db.file, key, nativeBinding);
    }
  }
}
