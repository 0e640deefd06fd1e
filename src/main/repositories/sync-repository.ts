import type { DistrictId } from '../../shared/districts';
import type { FactKey } from '../../shared/exchange/ownership';
import { type UpdateChange, updateChangeSchema } from '../../shared/sync/update';
import type { Db } from '../db/database';

/** A partner district's installation keys, as pinned when the districts paired. */
export interface PartnerKey {
  district: DistrictId;
  /** SPKI DER, base64. */
  signingKey: string;
  encryptionKey: string;
  fingerprint: string;
  coordinator: string;
  pinnedAt: string;
  pinnedBy: string;
  /** The pair's shared folder (src/main/sync/shared-folder.ts); null when none is chosen. A new key keeps it. */
  folder: string | null;
}

export interface UpdateRecord {
  exchangeId: number;
  direction: 'ut' | 'inn';
  seq: number;
  hash: string;
  sharedHash: string;
  /** The sender's shared facts after it (src/shared/sync/shared-facts.ts). */
  shared: Record<string, unknown>;
  ack: number;
  at: string;
  /** The signed text of a sent update, to make its file again. */
  signed: string | null;
  /** Who sent it: the coordinator and the district. */
  sender: string;
}

export interface ConflictRecord {
  id: number;
  fact: FactKey;
  change: UpdateChange;
  reason: string;
  updateSeq: number;
  receivedAt: string;
  seenAt: string | null;
}

interface PartnerKeyRow {
  district: DistrictId;
  signing_key: string;
  encryption_key: string;
  fingerprint: string;
  coordinator: string;
  pinned_at: string;
  pinned_by: string;
  folder: string | null;
}

interface UpdateRow {
  exchange_id: number;
  direction: 'ut' | 'inn';
  seq: number;
  hash: string;
  shared_hash: string;
  shared: string;
  ack: number;
  at: string;
  signed: string | null;
  sender: string;
}

const toUpdate = (r: UpdateRow): UpdateRecord => ({
  exchangeId: r.exchange_id,
  direction: r.direction,
  seq: r.seq,
  hash: r.hash,
  sharedHash: r.shared_hash,
  shared: JSON.parse(r.shared) as Record<string, unknown>,
  ack: r.ack,
  at: r.at,
  signed: r.signed,
  sender: r.sender,
});

/** What crosses between the installations, and what has crossed. Callers hold the transaction. */
export function createSyncRepository(db: Db) {
  const keyStmt = db.prepare<[string], PartnerKeyRow>('SELECT * FROM partner_keys WHERE district = ?');
  const keysStmt = db.prepare<[], PartnerKeyRow>('SELECT * FROM partner_keys ORDER BY district');
  const pinStmt = db.prepare(`
    INSERT INTO partner_keys (district, signing_key, encryption_key, fingerprint, coordinator, pinned_at, pinned_by)
    VALUES (@district, @signingKey, @encryptionKey, @fingerprint, @coordinator, @pinnedAt, @pinnedBy)
    ON CONFLICT (district) DO UPDATE SET signing_key = @signingKey, encryption_key = @encryptionKey,
      fingerprint = @fingerprint, coordinator = @coordinator, pinned_at = @pinnedAt, pinned_by = @pinnedBy`);
  const folderStmt = db.prepare('UPDATE partner_keys SET folder = ? WHERE district = ?');
  const enqueueStmt = db.prepare('INSERT INTO sync_outbox (exchange_id, at, actor, change) VALUES (?, ?, ?, ?)');
  const pendingStmt = db.prepare<[number], { at: string; actor: string; change: string }>(
    'SELECT at, actor, change FROM sync_outbox WHERE exchange_id = ? AND update_seq IS NULL ORDER BY id',
  );
  const unsentStmt = db.prepare<[], { exchange_id: number; n: number }>(
    'SELECT exchange_id, count(*) AS n FROM sync_outbox WHERE update_seq IS NULL GROUP BY exchange_id',
  );
  const markSentStmt = db.prepare('UPDATE sync_outbox SET update_seq = ? WHERE exchange_id = ? AND update_seq IS NULL');
  const lastStmt = db.prepare<[number, string], UpdateRow>('SELECT * FROM sync_updates WHERE exchange_id = ? AND direction = ? ORDER BY seq DESC LIMIT 1');
  const byIdStmt = db.prepare<[number, string, number], UpdateRow>('SELECT * FROM sync_updates WHERE exchange_id = ? AND direction = ? AND seq = ?');
  const listStmt = db.prepare<[number], UpdateRow>('SELECT * FROM sync_updates WHERE exchange_id = ? ORDER BY at, direction, seq');
  const recordStmt = db.prepare(`
    INSERT INTO sync_updates (exchange_id, direction, seq, hash, shared_hash, shared, ack, at, signed, sender)
    VALUES (@exchangeId, @direction, @seq, @hash, @sharedHash, @shared, @ack, @at, @signed, @sender)`);
  const conflictStmt = db.prepare(
    'INSERT INTO sync_conflicts (exchange_id, fact, change, reason, update_seq, received_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const conflictsStmt = db.prepare<[number], { id: number; fact: FactKey; change: string; reason: string; update_seq: number; received_at: string; seen_at: string | null }>(
    'SELECT * FROM sync_conflicts WHERE exchange_id = ? ORDER BY id',
  );
  const seenStmt = db.prepare('UPDATE sync_conflicts SET seen_at = ? WHERE exchange_id = ? AND id = ? AND seen_at IS NULL');

  return {
    partnerKey(district: DistrictId): PartnerKey | null {
      const r = keyStmt.get(district);
      return r ? fromKeyRow(r) : null;
    },
    partnerKeys(): PartnerKey[] {
      return keysStmt.all().map(fromKeyRow);
    },
    pinPartnerKey(k: Omit<PartnerKey, 'folder'>): void {
      pinStmt.run(k);
    },
    setFolder(district: DistrictId, folder: string | null): void {
      folderStmt.run(folder, district);
    },

    enqueue(exchangeId: number, change: UpdateChange): void {
      enqueueStmt.run(exchangeId, change.at, change.actor, JSON.stringify(change.action));
    },
    /** Changes made here since the last update, in order. */
    pending(exchangeId: number): UpdateChange[] {
      return pendingStmt.all(exchangeId).map((r) => updateChangeSchema.parse({ at: r.at, actor: r.actor, action: JSON.parse(r.change) }));
    },
    markSent(exchangeId: number, seq: number): void {
      markSentStmt.run(seq, exchangeId);
    },

    last(exchangeId: number, direction: 'ut' | 'inn'): UpdateRecord | null {
      const r = lastStmt.get(exchangeId, direction);
      return r ? toUpdate(r) : null;
    },
    get(exchangeId: number, direction: 'ut' | 'inn', seq: number): UpdateRecord | null {
      const r = byIdStmt.get(exchangeId, direction, seq);
      return r ? toUpdate(r) : null;
    },
    updates(exchangeId: number): UpdateRecord[] {
      return listStmt.all(exchangeId).map(toUpdate);
    },
    record(u: UpdateRecord): void {
      recordStmt.run({ ...u, shared: JSON.stringify(u.shared) });
    },
    /** How many changes made here no update has carried yet, per exchange with any. */
    unsentCounts(): Map<number, number> {
      return new Map(unsentStmt.all().map((r) => [r.exchange_id, r.n]));
    },

    addConflict(exchangeId: number, c: { fact: FactKey; change: UpdateChange; reason: string; updateSeq: number; receivedAt: string }): void {
      conflictStmt.run(exchangeId, c.fact, JSON.stringify(c.change), c.reason, c.updateSeq, c.receivedAt);
    },
    conflicts(exchangeId: number): ConflictRecord[] {
      return conflictsStmt.all(exchangeId).map((r) => ({
        id: r.id,
        fact: r.fact,
        change: updateChangeSchema.parse(JSON.parse(r.change)),
        reason: r.reason,
        updateSeq: r.update_seq,
        receivedAt: r.received_at,
        seenAt: r.seen_at,
      }));
    },
    markConflictSeen(exchangeId: number, id: number, at: string): boolean {
      return seenStmt.run(at, exchangeId, id).changes === 1;
    },
  };
}
export type SyncRepository = ReturnType<typeof createSyncRepository>;

function fromKeyRow(r: PartnerKeyRow): PartnerKey {
  return {
    district: r.district,
    signingKey: r.signing_key,
    encryptionKey: r.encryption_key,
    fingerprint: r.fingerprint,
    coordinator: r.coordinator,
    pinnedAt: r.pinned_at,
    pinnedBy: r.pinned_by,
    folder: r.folder,
  };
}
