import type { StepId } from '../../shared/exchange/workflow';
import { AUDIT_ACTION_PATTERN, AUDIT_DETAIL_PATTERN, type AuditAction, type AuditRow, type AuditVerification } from '../../shared/privacy/audit';
import type { Db } from '../db/database';
import { type SigningKey, signMessage } from '../identity/signing-key';
import { CHAIN_BREAK_ACTION, type ChainedFields, eventDigest, GENESIS_HASH, rowHash, type StoredEvent, verifyAuditChain } from './chain';
import { type AuditHead, createHeadAnchor, headMessage } from './head';

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
  /** The history event this row records, written in the same transaction: the row vouches for it (eventDigest). */
  event?: StoredEvent;
}

export interface AuditLog {
  /**
   * Appends a row. Inside a `db.transaction` it commits or rolls back with the change it
   * records; call it there, before the change's function returns.
   */
  log(entry: AuditEntry): void;
  /** The rows about one exchange, newest first; they outlive the exchange. */
  forReference(reference: string): AuditRow[];
  /** «Kontroller loggen»: the trail against the installation's key and its signed head (chain.ts). */
  verify(): AuditVerification;
  /** The signed head as the file beside the database now holds it, for a backup to carry. */
  head(): AuditHead | null;
}

export interface AuditLogOptions {
  now(): Date;
  /** The actor when the entry names none. */
  actor(): string;
  /** The installation's key: every row is signed with it. */
  signingKey: SigningKey;
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
  const key = options.signingKey;
  // One read for all the append needs: the next id (one past the highest ever issued, so a
  // removed last row leaves a gap), the chain's end, and the exchange's reference.
  const headStmt = db.prepare<
    [number | null],
    { next: number; prevId: number | null; prev: string | null; prevSig: Buffer | null; reference: string | null }
  >(`
    SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0) + 1 AS next,
      (SELECT id FROM audit_log ORDER BY id DESC LIMIT 1) AS prevId,
      (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) AS prev,
      (SELECT sig FROM audit_log ORDER BY id DESC LIMIT 1) AS prevSig,
      (SELECT reference FROM exchanges WHERE id = ?) AS reference`);
  const insertStmt = db.prepare(`
    INSERT INTO audit_log (id, at, actor, action, step, exchange_id, reference, detail, event_id, event_digest, prev_hash, hash, sig)
    VALUES (@id, @at, @actor, @action, @step, @exchange_id, @reference, @detail, @event_id, @event_digest, @prev_hash, @hash, @sig)`);
  const anySignedStmt = db.prepare<[], number>('SELECT EXISTS (SELECT 1 FROM audit_log WHERE sig IS NOT NULL)').pluck();
  const anchor = createHeadAnchor(db, key);
  /** The last row known to be this installation's: written by this log, or its signature checked. */
  let trusted: { id: number; hash: string } | null = null;

  /**
   * Whether the row a new one will follow is this installation's. Checked only when it is not
   * the row this log wrote last (after opening, or after another writer), by signing its id
   * and hash again: Ed25519 signing is deterministic, so the installation's signature over
   * them is exactly one value, and signing (about 40 µs here) is three times cheaper than
   * verifying. An unsigned row is the installation's only in a trail from before signing
   * began (migration 006), one with no signed row at all.
   */
  function continuesOwnTrail(prevId: number | null, prev: string | null, prevSig: Buffer | null): boolean {
    if (prevId === null || prev === null) return true;
    if (trusted && trusted.id === prevId && trusted.hash === prev) return true;
    const own = prevSig ? signMessage(key, headMessage(prevId, prev)).equals(prevSig) : anySignedStmt.get() === 0;
    if (own) trusted = { id: prevId, hash: prev };
    return own;
  }

  function insert(fields: ChainedFields, prev: string): string {
    const hash = rowHash(prev, fields);
    insertStmt.run({ event_id: null, event_digest: null, ...fields, prev_hash: prev, hash, sig: signMessage(key, headMessage(fields.id, hash)) });
    trusted = { id: fields.id, hash };
    return hash;
  }

  const byReferenceStmt = db.prepare<[string], StoredRow>(
    'SELECT id, at, actor, action, step, exchange_id, reference, detail FROM audit_log WHERE reference = ? ORDER BY id DESC',
  );

  function appendRow(entry: AuditEntry): void {
    if (!AUDIT_ACTION_PATTERN.test(entry.action)) throw new Error(`audit action is not a code: ${entry.action.slice(0, 40)}`);
    if (entry.detail != null && !AUDIT_DETAIL_PATTERN.test(entry.detail)) throw new Error('audit detail is not a code');
    const exchangeId = entry.exchangeId ?? null;
    if (entry.event && entry.event.exchangeId !== exchangeId) throw new Error('audit entry and its event name different exchanges');
    const head = headStmt.get(exchangeId)!;
    const reference = exchangeId === null ? null : head.reference;
    if (exchangeId !== null && reference === null) throw new Error(`audit entry for unknown exchange ${exchangeId}`);
    const at = entry.at ?? options.now().toISOString();
    let id = head.next;
    let prev = head.prev ?? GENESIS_HASH;
    if (!continuesOwnTrail(head.prevId, head.prev, head.prevSig)) {
      // Someone rewrote the trail outside the app. Signing on as if nothing happened would
      // vouch for it; stopping would stop the coordinator's work. So the break is written
      // into the trail itself, signed, where «Kontroller loggen» finds it.
      console.error(`[revisjonslogg] rad ${head.prevId} er ikke signert av denne installasjonen; bruddet er skrevet i loggen`);
      prev = insert(
        { id, at, actor: SYSTEM_ACTOR, action: CHAIN_BREAK_ACTION, step: null, exchange_id: null, reference: null, detail: String(head.prevId) },
        prev,
      );
      id++;
    }
    insert(
      {
        id,
        at,
        actor: entry.actor ?? options.actor(),
        action: entry.action,
        step: entry.step ?? null,
        exchange_id: exchangeId,
        reference,
        detail: entry.detail ?? null,
        event_id: entry.event?.id ?? null,
        event_digest: entry.event ? eventDigest(entry.event) : null,
      },
      prev,
    );
  }
  // Reading the chain's end and appending must not be split by another write: a transaction of
  // its own, or the caller's, which commits or rolls back the row with the change it records.
  const append = db.transaction(appendRow);

  return {
    log(entry) {
      if (db.inTransaction) {
        appendRow(entry);
        anchor.touch();
      } else {
        append(entry);
        anchor.flush();
      }
    },
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
    verify: () => verifyAuditChain(db, key.publicKey),
    head() {
      anchor.flush();
      return anchor.current();
    },
  };
}
