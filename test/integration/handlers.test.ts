import { afterEach, describe, expect, it } from 'vitest';
import type { ExchangeAction } from '../../src/shared/exchange/actions';
import { fullRoutine, kandidat, profil } from '../support/fixtures';
import { openTestApp, setUpAs, type TestApp } from '../support/test-app';

let app: TestApp;
afterEach(() => app?.close());

async function newExchange(a: TestApp) {
  return a.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
}

/** Rows in every table: "nothing written" means all of these are unchanged. */
function snapshot(a: TestApp) {
  return {
    exchanges: a.count('exchanges'),
    events: a.count('events'),
    pairs: a.count('pairs'),
    settings: a.count('settings'),
    states: a.db.prepare('SELECT group_concat(state) AS s FROM exchanges').get(),
  };
}

describe('setup and pairs', () => {
  it('before setup, case channels are refused with IKKE_SATT_OPP', async () => {
    app = openTestApp();
    expect(await app.ok('setup.get', {})).toBeNull();
    const r = await app.dispatch('exchanges.list', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'IKKE_SATT_OPP' } });
  });

  it('setup as Stovner activates the pilot pair Stovner–Grünerløkka', async () => {
    app = openTestApp();
    const s = await setUpAs(app, 'stovner');
    expect(s).toMatchObject({ district: 'stovner', deadlines: { followUpDays: 7, stalledDays: 14, recentMeetingDays: 30 } });
    expect(await app.ok('pairs.list', {})).toEqual([expect.objectContaining({ districtA: 'grunerlokka', districtB: 'stovner', active: true })]);
  });

  it('setup as another district activates no pair; pairs can be added, paused and reactivated', async () => {
    app = openTestApp();
    await app.ok('setup.save', { district: 'alna', coordinatorName: 'A', coordinatorContact: 'a@oslo.kommune.no' });
    expect(await app.ok('pairs.list', {})).toEqual([]);
    await app.ok('pairs.save', { districtA: 'alna', districtB: 'bjerke', active: true });
    let pairs = await app.ok('pairs.save', { districtA: 'bjerke', districtB: 'alna', active: false });
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ active: false });
    const refused = await app.dispatch('exchanges.create', { partnerDistrict: 'bjerke', kandidat });
    expect(refused).toMatchObject({ ok: false, error: { code: 'IKKE_AKTIVT_PAR' } });
    pairs = await app.ok('pairs.save', { districtA: 'alna', districtB: 'bjerke', active: true });
    expect(pairs[0]).toMatchObject({ active: true });
    expect((await app.ok('exchanges.create', { partnerDistrict: 'bjerke', kandidat })).state.newDistrict).toBe('bjerke');
  });

  it('a pair of one district with itself is refused', async () => {
    app = openTestApp();
    await setUpAs(app);
    expect(await app.dispatch('pairs.save', { districtA: 'alna', districtB: 'alna', active: true })).toMatchObject({ ok: false, error: { code: 'SAMME_BYDEL' } });
  });

  it('the district cannot change once exchanges exist', async () => {
    app = openTestApp();
    await setUpAs(app);
    await newExchange(app);
    const r = await app.dispatch('setup.save', { district: 'alna', coordinatorName: 'X', coordinatorContact: 'x' });
    expect(r).toMatchObject({ ok: false, error: { code: 'ALLEREDE_SATT_OPP' } });
    expect((await app.ok('setup.get', {}))?.district).toBe('stovner');
  });

  it('deadlines are saved and validated', async () => {
    app = openTestApp();
    await setUpAs(app);
    expect((await app.ok('settings.saveDeadlines', { followUpDays: 5, stalledDays: 21, recentMeetingDays: 14 })).deadlines.stalledDays).toBe(21);
    expect(await app.dispatch('settings.saveDeadlines', { followUpDays: 0, stalledDays: 21, recentMeetingDays: 14 })).toMatchObject({ ok: false, error: { code: 'UGYLDIG_INNDATA' } });
  });
});

describe('exchanges', () => {
  it('creating a candidate writes the exchange and its history event in one go', async () => {
    app = openTestApp();
    await setUpAs(app);
    const d = await newExchange(app);
    expect(d.state.reference).toMatch(/^BYTTE-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(d.currentStep).toBe('brukerprofil');
    expect(d.statuses.kandidat).toBe('done');
    expect(app.count('exchanges')).toBe(1);
    const history = await app.ok('exchanges.history', { id: d.id });
    expect(history).toEqual([expect.objectContaining({ action: 'opprettet', actor: 'Kari Koordinator, bydel Stovner', step: 'kandidat' })]);
    const list = await app.ok('exchanges.list', { direction: 'utgaende' });
    expect(list.total).toBe(1);
    expect(list.rows[0]).toMatchObject({ reference: d.state.reference, partnerDistrict: 'grunerlokka', currentStep: 'brukerprofil', nextAction: { code: 'fyll_ut_brukerprofil', side: 'vi' } });
  });

  it('runs the whole routine through the dispatcher, one history event per action', async () => {
    app = openTestApp({ now: '2026-03-02T09:00:00Z' });
    await setUpAs(app);
    const d = await newExchange(app);
    for (const action of fullRoutine()) {
      const date = 'dato' in action ? action.dato : '2026-05-06';
      app.setNow(`${date}T10:00:00Z`);
      await app.ok('exchanges.act', { id: d.id, action });
    }
    const done = await app.ok('exchanges.get', { id: d.id });
    expect(done.state.avsluttet?.utfall).toBe('gjennomfort');
    expect(app.count('events')).toBe(fullRoutine().length + 1);
    const list = await app.ok('exchanges.list', { status: 'avsluttet' });
    expect(list.rows[0]).toMatchObject({ status: 'avsluttet', outcome: 'gjennomfort' });
    expect((await app.ok('exchanges.list', {})).total).toBe(0);
  });

  it('an out-of-order step is refused with a clear error and nothing is written', async () => {
    app = openTestApp();
    await setUpAs(app);
    const d = await newExchange(app);
    const before = snapshot(app);
    const attempts: ExchangeAction[] = [
      { type: 'svar.registrer', svar: { svar: 'ja', dato: '2026-03-03', kommentar: '' } },
      { type: 'tildeling.tildelt', dato: '2026-03-03' },
      { type: 'visning.utfall', utfall: 'akseptert', grunn: '', dato: '2026-03-03' },
      { type: 'ansvar_ny.lagre', ansvar: { overfortDato: '2026-03-03' } },
      { type: 'brukerprofil.sendt', dato: '2026-03-03' },
    ];
    for (const action of attempts) {
      const r = await app.dispatch('exchanges.act', { id: d.id, action });
      expect(r.ok, action.type).toBe(false);
      if (!r.ok) {
        expect(['STEG_IKKE_KLART', 'PROFIL_UFULLSTENDIG']).toContain(r.error.code);
        expect(r.error.message).toMatch(/[a-zæøå]/);
      }
    }
    expect(snapshot(app)).toEqual(before);
  });

  it('the profile is refused for sending while its free text holds an identifier, until dismissed', async () => {
    app = openTestApp();
    await setUpAs(app);
    const d = await newExchange(app);
    const leaky = { ...profil, annet: 'Kan nås på 412 34 567 etter kl. 12.' };
    await app.ok('exchanges.act', { id: d.id, action: { type: 'brukerprofil.lagre', profil: leaky, avvisteFunn: [] } });
    const before = snapshot(app);
    const r = await app.dispatch('exchanges.act', { id: d.id, action: { type: 'brukerprofil.sendt', dato: '2026-03-03' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'PROFIL_HAR_FUNN' } });
    expect(snapshot(app)).toEqual(before);
    await app.ok('exchanges.act', {
      id: d.id,
      action: { type: 'brukerprofil.lagre', profil: leaky, avvisteFunn: [{ felt: 'annet', tekst: '412 34 567', grunn: 'Nummeret er bydelens vakttelefon.' }] },
    });
    const sent = await app.ok('exchanges.act', { id: d.id, action: { type: 'brukerprofil.sendt', dato: '2026-03-03' } });
    expect(sent.statuses.brukerprofil).toBe('done');
    const history = await app.ok('exchanges.history', { id: d.id });
    expect(history.map((h) => h.summary).join('\n')).toMatch(/1 mulige personopplysninger er vurdert og avvist/);
  });

  it('an incoming exchange is registered with the old district\'s reference, once', async () => {
    app = openTestApp();
    await setUpAs(app, 'grunerlokka');
    const d = await app.ok('exchanges.registerIncoming', { partnerDistrict: 'stovner', reference: 'bytte-ab12-cd34', malgruppe: ['rus'] });
    expect(d.state).toMatchObject({ reference: 'BYTTE-AB12-CD34', direction: 'innkommende', oldDistrict: 'stovner', newDistrict: 'grunerlokka' });
    expect(d.nextAction).toMatchObject({ code: 'fyll_ut_brukerprofil', side: 'partner' });
    expect(await app.dispatch('exchanges.registerIncoming', { partnerDistrict: 'stovner', reference: 'BYTTE-AB12-CD34', malgruppe: ['rus'] })).toMatchObject({
      ok: false,
      error: { code: 'REFERANSE_FINNES' },
    });
  });

  it('lists filter by direction, partner, step, search and overdue, and page', async () => {
    app = openTestApp({ now: '2026-03-02T09:00:00Z' });
    await setUpAs(app);
    await app.ok('pairs.save', { districtA: 'stovner', districtB: 'alna', active: true });
    const ids: number[] = [];
    for (let i = 0; i < 7; i++) ids.push((await app.ok('exchanges.create', { partnerDistrict: i % 2 ? 'alna' : 'grunerlokka', kandidat })).id);
    await app.ok('exchanges.registerIncoming', { partnerDistrict: 'alna', reference: 'BYTTE-ZZZZ-0001', malgruppe: ['rus'] });
    expect((await app.ok('exchanges.list', {})).total).toBe(8);
    expect((await app.ok('exchanges.list', { direction: 'innkommende' })).total).toBe(1);
    expect((await app.ok('exchanges.list', { partner: 'alna' })).total).toBe(4);
    expect((await app.ok('exchanges.list', { search: 'zzzz' })).rows.map((r) => r.reference)).toEqual(['BYTTE-ZZZZ-0001']);
    expect((await app.ok('exchanges.list', { step: 'brukerprofil', direction: 'utgaende' })).total).toBe(7);
    const page = await app.ok('exchanges.list', { limit: 3, offset: 3, sort: 'eldste' });
    expect(page.rows.map((r) => r.id)).toEqual(ids.slice(3, 6));
    expect((await app.ok('exchanges.list', { overdueOnly: true })).total).toBe(0);
    app.setNow('2026-03-30T09:00:00Z');
    const overdue = await app.ok('exchanges.list', { overdueOnly: true });
    expect(overdue.total).toBe(8);
    expect(overdue.rows[0]?.nextAction).toMatchObject({ overdue: true, dueDate: '2026-03-16' });
  });

  it('an unknown exchange id gets BYTTE_FINNES_IKKE', async () => {
    app = openTestApp();
    await setUpAs(app);
    expect(await app.dispatch('exchanges.get', { id: 4242 })).toMatchObject({ ok: false, error: { code: 'BYTTE_FINNES_IKKE' } });
    expect(await app.dispatch('exchanges.act', { id: 4242, action: { type: 'gjenapne', grunn: 'x' } })).toMatchObject({ ok: false, error: { code: 'BYTTE_FINNES_IKKE' } });
  });

  it('everything is still there after closing and reopening the database file', async () => {
    app = openTestApp();
    await setUpAs(app);
    const d = await newExchange(app);
    await app.ok('exchanges.act', { id: d.id, action: { type: 'brukerprofil.lagre', profil, avvisteFunn: [] } });
    app.close();
    app = openTestApp({ dataDir: app.dataDir, key: app.key });
    const again = await app.ok('exchanges.get', { id: d.id });
    expect(again.state.brukerprofil?.profil.aldersgruppe).toBe('36-45');
    expect((await app.ok('exchanges.history', { id: d.id })).length).toBe(2);
  });
});
