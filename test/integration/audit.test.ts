import { afterEach, describe, expect, it } from 'vitest';
import { createAuditLog } from '../../src/main/audit/audit-log';
import { type ChainedFields, rowHash, verifyAuditChain } from '../../src/main/audit/chain';
import { fingerprint } from '../../src/main/identity/signing-key';
import type { AuditAction } from '../../src/shared/privacy/audit';
import { kandidat, profil } from '../support/fixtures';
import { openTestApp, setUpAs, type TestApp } from '../support/test-app';

let app: TestApp;
afterEach(() => app?.close());

type Row = ChainedFields;
const rows = (a: TestApp) => a.db.prepare('SELECT * FROM audit_log ORDER BY id').all() as Row[];
/** «Kontroller loggen» as the handler runs it: the installation's public key, the head beside the database. */
const verify = (a: TestApp) => verifyAuditChain(a.db, a.signingKey.publicKey);
/** «Kontroller loggen» through the channel: the check's result, once the fingerprint it names is found to be this installation's. */
async function kontroller(a: TestApp) {
  const { fingerprint: shown, ...result } = await a.ok('audit.verify', {});
  expect(shown).toBe(fingerprint(a.signingKey.publicKey));
  return result;
}

/** Tampering needs the triggers out of the way first, as someone with raw SQL access would do. */
function dropGuards(a: TestApp) {
  a.db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_next_id;');
}

/** An app with a handful of logged rows. */
async function withSomeRows() {
  app = openTestApp();
  await setUpAs(app);
  const d = await app.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
  await app.ok('exchanges.get', { id: d.id });
  await app.ok('exchanges.act', { id: d.id, action: { type: 'brukerprofil.lagre', profil, avvisteFunn: [] } });
  await app.ok('exchanges.get', { id: d.id });
  expect(app.count('audit_log')).toBe(6);
  return d;
}

describe('audit trail', () => {
  it('logs every write and every opening of an exchange: who, when and what, never the content', async () => {
    app = openTestApp({ now: '2026-03-02T09:00:00Z' });
    await setUpAs(app);
    await app.ok('settings.saveDeadlines', { followUpDays: 5, stalledDays: 21, recentMeetingDays: 14 });
    await app.ok('pairs.save', { districtA: 'alna', districtB: 'bjerke', active: true });
    const d = await app.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
    await app.ok('exchanges.get', { id: d.id });
    await app.ok('exchanges.act', { id: d.id, action: { type: 'brukerprofil.lagre', profil, avvisteFunn: [] } });
    await app.ok('retention.saveSettings', { closedMonths: 24, refusedMonths: 6 });
    await app.ok('backup.now', {});

    const log = rows(app);
    expect(log.map((r) => r.action)).toEqual([
      'oppsett.lagret',
      'byttepar.lagret',
      'frister.lagret',
      'byttepar.lagret',
      'opprettet',
      'apnet',
      'brukerprofil.lagre',
      'oppbevaring.lagret',
      'sikkerhetskopi.laget',
    ] satisfies AuditAction[]);
    expect(new Set(log.map((r) => r.actor))).toEqual(new Set(['Kari Koordinator, bydel Stovner']));
    expect(new Set(log.map((r) => r.at))).toEqual(new Set(['2026-03-02T09:00:00.000Z']));
    expect(log.filter((r) => r.exchange_id === d.id).map((r) => [r.action, r.step, r.reference])).toEqual([
      ['opprettet', 'kandidat', d.state.reference],
      ['apnet', null, d.state.reference],
      ['brukerprofil.lagre', 'brukerprofil', d.state.reference],
    ]);
    expect(log[1]!.detail).toBe('stovner+grunerlokka:aktiv');
    expect(log[8]!.detail).toMatch(/^bytteordning-2026-03-02T09-00-00-000Z-manuell\.db$/);

    // No free text reaches the log: not the candidate's reasons, not a word of the profile.
    const dump = JSON.stringify(log);
    for (const text of [kandidat.grunner, profil.bosituasjonKommentar!, profil.annet!, 'Røyker']) expect(dump).not.toContain(text);

    expect(await app.ok('audit.forExchange', { id: d.id })).toEqual([
      expect.objectContaining({ action: 'brukerprofil.lagre', step: 'brukerprofil', exchangeId: d.id, reference: d.state.reference }),
      expect.objectContaining({ action: 'apnet' }),
      expect.objectContaining({ action: 'opprettet', step: 'kandidat' }),
    ]);
    expect(await kontroller(app)).toEqual({ ok: true, checked: 9 });
  });

  it('writes the audit row in the same transaction as the change: when the change fails, neither is stored', async () => {
    const d = await withSomeRows();
    const before = { audit: app.count('audit_log'), events: app.count('events'), state: app.db.prepare('SELECT state FROM exchanges').get() };
    // The history insert fails after the exchange row was updated and (in the same transaction) logged.
    app.db.exec("CREATE TRIGGER fail_events BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'simulated failure'); END");
    const r = await app.dispatch('exchanges.act', { id: d.id, action: { type: 'brukerprofil.sendt', dato: '2026-03-05' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERN_FEIL' } });
    expect({ audit: app.count('audit_log'), events: app.count('events'), state: app.db.prepare('SELECT state FROM exchanges').get() }).toEqual(before);
    expect(verify(app)).toEqual({ ok: true, checked: 6 });
  });

  it('logs nothing for a refused write or an exchange that does not exist', async () => {
    const d = await withSomeRows();
    await app.dispatch('exchanges.act', { id: d.id, action: { type: 'avslutt', avsluttet: { utfall: 'gjennomfort', dato: '2026-03-05', grunn: '' } } });
    await app.dispatch('exchanges.get', { id: 9999 });
    await app.dispatch('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat: { ...kandidat, samtykke: 'ja' } });
    await app.dispatch('pairs.save', { districtA: 'alna', districtB: 'alna', active: true });
    expect(app.count('audit_log')).toBe(6);
  });

  it('refuses an entry with free text, or for an exchange that does not exist, and stores nothing', async () => {
    await withSomeRows();
    const audit = createAuditLog(app.db, { now: () => new Date(), actor: () => 'Test', signingKey: app.signingKey });
    expect(() => audit.log({ action: 'Kari Nordmann ringte' as AuditAction })).toThrow(/not a code/);
    expect(() => audit.log({ action: 'dokument.eksportert', detail: 'bor i Trondheimsveien 5' })).toThrow(/not a code/);
    expect(() => audit.log({ action: 'dokument.eksportert', exchangeId: 4242 })).toThrow(/unknown exchange/);
    expect(app.count('audit_log')).toBe(6);
    audit.log({ action: 'dokument.eksportert', exchangeId: 1, detail: 'brukerprofil' });
    expect(verify(app)).toEqual({ ok: true, checked: 7 });
  });

  describe('the chain check', () => {
    it('passes on an intact log, and on an empty one', async () => {
      app = openTestApp();
      expect(await kontroller(app)).toEqual({ ok: true, checked: 0 });
      app.close();
      await withSomeRows();
      expect(await kontroller(app)).toEqual({ ok: true, checked: 6 });
    });

    it('detects an edited row', async () => {
      await withSomeRows();
      dropGuards(app);
      app.db.prepare("UPDATE audit_log SET actor = 'Noen andre' WHERE id = 3").run();
      expect(await kontroller(app)).toEqual({ ok: false, problem: 'endret', checked: 2, firstBadId: 3 });
    });

    it('detects an edited row even when its own hash was recomputed', async () => {
      await withSomeRows();
      dropGuards(app);
      app.db.prepare("UPDATE audit_log SET actor = 'Noen andre' WHERE id = 4").run();
      const r = app.db.prepare('SELECT * FROM audit_log WHERE id = 4').get() as Row & { prev_hash: string };
      app.db.prepare('UPDATE audit_log SET hash = ? WHERE id = 4').run(rowHash(r.prev_hash, r));
      expect(verify(app)).toEqual({ ok: false, problem: 'endret', checked: 4, firstBadId: 5 });
    });

    it('detects a deleted row', async () => {
      await withSomeRows();
      dropGuards(app);
      app.db.prepare('DELETE FROM audit_log WHERE id = 4').run();
      expect(await kontroller(app)).toEqual({ ok: false, problem: 'mangler', checked: 3, firstBadId: 4 });
    });

    it('detects a deleted last row, also after the app has written more', async () => {
      const d = await withSomeRows();
      dropGuards(app);
      app.db.prepare('DELETE FROM audit_log WHERE id = 6').run();
      expect(verify(app)).toEqual({ ok: false, problem: 'avkortet', checked: 5, firstBadId: 6, signedHeadId: 6 });
      // The next row takes id 7 (sqlite_sequence remembers 6), so the cut shows as a gap.
      await app.ok('exchanges.get', { id: d.id });
      expect(verify(app)).toEqual({ ok: false, problem: 'mangler', checked: 5, firstBadId: 6 });
    });

    it('detects rows renumbered to close a gap', async () => {
      await withSomeRows();
      dropGuards(app);
      app.db.prepare('DELETE FROM audit_log WHERE id = 6').run();
      app.db.prepare("UPDATE sqlite_sequence SET seq = 5 WHERE name = 'audit_log'").run();
      app.db.prepare('DELETE FROM audit_log WHERE id = 2').run();
      app.db.prepare('UPDATE audit_log SET id = id - 1 WHERE id > 2').run();
      app.db.prepare("UPDATE sqlite_sequence SET seq = 4 WHERE name = 'audit_log'").run();
      expect(verify(app)).toMatchObject({ ok: false, problem: 'omnummerert', firstBadId: 2 });
    });
  });
});
