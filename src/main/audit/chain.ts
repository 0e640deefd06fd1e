import { createHash } from 'node:crypto';
import type { AuditVerification } from '../../shared/privacy/audit';
import type { Db } from '../db/database';

/** The prev_hash of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

/** The hashed fields of a row, as stored. */
export interface ChainedFields {
  id: number;
  at: string;
  actor: string;
  action: string;
  step: string | null;
  exchange_id: number | null;
  reference: string | null;
  detail: string | null;
}

/**
 * sha256(prev_hash || canonical fields). The fields go in as a JSON array in a fixed order:
 * unambiguous (no separator can be forged inside a value) and the same on every platform.
 */
export function rowHash(prevHash: string, r: ChainedFields): string {
  const canonical = JSON.stringify([r.id, r.at, r.actor, r.action, r.step, r.exchange_id, r.reference, r.detail]);
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}

/**
 * Walks the whole log: ids must run 1, 2, 3 … up to the highest ever issued, each row must
 * link to the one before and hash to what it stores. An edited row fails its own hash (or,
 * re-hashed, its successor's link); a deleted row leaves a gap in the ids.
 */
export function verifyAuditChain(db: Db): AuditVerification {
  const rows = db
    .prepare<[], ChainedFields & { prev_hash: string; hash: string }>(
      'SELECT id, at, actor, action, step, exchange_id, reference, detail, prev_hash, hash FROM audit_log ORDER BY id',
    )
    .iterate();
  let expectedId = 1;
  let prev = GENESIS_HASH;
  for (const row of rows) {
    if (row.id !== expectedId) return { ok: false, checked: expectedId - 1, firstBadId: expectedId };
    if (row.prev_hash !== prev || rowHash(prev, row) !== row.hash) {
      return { ok: false, checked: expectedId - 1, firstBadId: row.id };
    }
    prev = row.hash;
    expectedId++;
  }
  const highest = db.prepare<[], { seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").get()?.seq ?? 0;
  if (highest >= expectedId) return { ok: false, checked: expectedId - 1, firstBadId: expectedId };
  return { ok: true, checked: expectedId - 1 };
}
