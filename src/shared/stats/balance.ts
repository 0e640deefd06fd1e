import type { Balance, BalanceFigures } from '../contract-stats';
import type { DistrictId } from '../districts';
import { suppressParts } from './suppression';

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

/** Every year of the period for every partner, with totals; each column suppressed over its years and total. */
export function balanceFigures(district: DistrictId, partners: readonly DistrictId[], years: readonly number[], counts: readonly BalanceCount[]): Balance {
  return {
    district,
    years: [...years],
    pairs: partners.map((partner) => {
      const perYear = years.map((year) => counts.find((c) => c.partner === partner && c.year === year));
      const columns = KEYS.map((k) => {
        const parts = perYear.map((c) => c?.[k] ?? 0);
        return suppressParts(parts, parts.reduce((a, b) => a + b, 0));
      });
      const figuresAt = (pick: (col: (typeof columns)[number]) => number | null) =>
        Object.fromEntries(KEYS.map((k, i) => [k, pick(columns[i]!)])) as BalanceFigures;
      return {
        partner,
        years: years.map((year, y) => ({ year, ...figuresAt((col) => col.parts[y]!) })),
        total: figuresAt((col) => col.total),
      };
    }),
  };
}
