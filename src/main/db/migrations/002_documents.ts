import type { Migration } from './index';

/**
 * A record of every document made for an exchange: which kind, its version (1, 2, … per
 * exchange and kind), the file's name and SHA-256, when and by whom. The bytes are not kept:
 * a document can be made again from the exchange, and a stored copy would be one more place
 * health-related data must be protected, backed up and deleted. The record goes with its
 * exchange (retention).
 */
export const m002_documents: Migration = {
  version: 2,
  name: 'documents',
  up(db) {
    db.exec(`
      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        exchange_id INTEGER NOT NULL REFERENCES exchanges (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        UNIQUE (exchange_id, kind, version)
      );
    `);
  },
};
