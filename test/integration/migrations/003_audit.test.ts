import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrations';
import { tempDir } from '../../support/test-app';

function rawDb() {
  const db = new Database(path.join(tempDir(), 'm.db'));
  db.pragma('foreign_keys = ON');
  return db;
}

const insert = (db: Database.Database, id: number) =>
  db
    .prepare(`INSERT INTO audit_log (id, at, actor, action, prev_hash, hash) VALUES (?, '2026-01-01T00:00:00.000Z', 'a', 'apnet', 'p', 'h')`)
    .run(id);

describe('migration 003_audit', () => {
  let db: Database.Database;
  afterEach(() => db?.close());

  it('creates the audit log, its triggers and the retention column, and sets user_version 3', () => {
    db = rawDb();
    migrate(db, 3);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    const names = (type: string) =>
      db.prepare('SELECT name FROM sqlite_master WHERE type = ? ORDER BY name').all(type).map((r) => (r as { name: string }).name);
    expect(names('table')).toEqual(expect.arrayContaining(['audit_log', 'sqlite_sequence']));
    expect(names('trigger')).toEqual(['audit_log_next_id', 'audit_log_no_delete', 'audit_log_no_update']);
    expect(names('index')).toContain('audit_log_reference');
    const settingsColumns = db.prepare('PRAGMA table_info(settings)').all().map((c) => (c as { name: string }).name);
    expect(settingsColumns).toContain('retention');
  });

  it('keeps existing data: an exchange and its history made under version 1 survive', () => {
    db = rawDb();
    migrate(db, 1);
    const now = '2026-01-01T00:00:00Z';
    db.prepare(`INSERT INTO settings (id, district, coordinator_name, coordinator_contact, deadlines, created_at, updated_at) VALUES (1, 'stovner', 'K', 'k', '{}', ?, ?)`).run(now, now);
    const id = db.prepare(`INSERT INTO exchanges (reference, direction, partner_district, status, current_step, next_action, next_side, malgruppe, state, created_at, updated_at)
      VALUES ('BYTTE-AAAA-AAAA', 'utgaende', 'grunerlokka', 'aktiv', 'kandidat', 'ingen', 'vi', 'rus', '{}', ?, ?)`).run(now, now).lastInsertRowid;
    db.prepare("INSERT INTO events (exchange_id, at, actor, action, summary) VALUES (?, ?, 'a', 'opprettet', 'c')").run(id, now);
    migrate(db, 3);
    expect(db.prepare('SELECT count(*) AS n FROM exchanges').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT retention FROM settings').get()).toEqual({ retention: null });
  });

  it('is append-only in the database itself: no UPDATE, no DELETE, no row slipped in or skipped', () => {
    db = rawDb();
    migrate(db, 3);
    insert(db, 1);
    insert(db, 2);
    expect(() => db.prepare("UPDATE audit_log SET actor = 'x' WHERE id = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = 2').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => insert(db, 2)).toThrow(); // taken
    expect(() => insert(db, 4)).toThrow(/next id/); // skips 3
    expect(() => db.prepare(`INSERT INTO audit_log (at, actor, action, prev_hash, hash) VALUES ('t', 'a', 'apnet', 'p', 'h')`).run()).toThrow(/next id/);
    insert(db, 3);
    expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 3 });
  });

  it('after a removed last row (triggers dropped), the next id still continues past it', () => {
    db = rawDb();
    migrate(db, 3);
    insert(db, 1);
    insert(db, 2);
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.prepare('DELETE FROM audit_log WHERE id = 2').run();
    expect(() => insert(db, 2)).toThrow(/next id/);
    insert(db, 3);
  });
});
