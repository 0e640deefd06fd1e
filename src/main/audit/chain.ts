import { createHash, type KeyObject } from 'node:crypto';
import type { AuditProblem, AuditVerification } from '../../shared/privacy/audit';
import type { Db } from '../db/database';
import { type AuditHead, headFileOf, headIsSigned, readHeadFile } from './head';

/** The prev_hash of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

/** The action of the row the app writes when it finds the row before it not signed by this installation (see audit-log.ts). */
export const CHAIN_BREAK_ACTION = 'revisjonslogg.brudd';

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
  /** The history event this row records, and eventDigest() of it (migration 006; null before, and on rows that record none). */
  event_id?: number | null;
  event_digest?: string | null;
}

/**
 * sha256(prev_hash || canonical fields). The fields go in as a JSON array in a fixed order:
 * unambiguous (no separator can be forged inside a value) and the same on every platform.
 * A row that records a history event (migration 006) hashes its event's id and digest too;
 * every other row hashes as rows always have.
 */
export function rowHash(prevHash: string, r: ChainedFields): string {
  const fields: unknown[] = [r.id, r.at, r.actor, r.action, r.step, r.exchange_id, r.reference, r.detail];
  if (r.event_id != null || r.event_digest != null) fields.push(r.event_id ?? null, r.event_digest ?? null);
  return createHash('sha256').update(prevHash).update(JSON.stringify(fields)).digest('hex');
}

/** A row of the case history (`events`) as stored. */
export interface StoredEvent {
  id: number;
  exchangeId: number;
  at: string;
  actor: string;
  action: string;
  step: string | null;
  summary: string;
}

/** sha256 of an event's every column, in a fixed order: what its audit row vouches for. */
export function eventDigest(e: StoredEvent): string {
  return createHash('sha256').update(JSON.stringify([e.id, e.exchangeId, e.at, e.actor, e.action, e.step, e.summary])).digest('hex');
}

type StoredRow = ChainedFields & { prev_hash: string; hash: string; signed: 0 | 1 };
type Failure = Extract<AuditVerification, { ok: false }>;

/** What the walk over the rows learns for the checks after it. */
interface Walked {
  lastId: number;
  firstSignedId: number | null;
  firstBreakId: number | null;
  /** The stored hash of the row the signed head names, when there is such a row. */
  hashAtHead: string | null;
  /** `exchangeId:reference` → the last 'slettet' row of that exchange. */
  deletedAt: Map<string, number>;
  /** Exchanges whose creation was logged with its event: every event of theirs has an audit row. */
  createdWithEvents: Set<string>;
  /** The event of the first row that recorded one: every event made since has an id at least this high. */
  firstRecordedEventId: number | null;
}

const exchangeKey = (exchangeId: number | null, reference: string | null) => `${exchangeId}:${reference}`;

/**
 * Checks the audit trail of `db` with the installation's public key (from the key store,
 * never from the database) and the signed head beside the database file. The first problem
 * found is reported:
 *
 * - `mangler`: ids must run 1, 2, 3 …; a gap is a deleted row.
 * - `endret`: a row fails its hash or its link to the row before, a row after the first
 *   signed one has no signature, the last row's signature fails (rows rewritten and the
 *   chain hashed again), or the row the signed head names is not the one signed. A rewritten
 *   stretch is located by bisection over the signatures: each signs the chain up to its row,
 *   so they hold up to the first rewritten row and fail from there on.
 * - `omnummerert`: as `endret`, while the trail also holds fewer rows than the signed head
 *   says: rows were removed and the rest renumbered and hashed again.
 * - `avkortet`: every row holds, but the signed head (or sqlite_sequence) says the trail went
 *   further: rows were cut off the end.
 * - `historikk_endret`: an exchange's history (`events`) no longer matches the audit rows
 *   that recorded it, or an exchange is gone without the 'slettet' row retention writes.
 *
 * One signature is verified when all is well: the last row's. That suffices because the app
 * signs no row without first checking the row before it (audit-log.ts): a trail found
 * rewritten gets a CHAIN_BREAK_ACTION row, so an intact, signed last row means every row
 * before it was intact when it was written, and the hashes show none changed since.
 *
 * Rows from before migration 006 carry no signature: they are checked as before, by the
 * hash chain, and the first head written after the update vouches for them as they were
 * found. Their history events have no digest; they are checked only for events added
 * among them after the update (see checkHistory).
 */
export function verifyAuditChain(db: Db, publicKey: KeyObject): AuditVerification {
  const head = readHeadFile(headFileOf(db.name), publicKey)?.head ?? null;
  const rowCount = db.prepare<[], number>('SELECT coalesce(max(id), 0) FROM audit_log').pluck().get() ?? 0;
  // A rewritten stretch in a trail shorter than its signed head: rows went and the rest moved up.
  const rewritten = (id: number): AuditVerification => ({
    ok: false,
    problem: head && head.id > rowCount ? 'omnummerert' : 'endret',
    checked: id - 1,
    firstBadId: id,
  });
  const fail = (problem: AuditProblem, firstBadId: number, checked: number): Failure => ({ ok: false, problem, checked, firstBadId });

  const walked = walk(db, head);
  if ('ok' in walked) return walked.problem === 'mangler' ? walked : rewritten(walked.firstBadId!);
  const { lastId, firstSignedId } = walked;

  // Cut off the end: sqlite_sequence still remembers the ids issued, unless it was lowered too; the signed head cannot be.
  const cut = (): Failure => ({ ...fail('avkortet', lastId + 1, lastId), ...(head && head.id > lastId ? { signedHeadId: head.id } : {}) });
  const highest = db.prepare<[], number>("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").pluck().get() ?? 0;
  if (highest > lastId) return cut();

  if (firstSignedId !== null) {
    const signed = signedRow(db, publicKey);
    if (!signed(lastId)) return rewritten(firstInvalid(signed, firstSignedId, lastId));
    if (walked.firstBreakId !== null) {
      const before = walked.firstBreakId - 1;
      return rewritten(signed(before) ? walked.firstBreakId : firstInvalid(signed, firstSignedId, before));
    }
  }

  if (head) {
    if (head.id > lastId) return cut();
    if (walked.hashAtHead !== head.hash) return rewritten(head.id);
  }

  const history = checkHistory(db, walked);
  if (history) return { ok: false, problem: 'historikk_endret', checked: lastId, reference: history };
  return { ok: true, checked: lastId };
}

/** One pass over the rows in id order: hashes, links, ids without gaps, signatures present; and what the later checks need. */
function walk(db: Db, head: AuditHead | null): Walked | Failure {
  const rows = db
    .prepare<[], StoredRow>(
      `SELECT id, at, actor, action, step, exchange_id, reference, detail, event_id, event_digest, prev_hash, hash,
        sig IS NOT NULL AS signed FROM audit_log ORDER BY id`,
    )
    .iterate();
  const w: Walked = {
    lastId: 0,
    firstSignedId: null,
    firstBreakId: null,
    hashAtHead: null,
    deletedAt: new Map(),
    createdWithEvents: new Set(),
    firstRecordedEventId: null,
  };
  let prev = GENESIS_HASH;
  for (const row of rows) {
    const expectedId = w.lastId + 1;
    if (row.id !== expectedId) return { ok: false, problem: 'mangler', checked: w.lastId, firstBadId: expectedId };
    if (row.prev_hash !== prev || rowHash(prev, row) !== row.hash) return { ok: false, problem: 'endret', checked: w.lastId, firstBadId: row.id };
    if (row.signed) w.firstSignedId ??= row.id;
    else if (w.firstSignedId !== null) return { ok: false, problem: 'endret', checked: w.lastId, firstBadId: row.id };
    if (row.action === CHAIN_BREAK_ACTION) w.firstBreakId ??= row.id;
    if (row.action === 'slettet') w.deletedAt.set(exchangeKey(row.exchange_id, row.reference), row.id);
    if (row.event_id != null) {
      w.firstRecordedEventId ??= row.event_id;
      if (row.action === 'opprettet') w.createdWithEvents.add(exchangeKey(row.exchange_id, row.reference));
    }
    if (head && row.id === head.id) w.hashAtHead = row.hash;
    prev = row.hash;
    w.lastId = row.id;
  }
  return w;
}

/** Whether row `id` carries this installation's signature over its (already checked) hash. */
function signedRow(db: Db, publicKey: KeyObject): (id: number) => boolean {
  const stmt = db.prepare<[number], { hash: string; sig: Buffer | null }>('SELECT hash, sig FROM audit_log WHERE id = ?');
  return (id) => {
    const row = stmt.get(id);
    return !!row?.sig && headIsSigned({ id, hash: row.hash, sig: row.sig }, publicKey);
  };
}

/** The first row in [lo, hi] whose signature fails, given that `hi`'s does and that they hold up to some row and fail from it on. */
function firstInvalid(signed: (id: number) => boolean, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (signed(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The case history against the audit rows that recorded it; the reference of the first
 * exchange whose history does not match, or null.
 *
 * Each row that recorded an event (migration 006 on) must find it unchanged while its
 * exchange exists (same id and reference: ids are reused after retention, references are
 * not). An exchange that is gone must have gone with a 'slettet' row after the event's.
 * An event that no audit row recorded must be older than the update: made before the first
 * recorded event (ids only grow while older ones exist) and in an exchange created before it.
 */
function checkHistory(db: Db, w: Walked): string | null {
  const recorded = db
    .prepare<[], { auditId: number; exchangeId: number; reference: string; digest: string; exists: 0 | 1 } & Partial<StoredEvent>>(
      `SELECT a.id AS auditId, a.exchange_id AS exchangeId, a.reference, a.event_digest AS digest, x.id IS NOT NULL AS "exists",
        e.id, e.exchange_id AS eventExchangeId, e.at, e.actor, e.action, e.step, e.summary
      FROM audit_log a
      LEFT JOIN exchanges x ON x.id = a.exchange_id AND x.reference = a.reference
      LEFT JOIN events e ON e.id = a.event_id
      WHERE a.event_id IS NOT NULL
      ORDER BY a.id`,
    )
    .iterate();
  for (const r of recorded) {
    if ((w.deletedAt.get(exchangeKey(r.exchangeId, r.reference)) ?? 0) > r.auditId) continue;
    const e = r as typeof r & { eventExchangeId: number | null };
    const intact =
      r.exists === 1 &&
      e.id != null &&
      e.eventExchangeId === r.exchangeId &&
      eventDigest({ id: e.id, exchangeId: e.eventExchangeId, at: e.at!, actor: e.actor!, action: e.action!, step: e.step ?? null, summary: e.summary! }) === r.digest;
    if (!intact) return r.reference;
  }

  const unrecorded = db
    .prepare<[], { id: number; exchangeId: number; reference: string }>(
      `SELECT e.id, e.exchange_id AS exchangeId, x.reference FROM events e JOIN exchanges x ON x.id = e.exchange_id
      WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.event_id = e.id AND a.exchange_id = e.exchange_id AND a.reference = x.reference)
      ORDER BY e.id`,
    )
    .iterate();
  for (const e of unrecorded) {
    const added = (w.firstRecordedEventId !== null && e.id >= w.firstRecordedEventId) || w.createdWithEvents.has(exchangeKey(e.exchangeId, e.reference));
    if (added) return e.reference;
  }
  return null;
}
