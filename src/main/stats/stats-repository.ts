import type { Db } from '../db/database';
import type { DurationMeasure, StatsQuery } from '../../shared/contract-stats';
import { DISTRICTS, type DistrictId } from '../../shared/districts';
import { districtIdSchema } from '../../shared/district-schema';
import { AVSLAGSGRUNNER, DIRECTIONS, UTFALL, VISNING_AVSLAGSGRUNNER, type VisningAvslagsgrunn } from '../../shared/exchange/model';
import { addDays, osloDayStart } from '../../shared/exchange/primitives';
import type { BalanceCount } from '../../shared/stats/balance';
import type { PilotRaw } from '../../shared/stats/pilot';
import { z } from 'zod';

/** Our own enum values as an SQL list: an IN list on an index's first column is one seek per value, in order. */
function sqlList(values: readonly string[]): string {
  return values.map((v) => `'${sqlCode(v)}'`).join(', ');
}

/** One of our own codes, safe inside SQL as a name or a quoted value. */
function sqlCode(value: string): string {
  if (!/^[a-z_]+$/.test(value)) throw new Error('not a code');
  return value;
}

const PARTNER = '(@partner IS NULL OR partner_district = @partner)';
const IN_PERIOD = (column: string) => `${column} BETWEEN @from AND @to AND ${PARTNER}`;
const YEAR_COUNTS = (column: string) =>
  `SELECT direction, partner_district AS partner, count(*) AS n FROM exchanges
    WHERE direction IN (${sqlList(DIRECTIONS)}) AND partner_district IN (SELECT value FROM json_each(@partners))
      AND ${column} BETWEEN @from AND @to
    GROUP BY direction, partner_district`;

/**
 * The statistics' SQL over the columns and indexes of migration 004. Each query is one range
 * (or one seek per code) of one index; none reads an exchange's row (see the plans in
 * test/integration/stats/plans.test.ts).
 */
export const STATS_SQL = {
  started: `SELECT count(*) FROM exchanges WHERE created_at >= @fromInstant AND created_at < @toInstant AND ${PARTNER}`,
  closed: `SELECT outcome, count(*) AS n FROM exchanges WHERE outcome IN (${sqlList(UTFALL)}) AND ${IN_PERIOD('closed_date')} GROUP BY outcome`,
  refusals: `SELECT refusal_reason AS reason, count(*) AS n FROM exchanges
    WHERE refusal_reason IN (${sqlList(AVSLAGSGRUNNER)}) AND ${IN_PERIOD('answer_date')} GROUP BY refusal_reason`,
  declined: `SELECT coalesce(sum(declined_viewings), 0) AS viewings, count(*) AS exchanges,
    ${VISNING_AVSLAGSGRUNNER.map((r) => `coalesce(sum(declined_${sqlCode(r)}), 0) AS ${sqlCode(r)}`).join(', ')}
    FROM exchanges WHERE ${IN_PERIOD('last_viewing_date')} AND declined_viewings > 0`,
  durations: {
    svar: `SELECT answer_days FROM exchanges WHERE ${IN_PERIOD('answer_date')} AND answer_days IS NOT NULL`,
    tildeling: `SELECT allocation_days FROM exchanges WHERE ${IN_PERIOD('allocated_date')} AND allocation_days IS NOT NULL`,
    innflytting: `SELECT move_in_days FROM exchanges WHERE ${IN_PERIOD('move_in_date')} AND move_in_days IS NOT NULL`,
    oppfolging: `SELECT follow_up_days FROM exchanges WHERE ${IN_PERIOD('first_follow_up_date')} AND follow_up_days IS NOT NULL`,
  } satisfies Record<DurationMeasure, string>,
  sent: YEAR_COUNTS('profile_sent_date'),
  accepted: YEAR_COUNTS('accepted_date'),
} as const;

export interface StatsParams {
  from: string;
  to: string;
  partner: string | null;
  fromInstant: string;
  toInstant: string;
  partners: string;
}

/** A query's statement parameters: stored dates as they are, the period's ends as instants for created_at. */
export function statsParams(q: StatsQuery): StatsParams {
  return {
    from: q.from,
    to: q.to,
    partner: q.partner ?? null,
    fromInstant: osloDayStart(q.from),
    toInstant: osloDayStart(addDays(q.to, 1)),
    partners: JSON.stringify(q.partner ? [q.partner] : DISTRICTS.map((d) => d.id)),
  };
}

/** The period cut into calendar years, each as its own query: grouping by year would sort every row. */
export function yearsOf(q: StatsQuery): { year: number; query: StatsQuery }[] {
  const first = Number(q.from.slice(0, 4));
  const last = Number(q.to.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const year = first + i;
    const from = year === first ? q.from : `${year}-01-01`;
    const to = year === last ? q.to : `${year}-12-31`;
    return { year, query: { ...q, from, to } };
  });
}

const outcomeSchema = z.enum(UTFALL);
const reasonSchema = z.enum(AVSLAGSGRUNNER);
const yearCountSchema = z.object({ direction: z.enum(DIRECTIONS), partner: districtIdSchema, n: z.number() });

export function createStatsRepository(db: Db) {
  const started = db.prepare<StatsParams, number>(STATS_SQL.started).pluck();
  const closed = db.prepare<StatsParams, { outcome: string; n: number }>(STATS_SQL.closed);
  const refusals = db.prepare<StatsParams, { reason: string; n: number }>(STATS_SQL.refusals);
  const declined = db.prepare<StatsParams, { viewings: number; exchanges: number } & Record<VisningAvslagsgrunn, number>>(STATS_SQL.declined);
  const days = (m: DurationMeasure) => db.prepare<StatsParams, number>(STATS_SQL.durations[m]).pluck();
  const durations = { svar: days('svar'), tildeling: days('tildeling'), innflytting: days('innflytting'), oppfolging: days('oppfolging') };
  const sent = db.prepare<StatsParams, unknown>(STATS_SQL.sent);
  const accepted = db.prepare<StatsParams, unknown>(STATS_SQL.accepted);

  return {
    pilot(q: StatsQuery): PilotRaw {
      const p = statsParams(q);
      const d = declined.get(p)!;
      return {
        started: started.get(p)!,
        closedByOutcome: Object.fromEntries(closed.all(p).map((r) => [outcomeSchema.parse(r.outcome), r.n])),
        durations: {
          svar: durations.svar.all(p),
          tildeling: durations.tildeling.all(p),
          innflytting: durations.innflytting.all(p),
          oppfolging: durations.oppfolging.all(p),
        },
        refusalsByReason: Object.fromEntries(refusals.all(p).map((r) => [reasonSchema.parse(r.reason), r.n])),
        declinedViewings: d.viewings,
        exchangesWithDeclinedViewings: d.exchanges,
        declinedByReason: Object.fromEntries(VISNING_AVSLAGSGRUNNER.map((r) => [r, d[r]])),
      };
    },

    /** People sent and dwellings given, per partner and year, seen from our district (non-empty ones only). */
    balance(q: StatsQuery): BalanceCount[] {
      const out: BalanceCount[] = [];
      for (const { year, query } of yearsOf(q)) {
        const p = statsParams(query);
        const byPartner = new Map<DistrictId, BalanceCount>();
        const at = (partner: DistrictId) => {
          let c = byPartner.get(partner);
          if (!c) byPartner.set(partner, (c = { partner, year, sentByUs: 0, sentByPartner: 0, dwellingsByUs: 0, dwellingsByPartner: 0 }));
          return c;
        };
        for (const row of sent.all(p)) {
          const r = yearCountSchema.parse(row);
          // Outgoing: we are the old district and sent the person.
          at(r.partner)[r.direction === 'utgaende' ? 'sentByUs' : 'sentByPartner'] += r.n;
        }
        for (const row of accepted.all(p)) {
          const r = yearCountSchema.parse(row);
          // The new (receiving) district gives the dwelling: the partner, when the exchange is outgoing.
          at(r.partner)[r.direction === 'utgaende' ? 'dwellingsByPartner' : 'dwellingsByUs'] += r.n;
        }
        out.push(...byPartner.values());
      }
      return out;
    },
  };
}
export type StatsRepository = ReturnType<typeof createStatsRepository>;
