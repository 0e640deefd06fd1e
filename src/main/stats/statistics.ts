import type { Balance, Pilot, StatsQuery } from '../../shared/contract-stats';
import type { DistrictId } from '../../shared/districts';
import { balanceFigures } from '../../shared/stats/balance';
import { pilotFigures } from '../../shared/stats/pilot';
import type { Db } from '../db/database';
import type { HandlerContext } from '../handlers/types';
import { createStatsRepository, type StatsRepository, yearsOf } from './stats-repository';

// One set of prepared statements per open database (the real one and training mode's).
const repositories = new WeakMap<Db, StatsRepository>();

function statsOf(db: Db): StatsRepository {
  let repo = repositories.get(db);
  if (!repo) {
    repo = createStatsRepository(db);
    repositories.set(db, repo);
  }
  return repo;
}

/** Partners with figures in the period, and every active pair of ours (so a new pair shows too). */
function partnersOf(ctx: HandlerContext, district: DistrictId, q: StatsQuery, withFigures: readonly DistrictId[]): DistrictId[] {
  if (q.partner) return [q.partner];
  const paired = ctx.pairs
    .list()
    .filter((p) => p.active && (p.districtA === district || p.districtB === district))
    .map((p) => (p.districtA === district ? p.districtB : p.districtA));
  return [...new Set([...paired, ...withFigures])].sort();
}

export function balanceFor(ctx: HandlerContext, district: DistrictId, q: StatsQuery): Balance {
  const counts = statsOf(ctx.db).balance(q);
  const partners = partnersOf(ctx, district, q, counts.map((c) => c.partner));
  return balanceFigures(district, partners, yearsOf(q).map((y) => y.year), counts);
}

export function pilotFor(ctx: HandlerContext, q: StatsQuery): Pilot {
  return pilotFigures(statsOf(ctx.db).pilot(q));
}
