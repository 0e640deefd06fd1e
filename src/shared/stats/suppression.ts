import type { Spread } from './percentiles';

/**
 * Small-number suppression. Statistics leave main only through these functions, so a figure
 * about fewer than MIN_GROUP people never reaches the screen, a CSV file or a PDF.
 */

/**
 * Groups of 1 or 2 are hidden: with so few people, a figure can point at a person. A true zero
 * is shown as 0: a group with nobody in it points at no one, and hiding it would only make a
 * small pilot unreadable. So a count hidden on its own is always 1 or 2 (1 to MIN_GROUP − 1).
 */
export const MIN_GROUP = 3;

/** A count or a measure that is shown, or null: hidden because it covers 1 to MIN_GROUP − 1 people. */
export type Figure = number | null;

export function suppressCount(n: number): Figure {
  return n > 0 && n < MIN_GROUP ? null : n;
}

/** What a reader knows a count suppressed on its own (suppressCount) may be: itself when shown, else any of 1 to MIN_GROUP − 1. */
export function possibleCounts(f: Figure): number[] {
  return f === null ? Array.from({ length: MIN_GROUP - 1 }, (_, i) => i + 1) : [f];
}

/**
 * Counts that add up to a shown total. The hidden parts' sum is the total minus the shown
 * parts, so hiding is no protection while that sum is itself 1 or 2 (one hidden part alone
 * gives itself away). Shown parts are then hidden too, the smallest above zero first (hiding
 * a zero adds no one), until the hidden sum is at least MIN_GROUP (complementary suppression).
 */
export function suppressParts(parts: readonly number[], total: number): { parts: Figure[]; total: Figure } {
  if (suppressCount(total) === null) return { parts: parts.map(() => null), total: null };
  const shown: Figure[] = parts.map(suppressCount);
  const hiddenSum = () => parts.reduce((sum, v, i) => (shown[i] === null ? sum + v : sum), 0);
  while (hiddenSum() > 0 && hiddenSum() < MIN_GROUP) {
    let smallest = -1;
    shown.forEach((v, i) => {
      if (v !== null && v > 0 && (smallest < 0 || v < shown[smallest]!)) smallest = i;
    });
    if (smallest < 0) break;
    shown[smallest] = null;
  }
  return { parts: shown, total };
}

/**
 * Median and spread with every figure hidden, n included, when 1 or 2 cases. With no case at
 * all n is 0 and there is no median to show (null, written as NO_VALUE_TEXT).
 */
export function suppressSpread(spread: Spread | null): { [K in keyof Spread]: Figure } {
  if (spread === null) return { n: 0, median: null, p25: null, p75: null, min: null, max: null };
  if (spread.n < MIN_GROUP) return { n: null, median: null, p25: null, p75: null, min: null, max: null };
  return spread;
}
