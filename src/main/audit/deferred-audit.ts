import type { AuditEntry, AuditLog } from './audit-log';

/**
 * The audit rows of readings made while the integrity check at start still runs (opening an
 * exchange logs who opened it): kept in memory, appended in order once the check has passed,
 * before any write that waited for it, and dropped if it fails, since nothing may be written
 * to a damaged file. Anything else logged during the check is a write that got past the gate.
 */
export function createDeferredAudit(checking: () => boolean, now: () => Date) {
  let queue: AuditEntry[] = [];
  let target: AuditLog | undefined;
  return {
    /** The audit log as the real database's handlers use it. */
    wrap(inner: AuditLog): AuditLog {
      target = inner;
      return {
        ...inner,
        log(entry) {
          if (!checking()) return inner.log(entry);
          if (entry.action !== 'apnet') throw new Error(`a write (${entry.action}) ran during the integrity check`);
          queue.push({ ...entry, at: entry.at ?? now().toISOString() });
        },
      };
    },
    /** The check passed: the kept rows go into the log, in one transaction. */
    flush(transaction: (fn: () => void) => void): void {
      const kept = queue;
      queue = [];
      if (kept.length > 0 && target) transaction(() => kept.forEach((e) => target!.log(e)));
    },
    /** The check failed: how many rows were dropped. */
    drop(): number {
      const dropped = queue.length;
      queue = [];
      return dropped;
    },
  };
}
export type DeferredAudit = ReturnType<typeof createDeferredAudit>;
