import type { Migration } from './index';

/**
 * The audit trail signed, and the case history inside it.
 *
 * `sig`: each row's Ed25519 signature by the installation's key over its id and hash
 * (src/main/audit/head.ts), so that holding the database key is not enough to rewrite the
 * trail. `event_id` and `event_digest`: the history event (`events` row) a row records, and a
 * digest of all its columns, both covered by the row's hash; «Kontroller loggen» recomputes
 * the digest of every event still present (src/main/audit/chain.ts).
 *
 * Rows written before this migration keep NULL in all three and are checked as before, by
 * the hash chain alone; so are their events, which no row names.
 *
 * `events` is append-only from here: the app never changes an event, and retention deletes
 * one only with its exchange (the cascade), so UPDATE aborts. Like the audit trail's own
 * triggers this stops mistakes, not someone with the key; the signatures stop them.
 */
export const m006_signed_audit: Migration = {
  version: 6,
  name: 'signed_audit',
  up(db) {
    db.exec(`
      ALTER TABLE audit_log ADD COLUMN event_id INTEGER;
      ALTER TABLE audit_log ADD COLUMN event_digest TEXT;
      ALTER TABLE audit_log ADD COLUMN sig BLOB;
      CREATE INDEX audit_log_event ON audit_log (event_id) WHERE event_id IS NOT NULL;

      CREATE TRIGGER events_no_update BEFORE UPDATE ON events
      BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
    `);
  },
};
