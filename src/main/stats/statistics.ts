import type { Balance, Pilot, StatsQuery } from '../../shared/contract-stats';
import type { DistrictId } from '../../shared/districts';
import { balanceFigures } from '../../shared/stats/balance';
import { pilotFigures } from '../../shared/stats/pilot';
import { activePartnersOf } from '../../shared/settings';
import type { HandlerContext } from '../handlers/types';
import { yearsOf } from './stats-repository';

/** Partners with figures in the period, and every active pair of ours (so a new pair shows too). */
function partnersOf(ctx: HandlerContext, district: DistrictId, q: StatsQuery, withFigures: readonly DistrictId[]): DistrictId[] {
  if (q.partner) return [q.partner];
  return [...new Set([...activePartnersOf(ctx.pairs.list(), district), ...withFigures])].sort();
}

export function balanceFor(ctx: HandlerContext, district: DistrictId, q: StatsQuery): Balance {
  const counts = ctx.stats.balance(q);
  const partners = partnersOf(ctx, district, q, counts.map((c) => c.partner));
  return balanceFigures(district, partners, yearsOf(q).map((y) => y.year), counts);
}

export function pilotFor(ctx: HandlerContext, q: StatsQuery): Pilot {
  return pilotFigures(ctx.stats.pilot(q));
}
