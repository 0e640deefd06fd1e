import { RETENTION_LOOKAHEAD_DAYS, type RetentionItem, type RetentionPreview } from '../shared/contract-privacy';
import { addMonths, deleteAfter, retentionRule } from '../shared/privacy/retention';
import type { HandlerContext } from './handlers/types';

/**
 * Retention: a closed exchange is deleted a set number of months after it was closed; one
 * answered no (avslått) sooner. The whole exchange goes, with its history and documents:
 * after a no, the person stays in the old district and nothing in the exchange (the
 * candidate's reasons, meeting notes, the profile) serves the scheme any longer, so
 * stripping only the profile would keep personal data without a purpose. What stays is
 * the audit row saying which reference was deleted, when and under which rule.
 */
export function retentionPreview(ctx: Pick<HandlerContext, 'settings' | 'exchanges' | 'now'>): RetentionPreview {
  const settings = ctx.settings.retention();
  const now = ctx.now();
  const nowIso = now.toISOString();
  const horizon = new Date(now.getTime() + RETENTION_LOOKAHEAD_DAYS * 86_400_000).toISOString();
  // Only exchanges closed long enough ago can fall due before the horizon: read just those
  // (an index range), with days to spare for month ends (31 March + 1 month is 30 April).
  const shortest = Math.min(settings.closedMonths, settings.refusedMonths);
  const closedBy = new Date(Date.parse(addMonths(horizon, -shortest)) + 4 * 86_400_000).toISOString();
  const items: RetentionItem[] = ctx.exchanges
    .closed(closedBy)
    .map((c) => ({ ...c, rule: retentionRule(c.outcome), deleteAfter: deleteAfter(c.closedAt, c.outcome, settings) }))
    .sort((a, b) => a.deleteAfter.localeCompare(b.deleteAfter) || a.id - b.id);
  return {
    settings,
    due: items.filter((i) => i.deleteAfter <= nowIso),
    upcoming: items.filter((i) => i.deleteAfter > nowIso && i.deleteAfter <= horizon),
  };
}

/** Deletes what is due, all or nothing, each with its audit row; returns what went. */
export function runRetention(ctx: Pick<HandlerContext, 'db' | 'settings' | 'exchanges' | 'now'>, actor?: string): RetentionItem[] {
  const { due } = retentionPreview(ctx);
  if (due.length === 0) return [];
  ctx.db.transaction(() => {
    for (const item of due) ctx.exchanges.remove(item.id, { detail: `oppbevaringstid:${item.rule}`, ...(actor ? { actor } : {}) });
  })();
  // Old page versions would otherwise linger in the WAL until the next checkpoint.
  ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  return due;
}
