import type { Migration } from './index';

/**
 * One exchange, two installations (src/shared/sync, src/main/sync).
 *
 * `partner_keys`: each partner district's installation keys, pinned when the districts paired
 * and the coordinators compared the fingerprint by phone. A replaced key keeps its row history
 * in the audit trail, not here: only the key in force verifies. `folder`: the pair's shared folder
 * (src/main/sync/shared-folder.ts), when the coordinators chose one.
 *
 * `sync_outbox`: every change made here whose fact crosses, in order, until an update carries
 * it (`update_seq`). Written in the transaction of the change itself.
 *
 * `sync_updates`: the updates of each exchange, sent ('ut') and received ('inn'), by sequence
 * number and hash: the chain a receiver checks order, gaps and replays against. `shared` is the
 * sender's projection of the shared facts (src/shared/sync/shared-facts.ts), so that where the
 * two records differ can be named. A sent update
 * keeps its signed text, so a lost file can be made again exactly as it was.
 *
 * `sync_conflicts`: an arriving change the receiver could not take in (it owns the fact, or its
 * record does not allow it), kept with the reason until a coordinator has looked at it.
 *
 * Retention deletes an exchange with all of these (ON DELETE CASCADE).
 */
export const m007_sync: Migration = {
  version: 7,
  name: 'sync',
  up(db) {
    db.exec(`
      CREATE TABLE partner_keys (
        district TEXT PRIMARY KEY,
        signing_key TEXT NOT NULL,
        encryption_key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        coordinator TEXT NOT NULL,
        pinned_at TEXT NOT NULL,
        pinned_by TEXT NOT NULL,
        folder TEXT
      );

      CREATE TABLE sync_outbox (
        id INTEGER PRIMARY KEY,
        exchange_id INTEGER NOT NULL REFERENCES exchanges (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        change TEXT NOT NULL,
        update_seq INTEGER
      );
      CREATE INDEX sync_outbox_exchange ON sync_outbox (exchange_id, update_seq, id);

      CREATE TABLE sync_updates (
        id INTEGER PRIMARY KEY,
        exchange_id INTEGER NOT NULL REFERENCES exchanges (id) ON DELETE CASCADE,
        direction TEXT NOT NULL CHECK (direction IN ('ut', 'inn')),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        hash TEXT NOT NULL,
        shared_hash TEXT NOT NULL,
        shared TEXT NOT NULL,
        ack INTEGER NOT NULL,
        at TEXT NOT NULL,
        signed TEXT,
        sender TEXT NOT NULL,
        UNIQUE (exchange_id, direction, seq)
      );

      CREATE TABLE sync_conflicts (
        id INTEGER PRIMARY KEY,
        exchange_id INTEGER NOT NULL REFERENCES exchanges (id) ON DELETE CASCADE,
        fact TEXT NOT NULL,
        change TEXT NOT NULL,
        reason TEXT NOT NULL,
        update_seq INTEGER NOT NULL,
        received_at TEXT NOT NULL,
        seen_at TEXT
      );
      CREATE INDEX sync_conflicts_exchange ON sync_conflicts (exchange_id, id);
    `);
  },
};
