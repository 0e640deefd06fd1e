import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrations';
import { tempDir } from '../../support/test-app';

const NOW = '2026-03-05T09:00:00Z';
const SHA = 'a'.repeat(64);

function rawDb() {
  const db = new Database(path.join(tempDir(), 'm.db'));
  db.pragma('foreign_keys = ON');
  return db;
}

function insertExchange(db: Database.Database, reference = 'BYTTE-AAAA-AAAA'): number {
  return Number(
    db
      .prepare(`INSERT INTO exchanges (reference, direction, partner_district, status, current_step, next_action, next_side, malgruppe, state, created_at, updated_at)
        VALUES (?, 'utgaende', 'grunerlokka', 'aktiv', 'kandidat', 'ingen', 'vi', 'rus', '{}', ?, ?)`)
      .run(reference, NOW, NOW).lastInsertRowid,
  );
}

function insertDocument(db: Database.Database, exchangeId: number, version: number, sha256 = SHA) {
  return db
    .prepare(`INSERT INTO documents (exchange_id, kind, version, file_name, sha256, created_at, created_by)
      VALUES (?, 'brukerprofil', ?, 'BYTTE-AAAA-AAAA-brukerprofil.pdf', ?, ?, 'Kari Koordinator, bydel Stovner')`)
    .run(exchangeId, version, sha256, NOW);
}

describe('migration 002_documents', () => {
  let db: Database.Database;
  afterEach(() => db?.close());

  it('adds the documents table on top of 001 and sets user_version 2', () => {
    db = rawDb();
    migrate(db, 1);
    migrate(db, 2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    const columns = db.prepare('PRAGMA table_info(documents)').all().map((c) => (c as { name: string }).name);
    expect(columns).toEqual(['id', 'exchange_id', 'kind', 'version', 'file_name', 'sha256', 'created_at', 'created_by']);
    // No column for the document's bytes: a document is remade from the exchange, not stored.
    expect(columns.some((c) => /bytes|content|data|blob/.test(c))).toBe(false);
  });

  it('refuses what the schema forbids: an unknown exchange, a version twice, a bad version or checksum', () => {
    db = rawDb();
    migrate(db, 2);
    expect(() => insertDocument(db, 99, 1)).toThrow(/FOREIGN KEY/);
    const id = insertExchange(db);
    insertDocument(db, id, 1);
    expect(() => insertDocument(db, id, 1)).toThrow(/UNIQUE/);
    expect(() => insertDocument(db, id, 0)).toThrow(/CHECK/);
    expect(() => insertDocument(db, id, 2, 'kort')).toThrow(/CHECK/);
    insertDocument(db, id, 2);
    expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 2 });
  });

  it('deletes an exchange’s documents with it (retention)', () => {
    db = rawDb();
    migrate(db, 2);
    const keep = insertExchange(db, 'BYTTE-KEEP-0001');
    const gone = insertExchange(db, 'BYTTE-GONE-0001');
    insertDocument(db, keep, 1);
    insertDocument(db, gone, 1);
    db.prepare('DELETE FROM exchanges WHERE id = ?').run(gone);
    expect(db.prepare('SELECT exchange_id FROM documents').all()).toEqual([{ exchange_id: keep }]);
  });
});
