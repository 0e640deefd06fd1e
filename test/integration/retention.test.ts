import { afterEach, describe, expect, it } from 'vitest';
import type { ExchangeAction } from '../../src/shared/exchange/actions';
import { fullRoutine, kandidat, profil } from '../support/fixtures';
import { openTestApp, setUpAs, type TestApp } from '../support/test-app';

let app: TestApp;
afterEach(() => app?.close());

const refusal: ExchangeAction[] = [
  ...fullRoutine().slice(0, 2),
  { type: 'steg.hopp_over', steg: 'avklaringsmote', grunn: 'Profilen var tydelig nok.', dato: '2026-03-06' },
  { type: 'svar.registrer', svar: { svar: 'nei', dato: '2026-03-10', grunn: 'ingen_egnet_bolig', kommentar: 'Ingen passende bolig nå.' } },
];

async function exchangeThrough(a: TestApp, actions: ExchangeAction[]) {
  const d = await a.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
  for (const action of actions) await a.ok('exchanges.act', { id: d.id, action });
  return d;
}

/** A completed exchange closed at 2026-05-06T08:00Z, one answered no at 2026-03-10T12:00Z, and an active one. */
async function threeExchanges(a: TestApp) {
  await setUpAs(a);
  a.setNow('2026-03-10T12:00:00Z');
  const refused = await exchangeThrough(a, refusal);
  // Walked on the routine's last day: its facts lie in March to May.
  a.setNow('2026-05-06T08:00:00Z');
  const completed = await exchangeThrough(a, fullRoutine());
  const active = await exchangeThrough(a, fullRoutine().slice(0, 3));
  return { refused, completed, active };
}

describe('retention', () => {
  it('defaults to 12 months after closing, 3 after a no; the preview names what goes now and within 30 days, without content', async () => {
    app = openTestApp();
    const { refused } = await threeExchanges(app);
    app.setNow('2026-05-20T00:00:00Z');
    const preview = await app.ok('retention.preview', {});
    expect(preview.settings).toEqual({ closedMonths: 12, refusedMonths: 3 });
    expect(preview.due).toEqual([]);
    expect(preview.upcoming).toEqual([
      { id: refused.id, reference: refused.state.reference, outcome: 'avslatt', rule: 'avslatt', closedAt: '2026-03-10T12:00:00.000Z', deleteAfter: '2026-06-10T12:00:00.000Z' },
    ]);
    expect(JSON.stringify(preview)).not.toContain(kandidat.grunner);
  });

  it('reads only exchanges closed long enough ago, yet misses none at a month end (30 November + 3 months is 28 February)', async () => {
    app = openTestApp();
    await setUpAs(app);
    app.setNow('2026-11-30T12:00:00Z');
    const refused = await exchangeThrough(app, refusal);
    // The 30-day horizon ends exactly when it falls due.
    app.setNow('2027-01-29T12:00:00Z');
    const preview = await app.ok('retention.preview', {});
    expect(preview.upcoming.map((i) => [i.id, i.deleteAfter])).toEqual([[refused.id, '2027-02-28T12:00:00.000Z']]);
    app.setNow('2027-01-29T11:59:59Z');
    expect((await app.ok('retention.preview', {})).upcoming).toEqual([]);
  });

  it('deletes an exchange answered no after 3 months, with its history; the audit log records it and keeps no content', async () => {
    app = openTestApp();
    const { refused, completed, active } = await threeExchanges(app);
    app.setNow('2026-06-10T11:59:59Z');
    expect(await app.ok('retention.run', {})).toEqual({ deleted: [] });
    app.setNow('2026-06-10T12:00:00Z');
    const eventsBefore = app.count('events');
    const refusedEvents = (await app.ok('exchanges.history', { id: refused.id })).length;
    app.db
      .prepare(`INSERT INTO documents (exchange_id, kind, version, file_name, sha256, created_at, created_by) VALUES (?, 'brukerprofil', 1, 'profil.pdf', ?, ?, 'K')`)
      .run(refused.id, 'a'.repeat(64), '2026-03-05T10:00:00.000Z');

    const { deleted } = await app.ok('retention.run', {});
    expect(deleted.map((d) => d.reference)).toEqual([refused.state.reference]);
    expect(await app.dispatch('exchanges.get', { id: refused.id })).toMatchObject({ ok: false, error: { code: 'BYTTE_FINNES_IKKE' } });
    expect(app.count('events')).toBe(eventsBefore - refusedEvents);
    expect(app.count('documents')).toBe(0); // the record of its documents goes with it
    expect((await app.ok('exchanges.list', { status: 'alle' })).rows.map((r) => r.id).sort()).toEqual([completed.id, active.id].sort());

    const trace = app.db.prepare("SELECT * FROM audit_log WHERE action = 'slettet'").all();
    expect(trace).toEqual([
      expect.objectContaining({ exchange_id: refused.id, reference: refused.state.reference, detail: 'oppbevaringstid:avslatt', actor: 'Kari Koordinator, bydel Stovner', at: '2026-06-10T12:00:00.000Z' }),
    ]);
    // The log about the deleted exchange stays, and holds nothing of what it contained.
    const left = JSON.stringify(app.db.prepare('SELECT * FROM audit_log WHERE reference = ?').all(refused.state.reference));
    expect(left).toContain('opprettet');
    for (const text of [kandidat.grunner, profil.flyttegrunnerKommentar!, 'Ingen passende bolig nå.']) expect(left).not.toContain(text);
    expect(await app.ok('audit.verify', {})).toMatchObject({ ok: true });
  });

  it('deletes a completed exchange 12 months after closing, and follows changed periods', async () => {
    app = openTestApp();
    const { completed, active } = await threeExchanges(app);
    app.setNow('2027-05-06T07:59:59Z');
    expect((await app.ok('retention.run', {})).deleted.map((d) => d.id)).not.toContain(completed.id);
    app.setNow('2027-05-06T08:00:00Z');
    expect((await app.ok('retention.run', {})).deleted.map((d) => d.id)).toEqual([completed.id]);
    expect((await app.ok('exchanges.list', { status: 'alle' })).rows.map((r) => r.id)).toEqual([active.id]);

    app.close();
    app = openTestApp();
    const second = await threeExchanges(app);
    app.setNow('2026-06-07T00:00:00Z');
    const preview = await app.ok('retention.saveSettings', { closedMonths: 1, refusedMonths: 1 });
    expect(preview.settings).toEqual({ closedMonths: 1, refusedMonths: 1 });
    expect(preview.due.map((d) => [d.id, d.rule])).toEqual([
      [second.refused.id, 'avslatt'],
      [second.completed.id, 'avsluttet'],
    ]);
    expect(await app.ok('retention.preview', {})).toEqual(preview);
  });

  it('runs by itself when the app starts, as the app (not the coordinator)', async () => {
    app = openTestApp();
    const { refused } = await threeExchanges(app);
    const { dataDir, key } = app;
    app.close();
    app = openTestApp({ dataDir, key, now: '2026-07-01T00:00:00Z' });
    await app.maintenance();
    expect(app.db.prepare('SELECT id FROM exchanges WHERE id = ?').get(refused.id)).toBeUndefined();
    expect(app.db.prepare("SELECT actor, detail FROM audit_log WHERE action = 'slettet'").all()).toEqual([
      { actor: 'Bytteordning (automatisk)', detail: 'oppbevaringstid:avslatt' },
    ]);
    // The backup taken at the same start still holds it, for as long as backups are kept.
    expect(app.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'sikkerhetskopi.laget'").get()).toEqual({ n: 1 });
  });

  it('a reopened exchange is no longer closed, so it is not deleted', async () => {
    app = openTestApp();
    const { refused } = await threeExchanges(app);
    await app.ok('exchanges.act', { id: refused.id, action: { type: 'gjenapne', grunn: 'Ny vurdering etter nytt møte.' } });
    app.setNow('2027-01-01T00:00:00Z');
    expect((await app.ok('retention.run', {})).deleted.map((d) => d.id)).not.toContain(refused.id);
  });

  it('validates the periods and needs setup first', async () => {
    app = openTestApp();
    expect(await app.dispatch('retention.preview', {})).toMatchObject({ ok: false, error: { code: 'IKKE_SATT_OPP' } });
    await setUpAs(app);
    for (const bad of [{ closedMonths: 0, refusedMonths: 3 }, { closedMonths: 12, refusedMonths: 121 }, { closedMonths: 1.5, refusedMonths: 3 }]) {
      expect(await app.dispatch('retention.saveSettings', bad)).toMatchObject({ ok: false, error: { code: 'UGYLDIG_INNDATA' } });
    }
    expect((await app.ok('retention.preview', {})).settings).toEqual({ closedMonths: 12, refusedMonths: 3 });
  });
});
