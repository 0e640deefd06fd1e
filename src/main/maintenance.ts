import { SYSTEM_ACTOR } from './audit/audit-log';
import type { HandlerContext } from './handlers/types';
import { runRetention } from './retention';

/** How often the app looks whether a backup or a retention run is due. */
export const MAINTENANCE_CHECK_MS = 60 * 60 * 1000;

/**
 * What the app does by itself, at start and then every hour while it runs: a backup when
 * the newest is a day old, then retention. The backup comes first so that a deletion can be
 * undone from the backup for as long as backups are kept. Before setup there is nothing to
 * protect or delete, and once the app has closed (`current` gives null) nothing is done. The
 * backup reads the whole file in a worker thread, so the app answers meanwhile. A failure is
 * logged (no case data in it) and never stops the app.
 */
export async function runMaintenance(current: () => HandlerContext | null): Promise<void> {
  if (!current()?.settings.get()) return;
  await current()?.backups.backupIfDue();
  // Asked for again: a restore during the backup may have replaced the database, or the app closed it.
  const ctx = current();
  if (!ctx) return;
  try {
    runRetention(ctx, SYSTEM_ACTOR);
  } catch (err) {
    console.error(`[retention] automatic run failed: ${err instanceof Error ? err.name : typeof err}`);
  }
}

/** Runs `task` every `intervalMs` without keeping the process alive; returns the stop function. */
export function schedule(task: () => void, intervalMs: number = MAINTENANCE_CHECK_MS): () => void {
  const timer = setInterval(task, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
