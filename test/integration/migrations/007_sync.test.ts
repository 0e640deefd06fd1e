import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrations';
import { createSyncRepository } from '../../../src/main/repositories/sync-repository';
import { tempDir } from '../../support/test-app';

function insertExchange(db: Database.Database, reference: string): number {
  const now = '2026-03-02T09:00:00.000Z';
  return Number(
    db
      .prepare(`INSERT INTO exchanges (reference, direction, partner_district, status, current_step, next_action, next_side, malgruppe, state, created_at, updated_at)
        VALUES (?, 'utgaende', 'grunerlokka', 'aktiv', 'kandidat', 'ingen', 'vi', 'rus', '{}', ?, ?)`)
      .run(reference, now, now).lastInsertRowid,
  );
}

describe('migration 007_sync', () => {
  let db: Database.Database;
  afterEach(() => db?.close());

  it('adds the partner keys, the outbox, the updates and the conflicts, keeps existing exchanges, and sets user_version 7', () => {
    db = new Database(path.join(tempDir(), 'm.db'));
    db.pragma('foreign_keys = ON');
    migrate(db, 6);
    const id = insertExchange(db, 'BYTTE-AAAA-0001');
    migrate(db, 7);
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.prepare('SELECT count(*) AS n FROM exchanges').get()).toEqual({ n: 1 });

    const sync = createSyncRepository(db);
    // An exchange from before has nothing waiting and nothing received.
    expect(sync.pending(id)).toEqual([]);
    expect(sync.last(id, 'inn')).toBeNull();

    const change = { at: '2026-03-05T10:00:00.000Z', actor: 'Kari Koordinator, bydel Stovner', action: { type: 'tildeling.soknad' as const, dato: '2026-03-05' } };
    sync.enqueue(id, change);
    expect(sync.pending(id)).toEqual([change]);
    expect(sync.unsentCounts().get(id)).toBe(1);
    sync.record({ exchangeId: id, direction: 'ut', seq: 1, hash: 'a'.repeat(64), sharedHash: 'b'.repeat(64), shared: { reference: 'BYTTE-AAAA-0001' }, ack: 0, at: change.at, signed: '{}', sender: change.actor });
    sync.markSent(id, 1);
    expect(sync.pending(id)).toEqual([]);
    expect(sync.last(id, 'ut')?.shared).toEqual({ reference: 'BYTTE-AAAA-0001' });
    // One number per exchange and direction, once.
    expect(() => sync.record({ ...sync.last(id, 'ut')!, signed: null })).toThrow(/UNIQUE/);

    // A partner's shared folder is kept when its key is replaced, and can be removed.
    const key = { district: 'grunerlokka' as const, signingKey: 'a', encryptionKey: 'b', fingerprint: '1', coordinator: 'Per', pinnedAt: change.at, pinnedBy: 'Kari' };
    sync.pinPartnerKey(key);
    expect(sync.partnerKey('grunerlokka')?.folder).toBeNull();
    sync.setFolder('grunerlokka', '/mnt/felles/bytteordning');
    sync.pinPartnerKey({ ...key, signingKey: 'c', fingerprint: '2' });
    expect(sync.partnerKey('grunerlokka')).toMatchObject({ signingKey: 'c', folder: '/mnt/felles/bytteordning' });
    sync.setFolder('grunerlokka', null);
    expect(sync.partnerKeys()[0]?.folder).toBeNull();

    // Retention deletes an exchange with everything that crossed.
    db.prepare('DELETE FROM exchanges WHERE id = ?').run(id);
    for (const table of ['sync_outbox', 'sync_updates', 'sync_conflicts']) expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
  });
});
