import type { StepId } from '../../shared/exchange/workflow';
import { AUDIT_ACTION_PATTERN, AUDIT_DETAIL_PATTERN, type AuditAction, type AuditRow } from '../../shared/privacy/audit';
import type { Db } from '../db/database';
import { GENESIS_HASH, rowHash } from './chain';

/** The actor of what the app does by itself: automatic backups and retention. */
export const SYSTEM_ACTOR = 'Bytteordning (automatisk)';

/** One thing that happened. Codes only: the log must never repeat case content. */
export interface AuditEntry {
  action: AuditAction;
  /** The exchange it concerns; its reference is looked up and stored with the row. */
  exchangeId?: number | null;
  step?: StepId | null;
  /** A code, a district pair or a generated file name (AUDIT_DETAIL_PATTERN), never typed text. */
  detail?: string | null;
  /** Who: by default the coordinator of this installation. */
  actor?: string;
  /** When: by default the app's clock. Pass it to match the change's own timestamp. */
  at?: string;
}

export interface AuditLog {
  /**
   * Appends a row. Inside a `db.transaction` it commits or rolls back with the change it
   * records; call it there, before the change's function returns.
   */
  log(entry: AuditEntry): void;
  /** The rows about one exchange, newest first; they outlive the exchange. */
  forReference(reference: string): AuditRow[];
}

export interface AuditLogOptions {
  now(): Date;
  /** The actor when the entry names none. */
  actor(): string;
}

interface StoredRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  step: StepId | null;
  exchange_id: number | null;
  reference: string | null;
  detail: string | null;
}

export function createAuditLog(db: Db, options: AuditLogOptions): AuditLog {
  // One read for all the append needs: the next id (one past the highest ever issued, so a
  // removed last row leaves a gap), the chain's end, and the exchange's reference.
  const headStmt = db.prepare<[number | null], { next: number; prev: string | null; reference: string | null }>(`
    SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0) + 1 AS next,
      (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) AS prev,
      (SELECT reference FROM exchanges WHERE id = ?) AS reference`);
  const insertStmt = db.prepare(`
    INSERT INTO audit_log (id, at, actor, action, step, exchange_id, reference, detail, prev_hash, hash)
    VALUES (@id, @at, @actor, @action, @step, @exchange_id, @reference, @detail, @prev_hash, @hash)`);
  const byReferenceStmt = db.prepare<[string], StoredRow>(
    'SELECT id, at, actor, action, step, exchange_id, reference, detail FROM audit_log WHERE reference = ? ORDER BY id DESC',
  );

  function appendRow(entry: AuditEntry): void {
    if (!AUDIT_ACTION_PATTERN.test(entry.action)) throw new Error(`audit action is not a code: ${entry.action.slice(0, 40)}`);
    if (entry.detail != null && !AUDIT_DETAIL_PATTERN.test(entry.detail)) throw new Error('audit detail is not a code');
    const exchangeId = entry.exchangeId ?? null;
    const head = headStmt.get(exchangeId)!;
    const reference = exchangeId === null ? null : head.reference;
    if (exchangeId !== null && reference === null) throw new Error(`audit entry for unknown exchange ${exchangeId}`);
    const fields = {
      id: head.next,
      at: entry.at ?? options.now().toISOString(),
      actor: entry.actor ?? options.actor(),
      action: entry.action,
      step: entry.step ?? null,
      exchange_id: exchangeId,
      reference,
      detail: entry.detail ?? null,
    };
    const prev = head.prev ?? GENESIS_HASH;
    insertStmt.run({ ...fields, prev_hash: prev, hash: rowHash(prev, fields) });
  }
  // Reading the chain's end and appending must not be split by another write: a transaction of
  // its own, or the caller's, which commits or rolls back the row with the change it records.
  const append = db.transaction(appendRow);

  return {
    log: (entry) => (db.inTransaction ? appendRow(entry) : append(entry)),
    forReference: (reference) =>
      byReferenceStmt.all(reference).map((r) => ({
        id: r.id,
        at: r.at,
        actor: r.actor,
        action: r.action,
        step: r.step,
        exchangeId: r.exchange_id,
        reference: r.reference,
        detail: r.detail,
      })),
  };
}
