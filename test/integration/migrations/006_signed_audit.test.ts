import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { createAuditLog } from '../../../src/main/audit/audit-log';
import { GENESIS_HASH, rowHash, verifyAuditChain } from '../../../src/main/audit/chain';
import { headFileOf, headIsSigned, readHeadFile } from '../../../src/main/audit/head';
import { migrate } from '../../../src/main/db/migrations';
import { createSigningKey } from '../../../src/main/identity/signing-key';
import { tempDir } from '../../support/test-app';

const AT = '2026-03-02T09:00:00.000Z';

function rawDb() {
  const db = new Database(path.join(tempDir(), 'bytteordning.db'));
  db.pragma('foreign_keys = ON');
  return db;
}

/** A version-5 database as the app left it: an exchange, its history, and a hash-chained trail without signatures. */
function version5WithRows(db: Database.Database): { exchangeId: number; reference: string } {
  migrate(db, 5);
  const reference = 'BYTTE-GAML-0001';
  const exchangeId = Number(
    db
      .prepare(`INSERT INTO exchanges (reference, direction, partner_district, status, current_step, next_action, next_side, malgruppe, state, created_at, updated_at)
        VALUES (?, 'utgaende', 'grunerlokka', 'aktiv', 'kandidat', 'ingen', 'vi', 'rus', '{}', ?, ?)`)
      .run(reference, AT, AT).lastInsertRowid,
  );
  db.prepare("INSERT INTO events (exchange_id, at, actor, action, step, summary) VALUES (?, ?, 'K', 'opprettet', 'kandidat', 'Registrert')").run(exchangeId, AT);
  let prev = GENESIS_HASH;
  for (const [id, action, onExchange] of [[1, 'oppsett.lagret', false], [2, 'opprettet', true], [3, 'apnet', true]] as const) {
    const fields = { id, at: AT, actor: 'K', action, step: null, exchange_id: onExchange ? exchangeId : null, reference: onExchange ? reference : null, detail: null };
    const hash = rowHash(prev, fields);
    db.prepare(`INSERT INTO audit_log (id, at, actor, action, step, exchange_id, reference, detail, prev_hash, hash)
      VALUES (@id, @at, @actor, @action, @step, @exchange_id, @reference, @detail, @prev_hash, @hash)`).run({ ...fields, prev_hash: prev, hash });
    prev = hash;
  }
  return { exchangeId, reference };
}

describe('migration 006_signed_audit', () => {
  let db: Database.Database;
  afterEach(() => db?.close());

  it('adds the signature and event columns, keeps the old rows verifiable, signs new ones and makes the history append-only; user_version 6', () => {
    db = rawDb();
    const { exchangeId } = version5WithRows(db);
    migrate(db, 6);
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    const columns = db.prepare('PRAGMA table_info(audit_log)').all().map((c) => (c as { name: string }).name);
    expect(columns).toEqual(expect.arrayContaining(['event_id', 'event_digest', 'sig']));
    expect(db.prepare('SELECT count(*) AS n FROM audit_log WHERE sig IS NULL AND event_id IS NULL').get()).toEqual({ n: 3 });

    // The rows from before hold by their hash chain alone.
    const key = createSigningKey();
    expect(verifyAuditChain(db, key.publicKey)).toEqual({ ok: true, checked: 3 });

    // The first log after the update anchors the old rows in a signed head, and signs its own row with the event it records.
    const audit = createAuditLog(db, { now: () => new Date(AT), actor: () => 'K', signingKey: key });
    expect(readHeadFile(headFileOf(db.name), key.publicKey)?.head.id).toBe(3);
    const event = db
      .prepare("INSERT INTO events (exchange_id, at, actor, action, step, summary) VALUES (?, ?, 'K', 'kandidat.lagre', 'kandidat', 'Endret') RETURNING id")
      .get(exchangeId, AT) as { id: number };
    audit.log({
      action: 'kandidat.lagre',
      exchangeId,
      at: AT,
      event: { id: event.id, exchangeId, at: AT, actor: 'K', action: 'kandidat.lagre', step: 'kandidat', summary: 'Endret' },
    });
    const row = db.prepare('SELECT id, hash, sig, event_id, event_digest FROM audit_log WHERE id = 4').get() as {
      id: number;
      hash: string;
      sig: Buffer;
      event_id: number;
      event_digest: string;
    };
    expect(row.event_id).toBe(event.id);
    expect(row.event_digest).toMatch(/^[0-9a-f]{64}$/);
    expect(headIsSigned(row, key.publicKey)).toBe(true);
    expect(audit.verify()).toEqual({ ok: true, checked: 4 });

    expect(() => db.prepare("UPDATE events SET summary = 'Noe annet' WHERE id = ?").run(event.id)).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE events SET summary = 'Noe annet' WHERE exchange_id = ?").run(exchangeId)).toThrow(/append-only/);
    // Retention still deletes an exchange with its history (the cascade).
    db.prepare('DELETE FROM exchanges WHERE id = ?').run(exchangeId);
    expect(db.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 0 });
  });
});
