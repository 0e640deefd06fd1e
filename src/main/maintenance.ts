import { SYSTEM_ACTOR } from './audit/audit-log';
import type { HandlerContext } from './handlers/types';
import { runRetention } from './retention';

/** How often the app looks whether a backup or a retention run is due. */
export const MAINTENANCE_CHECK_MS = 60 * 60 * 1000;

/**
 * What the app does by itself, at start and then every hour while it runs: a backup when
 * the newest is a day old, then retention. The backup comes first so that a deletion can be
 * undone from the backup for as long as backups are kept. Before setup there is nothing to
 * protect or delete. A failure is logged (no case data in it) and never stops the app.
 */
export function runMaintenance(ctx: HandlerContext): void {
  if (!ctx.settings.get()) return;
  ctx.backups.backupIfDue();
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
