import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DURATION_MEASURES } from '../../../src/shared/contract-stats';
import { dateViolations } from '../../../src/shared/exchange/date-rules';
import type { ExchangeState } from '../../../src/shared/exchange/model';
import { seed } from '../../bench/seed';
import { openTestApp, tempDir, type TestApp } from '../../support/test-app';

/**
 * A year of realistic exchanges from the bench's generator (refusals, declined viewings,
 * withdrawals, exchanges still under way), each run through the routine's reducer: the
 * statistics over it count no negative or impossible duration, and no stored exchange breaks a
 * date rule.
 */
const TODAY = '2026-06-30';
const YEAR = { from: '2025-07-01', to: TODAY };

let app: TestApp;
beforeAll(async () => {
  const dataDir = tempDir('bytteordning-seeded-year-');
  const seeded = await seed(dataDir, { exchanges: 1_500, events: 30_000, today: TODAY, firstDay: YEAR.from }, () => {});
  app = openTestApp({ dataDir, key: seeded.key, now: `${TODAY}T10:00:00Z` });
}, 120_000);
afterAll(() => app?.close());

describe('the statistics over a seeded year', () => {
  it('count every duration as zero days or more, in every measure', async () => {
    const pilot = await app.ok('stats.pilot', YEAR);
    expect(pilot.durations.map((d) => d.measure)).toEqual([...DURATION_MEASURES]);
    for (const d of pilot.durations) {
      expect(d.n, d.measure).toBeGreaterThan(50);
      expect(d.min, d.measure).toBeGreaterThanOrEqual(0);
    }
    // Every row, not only the period's: the derived day counts the statistics read.
    const mins = app.db
      .prepare('SELECT min(answer_days) AS svar, min(allocation_days) AS tildeling, min(move_in_days) AS innflytting, min(follow_up_days) AS oppfolging FROM exchanges')
      .get() as Record<string, number>;
    for (const [measure, min] of Object.entries(mins)) expect(min, measure).toBeGreaterThanOrEqual(0);
  });

  it('hold only exchanges whose dates are facts: none in the future, none before what must come first', () => {
    const states = (app.db.prepare('SELECT state FROM exchanges').pluck().all() as string[]).map((s) => JSON.parse(s) as ExchangeState);
    expect(states.length).toBe(1_500);
    expect(states.filter((s) => s.avsluttet?.utfall === 'gjennomfort').length).toBeGreaterThan(100);
    expect(states.flatMap((s) => dateViolations(s, TODAY).map((v) => `${s.reference}: ${v.sentence}`))).toEqual([]);
  });
});
