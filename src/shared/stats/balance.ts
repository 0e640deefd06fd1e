import type { Balance, BalanceDifference, BalanceFigures } from '../contract-stats';
import type { DistrictId } from '../districts';
import { type Figure, possibleCounts, suppressParts } from './suppression';

/** Raw counts for one partner and one year, seen from this installation's district. */
export interface BalanceCount {
  partner: DistrictId;
  year: number;
  sentByUs: number;
  sentByPartner: number;
  dwellingsByUs: number;
  dwellingsByPartner: number;
}

const KEYS = ['sentByUs', 'sentByPartner', 'dwellingsByUs', 'dwellingsByPartner'] as const satisfies readonly (keyof BalanceFigures)[];

/**
 * Whether telling `told(ours, theirs)` leaves each hidden count exactly as uncertain as it was
 * («færre enn 3»: 1 or 2): every value it could have still goes with some value of the other.
 */
function tellsNothingMore(told: (x: number, y: number) => number, ours: number, theirs: number, shownOurs: Figure, shownTheirs: Figure): boolean {
  const xs = possibleCounts(shownOurs);
  const ys = possibleCounts(shownTheirs);
  const fits = xs.flatMap((x) => ys.filter((y) => told(x, y) === told(ours, theirs)).map((y) => [x, y] as const));
  return xs.every((x) => fits.some(([fx]) => fx === x)) && ys.every((y) => fits.some(([, fy]) => fy === y));
}

/**
 * The balance of one measure over the period, as precisely as the hidden totals allow. Whether
 * the two are equal never narrows a hidden count: with both hidden, each of 1 and 2 goes with
 * an equal and an unequal other; with one hidden, the shown one (0 or 3 and more) is never equal
 * to it, as the reader already knows. So that is always a safe last answer.
 */
export function balanceDifference(ours: number, theirs: number, shownOurs: Figure, shownTheirs: Figure): BalanceDifference {
  if (tellsNothingMore((x, y) => x - y, ours, theirs, shownOurs, shownTheirs)) return { shown: 'exact', difference: ours - theirs };
  if (tellsNothingMore((x, y) => Math.sign(x - y), ours, theirs, shownOurs, shownTheirs)) {
    return { shown: 'direction', more: ours > theirs ? 'us' : 'partner' };
  }
  return { shown: 'equality', equal: ours === theirs };
}

/** Every year of the period for every partner, with totals; each column suppressed over its years and total. */
export function balanceFigures(district: DistrictId, partners: readonly DistrictId[], years: readonly number[], counts: readonly BalanceCount[]): Balance {
  return {
    district,
    years: [...years],
    pairs: partners.map((partner) => {
      const perYear = years.map((year) => counts.find((c) => c.partner === partner && c.year === year));
      const sums = KEYS.map((k) => perYear.reduce((sum, c) => sum + (c?.[k] ?? 0), 0));
      const columns = KEYS.map((k, i) => suppressParts(perYear.map((c) => c?.[k] ?? 0), sums[i]!));
      const figuresAt = (pick: (col: (typeof columns)[number]) => number | null) =>
        Object.fromEntries(KEYS.map((k, i) => [k, pick(columns[i]!)])) as BalanceFigures;
      const total = figuresAt((col) => col.total);
      return {
        partner,
        years: years.map((year, y) => ({ year, ...figuresAt((col) => col.parts[y]!) })),
        total,
        difference: {
          sent: balanceDifference(sums[0]!, sums[1]!, total.sentByUs, total.sentByPartner),
          dwellings: balanceDifference(sums[2]!, sums[3]!, total.dwellingsByUs, total.dwellingsByPartner),
        },
      };
    }),
  };
}
