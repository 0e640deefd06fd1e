import { randomBytes } from 'node:crypto';
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

describe('migration 001_initial', () => {
  let db: Database.Database;
  afterEach(() => db?.close());

  it('creates the tables, constraints and indexes, and sets user_version 1', () => {
    db = rawDb();
    migrate(db, 1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((r) => (r as { name: string }).name);
    expect(tables).toEqual(['events', 'exchanges', 'pairs', 'settings']);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'").all().map((r) => (r as { name: string }).name);
    expect(indexes).toEqual(expect.arrayContaining(['exchanges_status_updated', 'exchanges_due', 'events_exchange']));
  });

  it('refuses what the schema forbids', () => {
    db = rawDb();
    migrate(db, 1);
    const now = '2026-01-01T00:00:00Z';
    expect(() => db.prepare('INSERT INTO settings (id, district, coordinator_name, coordinator_contact, deadlines, created_at, updated_at) VALUES (2, ?, ?, ?, ?, ?, ?)').run('stovner', 'a', 'b', '{}', now, now)).toThrow(/CHECK/);
    expect(() => db.prepare('INSERT INTO pairs (district_a, district_b, active, created_at, updated_at) VALUES (?, ?, 1, ?, ?)').run('stovner', 'grunerlokka', now, now)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO events (exchange_id, at, actor, action, summary) VALUES (99, ?, 'a', 'b', 'c')").run(now)).toThrow(/FOREIGN KEY/);
    const insert = db.prepare(`INSERT INTO exchanges (reference, direction, partner_district, status, current_step, next_action, next_side, malgruppe, state, created_at, updated_at)
      VALUES (?, ?, 'grunerlokka', 'aktiv', 'kandidat', 'ingen', 'vi', 'rus', '{}', ?, ?)`);
    insert.run('BYTTE-AAAA-AAAA', 'utgaende', now, now);
    expect(() => insert.run('BYTTE-AAAA-AAAA', 'utgaende', now, now)).toThrow(/UNIQUE/);
    expect(() => insert.run('BYTTE-BBBB-BBBB', 'sideveis', now, now)).toThrow(/CHECK/);
  });

  it('deletes an exchange\'s history with it (retention)', () => {
    db = rawDb();
    migrate(db, 1);
    const now = '2026-01-01T00:00:00Z';
    const id = db.prepare(`INSERT INTO exchanges (reference, direction, partner_district, status, current_step, next_action, next_side, malgruppe, state, created_at, updated_at)
      VALUES ('BYTTE-AAAA-AAAA', 'utgaende', 'grunerlokka', 'aktiv', 'kandidat', 'ingen', 'vi', 'rus', '{}', ?, ?)`).run(now, now).lastInsertRowid;
    db.prepare("INSERT INTO events (exchange_id, at, actor, action, summary) VALUES (?, ?, 'a', 'b', 'c')").run(id, now);
    db.prepare('DELETE FROM exchanges WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 0 });
  });

  it('is not run twice, and a database from a newer app is refused', () => {
    db = rawDb();
    migrate(db);
    expect(() => migrate(db)).not.toThrow();
    db.pragma('user_version = 999');
    expect(() => migrate(db)).toThrow(/nyere versjon/);
    expect(randomBytes(1)).toHaveLength(1);
  });
});
