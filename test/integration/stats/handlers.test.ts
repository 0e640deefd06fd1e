import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, setUpAs, type TestApp } from '../../support/test-app';
import { seedPilotYear } from '../../support/stats-dataset';

let app: TestApp;
beforeAll(async () => {
  app = openTestApp({ now: '2026-06-30T10:00:00Z' });
  await setUpAs(app, 'stovner');
  await seedPilotYear((channel, input) => app.ok(channel, input));
});
afterAll(() => app?.close());

const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const HIDDEN = { n: null, median: null, p25: null, p75: null, min: null, max: null };
const NONE = { ...HIDDEN, n: 0 };

describe('stats.pilot', () => {
  it('gives the hand-made year’s figures, with every group of 1 or 2 hidden and zeros shown', async () => {
    const pilot = await app.ok('stats.pilot', YEAR);
    expect(pilot.started).toBe(5);
    // Closed: 3 gjennomført, 1 avslått. The 1 hidden alone would be 4 − 3 − 0 − 0, so 3 goes too.
    expect(pilot.outcomes).toEqual([
      { outcome: 'gjennomfort', count: null },
      { outcome: 'avslatt', count: null },
      { outcome: 'trukket', count: 0 },
      { outcome: 'avbrutt', count: 0 },
    ]);
    expect(pilot.closed).toBe(4);
    expect(pilot.durations).toEqual([
      { measure: 'svar', n: 5, median: 7, p25: 5, p75: 10, min: 3, max: 15 },
      { measure: 'tildeling', n: 4, median: 38.5, p25: 35.75, p75: 41, min: 32, max: 44 },
      { measure: 'innflytting', n: 3, median: 10, p25: 10, p75: 10, min: 10, max: 10 },
      { measure: 'oppfolging', n: 3, median: 3, p25: 1.5, p75: 6.5, min: 0, max: 10 },
    ]);
    expect(pilot.refusals.total).toBeNull();
    expect(pilot.refusals.reasons.every((r) => r.count === null)).toBe(true);
    // A–D each declined one dwelling as too small (the fixture's reason) before accepting another.
    expect(pilot.declinedViewings).toMatchObject({ viewings: 4, exchanges: 4 });
    expect(pilot.declinedViewings.reasons.filter((r) => r.count !== 0)).toEqual([{ reason: 'storrelse', count: 4 }]);
  });

  it('counts nothing outside the period, and narrows to one partner', async () => {
    const before = await app.ok('stats.pilot', { from: '2025-01-01', to: '2025-12-31' });
    expect(before.started).toBe(0);
    expect(before.durations.map(({ measure: _, ...d }) => d)).toEqual([NONE, NONE, NONE, NONE]);
    const spring = await app.ok('stats.pilot', { from: '2026-03-01', to: '2026-03-31' });
    expect(spring.durations[0]).toEqual({ measure: 'svar', n: 5, median: 7, p25: 5, p75: 10, min: 3, max: 15 });
    expect(spring.durations[1]).toEqual({ measure: 'tildeling', ...NONE });
    const alna = await app.ok('stats.pilot', { ...YEAR, partner: 'alna' });
    expect(alna.started).toBe(0);
    expect(alna.durations[0]).toEqual({ measure: 'svar', ...NONE });
  });

  it('refuses a period that ends before it starts, in Norwegian', async () => {
    const r = await app.dispatch('stats.pilot', { from: '2026-12-31', to: '2026-01-01' });
    expect(r).toMatchObject({ ok: false, error: { code: 'UGYLDIG_INNDATA', fields: [{ path: 'to', message: 'Til-datoen kan ikke være før fra-datoen.' }] } });
  });
});

describe('stats.balance', () => {
  it('gives sent people and given dwellings per pair and year, seen from our district', async () => {
    const balance = await app.ok('stats.balance', YEAR);
    expect(balance).toEqual({
      district: 'stovner',
      years: [2026],
      pairs: [
        {
          partner: 'grunerlokka',
          // Stovner sent A, B, C and E; Grünerløkka sent D (1, hidden). Grünerløkka gave A, B, C
          // their dwellings; Stovner gave D its one (hidden).
          years: [{ year: 2026, sentByUs: 4, sentByPartner: null, dwellingsByUs: null, dwellingsByPartner: 3 }],
          total: { sentByUs: 4, sentByPartner: null, dwellingsByUs: null, dwellingsByPartner: 3 },
          // Which way it leans says nothing about the hidden 1s; «3 more» would.
          difference: { sent: { shown: 'direction', more: 'us' }, dwellings: { shown: 'direction', more: 'partner' } },
        },
      ],
    });
  });

  it('lists every year of a longer period, and a named partner even without exchanges', async () => {
    const two = await app.ok('stats.balance', { from: '2025-06-01', to: '2026-12-31' });
    expect(two.years).toEqual([2025, 2026]);
    expect(two.pairs[0]!.years.map((y) => y.year)).toEqual([2025, 2026]);
    expect(two.pairs[0]!.total.sentByUs).toBe(4);
    const alna = await app.ok('stats.balance', { ...YEAR, partner: 'alna' });
    const nothing = { sentByUs: 0, sentByPartner: 0, dwellingsByUs: 0, dwellingsByPartner: 0 };
    expect(alna.pairs).toEqual([
      {
        partner: 'alna',
        years: [{ year: 2026, ...nothing }],
        total: nothing,
        difference: { sent: { shown: 'exact', difference: 0 }, dwellings: { shown: 'exact', difference: 0 } },
      },
    ]);
  });
});
