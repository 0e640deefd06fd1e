import type { Migration } from './index';

/**
 * The audit trail and the retention periods.
 *
 * `audit_log` records who did what and when (codes only, no case content). It is append-only
 * in the database itself: UPDATE and DELETE abort, and an insert must take the next id ever
 * issued (AUTOINCREMENT keeps the highest in sqlite_sequence), so rows can neither change nor
 * be slipped in between, and a removed row leaves a gap. Each row is hash-chained to the one
 * before (computed in main, see src/main/audit/chain.ts). The log has no foreign key to
 * exchanges: it outlives the exchanges that retention deletes, and records their deletion.
 *
 * `settings.retention` holds the retention periods as JSON; NULL means the defaults.
 */
export const m003_audit: Migration = {
  version: 3,
  name: 'audit',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        step TEXT,
        exchange_id INTEGER,
        reference TEXT,
        detail TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      );
      CREATE INDEX audit_log_reference ON audit_log (reference, id);

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

      CREATE TRIGGER audit_log_next_id BEFORE INSERT ON audit_log
      WHEN NEW.id IS NOT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0) + 1
      BEGIN SELECT RAISE(ABORT, 'audit_log rows are appended with the next id'); END;

      ALTER TABLE settings ADD COLUMN retention TEXT;
    `);
  },
};
