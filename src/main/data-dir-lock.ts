import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../shared/errors';
import { formatInstant } from '../shared/i18n/format';
import { INSTANCE_MESSAGES } from '../shared/i18n/system-messages';

/**
 * One process per data folder, whatever starts it (Electron or browser mode). Two processes on
 * one SQLite file are safe for SQLite but not for the app: a restore in one swaps the file the
 * other is still writing to, and confirmed writes are lost.
 *
 * The lock is a file created atomically (a hard link fails when the name exists) that names its
 * holder. A holder that is no longer running (a crash, a power cut) leaves a stale file, which
 * the next start takes over. Within one process the lock is counted, so the command line's
 * restore and the app it then opens share it.
 */
export const LOCK_FILE = 'bytteordning.lock';

export type InstanceKind = 'electron' | 'nettlesermodus';

interface Holder {
  pid: number;
  host: string;
  kind: InstanceKind;
  startedAt: string;
}

export interface DataDirLock {
  release(): void;
}

const held = new Map<string, { count: number; file: string }>();

function readHolder(file: string): Holder | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Holder>;
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string' ? (parsed as Holder) : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, under another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Another machine's process (a data folder on a network drive) cannot be asked: it counts as running. */
function isAlive(holder: Holder): boolean {
  return holder.host !== os.hostname() || isRunning(holder.pid);
}

const KIND_LABEL: Record<InstanceKind, string> = { electron: INSTANCE_MESSAGES.skrivebordsappen, nettlesermodus: INSTANCE_MESSAGES.nettlesermodus };

export function inUseMessage(holder: Holder): string {
  const where = holder.host === os.hostname() ? INSTANCE_MESSAGES.paDenneMaskinen : INSTANCE_MESSAGES.paMaskinen(holder.host);
  return INSTANCE_MESSAGES.datamappeIBruk(KIND_LABEL[holder.kind] ?? holder.kind, where, holder.pid, formatInstant(holder.startedAt));
}

function tryCreate(file: string, holder: Holder): boolean {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(holder), { mode: 0o600 });
  try {
    fs.linkSync(temp, file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/**
 * Takes the data folder for this process, or refuses with DATAMAPPE_I_BRUK naming the
 * instance that holds it.
 */
export function lockDataDir(dataDir: string, kind: InstanceKind, now: Date = new Date()): DataDirLock {
  const dir = path.resolve(dataDir);
  const mine = held.get(dir);
  if (mine) {
    mine.count++;
  } else {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, LOCK_FILE);
    const me: Holder = { pid: process.pid, host: os.hostname(), kind, startedAt: now.toISOString() };
    // Twice at most: once as it is, once after clearing a stale holder.
    let taken = tryCreate(file, me);
    if (!taken) {
      const holder = readHolder(file);
      if (holder && isAlive(holder)) throw new AppError('DATAMAPPE_I_BRUK', inUseMessage(holder));
      fs.rmSync(file, { force: true });
      taken = tryCreate(file, me);
    }
    // Lost a race for a stale lock to another starter: that one holds it now.
    const holder = readHolder(file);
    if (!taken || !holder || holder.pid !== process.pid || holder.host !== me.host) {
      throw new AppError('DATAMAPPE_I_BRUK', holder ? inUseMessage(holder) : undefined);
    }
    held.set(dir, { count: 1, file });
  }
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      const entry = held.get(dir);
      if (!entry || --entry.count > 0) return;
      held.delete(dir);
      if (readHolder(entry.file)?.pid === process.pid) fs.rmSync(entry.file, { force: true });
    },
  };
}
