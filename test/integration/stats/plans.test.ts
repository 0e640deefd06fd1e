import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listQuerySchema } from '../../../src/shared/contract';
import { LIST_SORTS } from '../../../src/shared/list-order';
import { listSql } from '../../../src/main/repositories/exchange-list-sql';
import { STATS_SQL, statsParams } from '../../../src/main/stats/stats-repository';
import { openTestApp, setUpAs, type TestApp } from '../../support/test-app';

/**
 * Query plans, the guarantee behind the speed at 100,000 exchanges: every list and statistics
 * query reads one index (a range or a seek per code), never the exchange rows, and never
 * sorts. Indexes on virtual columns show as "USING INDEX" rather than "COVERING": SQLite
 * still takes the values from the index (see migration 004).
 */
let app: TestApp;
beforeAll(async () => {
  app = openTestApp();
  await setUpAs(app);
});
afterAll(() => app?.close());

function plan(sql: string, params: object): string {
  return app.db
    .prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .all(params)
    .map((r) => (r as { detail: string }).detail)
    .join(' | ');
}

const FILTERS = [
  {},
  { status: 'alle' },
  { status: 'avsluttet' },
  { direction: 'utgaende' },
  { partner: 'grunerlokka', status: 'alle' },
  { step: 'tildeling', direction: 'innkommende' },
  { overdueOnly: true },
  { search: 'AB12', status: 'alle' },
  { createdFrom: '2025-01-01', createdTo: '2025-12-31', status: 'alle' },
  { createdFrom: '2026-01-01', partner: 'alna', step: 'visning' },
] as const;

describe('the overview’s list', () => {
  for (const sort of LIST_SORTS) {
    it(`walks one covering index for every filter, sorted by ${sort}, without sorting`, () => {
      for (const filter of FILTERS) {
        const { countSql, pageSql, params } = listSql(listQuerySchema.parse({ ...filter, sort }), '2026-06-30');
        const page = plan(pageSql, params);
        expect(page, JSON.stringify(filter)).toMatch(/^(SCAN|SEARCH) exchanges USING COVERING INDEX exchanges_list_\w+( \(.*\))?$/);
        // An unfiltered count(*) is SQLite's own shortcut: it counts the smallest index.
        const countIndex = JSON.stringify(filter) === '{"status":"alle"}' ? 'sqlite_autoindex_exchanges_1' : 'exchanges_list_\\w+';
        expect(plan(countSql, params), JSON.stringify(filter)).toMatch(new RegExp(`^(SCAN|SEARCH) exchanges USING COVERING INDEX ${countIndex}( \\(.*\\))?$`));
      }
    });
  }

  it('seeks, rather than scans, where the filter allows', () => {
    const seek = (q: object) => listSql(listQuerySchema.parse(q), '2026-06-30');
    const period = seek({ createdFrom: '2025-01-01', createdTo: '2025-12-31', sort: 'nyeste' });
    expect(plan(period.pageSql, period.params)).toContain('SEARCH exchanges USING COVERING INDEX exchanges_list_created (created_at>? AND created_at<?)');
    expect(plan(period.countSql, period.params)).toContain('exchanges_list_created (created_at>? AND created_at<?)');
    const active = seek({ status: 'aktiv' });
    expect(plan(active.countSql, active.params)).toContain('SEARCH exchanges USING COVERING INDEX exchanges_list_status (status=?)');
  });
});

describe('the statistics', () => {
  const params = statsParams({ from: '2026-01-01', to: '2026-12-31' });
  const queries: [string, string, string][] = [
    ['started', STATS_SQL.started, 'exchanges_list_created (created_at>? AND created_at<?)'],
    ['closed', STATS_SQL.closed, 'exchanges_stats_closed (outcome=? AND closed_date>? AND closed_date<?)'],
    ['refusals', STATS_SQL.refusals, 'exchanges_stats_refusal (refusal_reason=? AND answer_date>? AND answer_date<?)'],
    ['declined', STATS_SQL.declined, 'exchanges_stats_declined_reasons (last_viewing_date>? AND last_viewing_date<?)'],
    ['svar', STATS_SQL.durations.svar, 'exchanges_stats_answer_days (answer_date>? AND answer_date<?)'],
    ['tildeling', STATS_SQL.durations.tildeling, 'exchanges_stats_allocation_days (allocated_date>? AND allocated_date<?)'],
    ['innflytting', STATS_SQL.durations.innflytting, 'exchanges_stats_move_in_days (move_in_date>? AND move_in_date<?)'],
    ['oppfolging', STATS_SQL.durations.oppfolging, 'exchanges_stats_follow_up_days (first_follow_up_date>? AND first_follow_up_date<?)'],
    ['sent', STATS_SQL.sent, 'exchanges_stats_sent (direction=? AND partner_district=? AND profile_sent_date>? AND profile_sent_date<?)'],
    ['accepted', STATS_SQL.accepted, 'exchanges_stats_accepted (direction=? AND partner_district=? AND accepted_date>? AND accepted_date<?)'],
  ];
  for (const [name, sql, index] of queries) {
    it(`${name}: one index range, no table scan, no sort`, () => {
      const p = plan(sql, params);
      expect(p).toMatch(new RegExp(`^SEARCH exchanges USING (COVERING )?INDEX ${index.replace(/[()?>]/g, '\\$&')}`));
      expect(p).not.toMatch(/SCAN exchanges|TEMP B-TREE/);
    });
  }
});
