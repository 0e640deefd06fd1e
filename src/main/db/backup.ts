import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_FILE_PATTERN, type BackupInfo, type BackupKind } from '../../shared/contract-privacy';
import { AppError } from '../../shared/errors';
import { headFileOf } from '../audit/head';
import { type Db, integrityProblems, openEncrypted } from './database';
import { LATEST_VERSION } from './migrations';

/**
 * Backups of the encrypted database, as files in a folder. `db.backup()` does not work on an
 * encrypted database; `VACUUM INTO` does, and writes a consistent snapshot encrypted with the
 * same key, so a backup is exactly as protected as the database itself.
 *
 * Each backup has the audit trail's signed head beside it (src/main/audit/head.ts, written by
 * the backup service), and a restore puts it in place with the database, so the restored
 * trail is held to the head it had when the backup was made.
 */

function stamp(at: Date): string {
  return at.toISOString().replace(/:/g, '-').replace('.', '-');
}

function fsyncPath(p: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(p, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Directories cannot be opened for fsync on Windows; the rename is durable there anyway.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function parseBackupName(file: string): (Omit<BackupInfo, 'bytes'> & { seq: number }) | null {
  const m = BACKUP_FILE_PATTERN.exec(file);
  if (!m) return null;
  const [, date, hh, mm, ss, ms, kind, seq] = m;
  return { file, createdAt: `${date}T${hh}:${mm}:${ss}.${ms}Z`, kind: kind as BackupKind, seq: Number(seq ?? 1) };
}

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

function info(folder: string, b: Omit<BackupInfo, 'bytes'>): BackupInfo {
  const { file, createdAt, kind } = b;
  return { file, createdAt, kind, bytes: sizeOf(path.join(folder, file)) + sizeOf(path.join(folder, `${file}-wal`)) };
}

/** The backups in `folder`, newest first. A missing folder has none. */
export function listBackups(folder: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .map(parseBackupName)
    .filter((b) => b !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.seq - a.seq)
    .map((b) => info(folder, b));
}

/** A name not yet taken in `folder` (a clock that stands still, as in tests, gets -2, -3 …). */
function freshName(folder: string, at: Date, kind: BackupKind): string {
  for (let n = 1; ; n++) {
    const name = `bytteordning-${stamp(at)}-${kind}${n > 1 ? `-${n}` : ''}.db`;
    if (!fs.existsSync(path.join(folder, name)) && !fs.existsSync(path.join(folder, `${name}.tmp`))) return name;
  }
}

/** Deletes all but the newest `keep` backups. */
function pruneBackups(folder: string, keep: number): void {
  for (const b of listBackups(folder).slice(keep)) {
    fs.rmSync(path.join(folder, b.file), { force: true });
    fs.rmSync(path.join(folder, `${b.file}-wal`), { force: true });
    fs.rmSync(headFileOf(path.join(folder, b.file)), { force: true });
  }
}

/**
 * Writes a snapshot of the open database to `folder` and keeps the newest `keep`. The copy is
 * written under a temporary name, flushed, then renamed: a crash never leaves half a backup
 * that looks like a whole one.
 */
export function backupNow(db: Db, folder: string, now: Date, options: { kind?: BackupKind; keep?: number } = {}): BackupInfo {
  fs.mkdirSync(folder, { recursive: true });
  for (const stale of fs.readdirSync(folder).filter((n) => /^bytteordning-.*\.db\.tmp$/.test(n))) {
    fs.rmSync(path.join(folder, stale), { force: true });
  }
  const name = freshName(folder, now, options.kind ?? 'manuell');
  const final = path.join(folder, name);
  const tmp = `${final}.tmp`;
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    fs.chmodSync(tmp, 0o600);
    fsyncPath(tmp);
    fs.renameSync(tmp, final);
    fsyncPath(folder);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  if (options.keep !== undefined) pruneBackups(folder, options.keep);
  return info(folder, parseBackupName(name)!);
}

/**
 * Copies the (closed, or damaged) live database file into `folder` as a backup of kind
 * 'gjenoppretting', with its WAL when there is one, before a restore replaces it.
 */
function copyAside(dbFile: string, folder: string, now: Date): BackupInfo {
  fs.mkdirSync(folder, { recursive: true });
  const name = freshName(folder, now, 'gjenoppretting');
  const target = path.join(folder, name);
  fs.copyFileSync(dbFile, target);
  fsyncPath(target);
  if (fs.existsSync(`${dbFile}-wal`)) {
    fs.copyFileSync(`${dbFile}-wal`, `${target}-wal`);
    fsyncPath(`${target}-wal`);
  }
  if (fs.existsSync(headFileOf(dbFile))) fs.copyFileSync(headFileOf(dbFile), headFileOf(target));
  fsyncPath(folder);
  return info(folder, parseBackupName(name)!);
}

/**
 * Copies a backup beside the live database and proves the copy opens with the key, passes
 * the full integrity check and is not from a newer app. Returns the copy's path; on any
 * doubt it is removed and the restore refused, with the live database untouched.
 */
export function stageRestore(backupFile: string, dbFile: string, key: Buffer, nativeBinding?: string): string {
  const staged = `${dbFile}.gjenoppretting`;
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(staged + suffix, { force: true });
  try {
    fs.copyFileSync(backupFile, staged);
    if (fs.existsSync(`${backupFile}-wal`)) fs.copyFileSync(`${backupFile}-wal`, `${staged}-wal`);
    // Read-write, so a copy with a WAL is checkpointed into one self-contained file on close.
    const db = openEncrypted({ file: staged, key, ...(nativeBinding ? { nativeBinding } : {}) });
    try {
      if ((db.pragma('user_version', { simple: true }) as number) > LATEST_VERSION) throw new AppError('NYERE_DATABASE');
      if (integrityProblems(db).length > 0) throw new AppError('SIKKERHETSKOPI_UGYLDIG');
    } finally {
      db.close();
    }
    fsyncPath(staged);
    return staged;
  } catch (err) {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(staged + suffix, { force: true });
    if (err instanceof AppError && err.code === 'NYERE_DATABASE') throw err;
    throw new AppError('SIKKERHETSKOPI_UGYLDIG');
  }
}

/**
 * The backup's head becomes the live one, before the database itself: a crash between leaves
 * the old database with the backup's head, which it extends when the backup was made from it,
 * rather than the backup's trail with a later head, which is always an alarm. A backup
 * without one (made before heads, or its head lost) leaves none: the app makes it again from
 * the restored trail, as at the first start with signing.
 */
function takeHead(backupFile: string, dbFile: string): void {
  const live = headFileOf(dbFile);
  if (!fs.existsSync(headFileOf(backupFile))) {
    fs.rmSync(live, { force: true });
    return;
  }
  const tmp = `${live}.tmp`;
  fs.copyFileSync(headFileOf(backupFile), tmp);
  fs.renameSync(tmp, live);
}

/**
 * Puts a staged copy in the live file's place. The live database must be closed. Its WAL and
 * shared-memory files belong to the old file and go first: SQLite would replay an old WAL
 * onto the new file. The rename is atomic, so the folder always holds a whole database.
 */
function swapInStaged(staged: string, dbFile: string): void {
  for (const suffix of ['-wal', '-shm']) fs.rmSync(dbFile + suffix, { force: true });
  fs.renameSync(staged, dbFile);
  fsyncPath(path.dirname(dbFile));
}

export interface RestoreOptions {
  /** The backup to restore (its signed head, if it has one, comes with it). */
  backupFile: string;
  /** The live database file; it must be closed (or the app not started). */
  dbFile: string;
  /** Where the copy of the current database goes. */
  folder: string;
  key: Buffer;
  now: Date;
  nativeBinding?: string;
}

/**
 * Replaces the live database with a backup: the backup is checked on a copy first (a bad
 * one changes nothing), then the current file is copied aside, then the checked copy takes
 * its place. Returns the copy of the previous database, or null when there was none.
 */
export function restoreDatabase(o: RestoreOptions): BackupInfo | null {
  return putStagedInPlace(stageRestore(o.backupFile, o.dbFile, o.key, o.nativeBinding), o);
}

/**
 * The second half of a restore, once stageRestore has checked the copy: the current file is
 * copied aside (with its head), then the copy takes its place (with the backup's head). The
 * live database must be closed.
 */
export function putStagedInPlace(staged: string, o: Pick<RestoreOptions, 'backupFile' | 'dbFile' | 'folder' | 'now'>): BackupInfo | null {
  try {
    const copyOfPrevious = fs.existsSync(o.dbFile) ? copyAside(o.dbFile, o.folder, o.now) : null;
    takeHead(o.backupFile, o.dbFile);
    swapInStaged(staged, o.dbFile);
    return copyOfPrevious;
  } finally {
    fs.rmSync(staged, { force: true });
  }
}
