import type { Spread } from './percentiles';

/**
 * Small-number suppression. Statistics leave main only through these functions, so a figure
 * about fewer than MIN_GROUP people never reaches the screen, a CSV file or a PDF.
 */

/** Groups smaller than this are hidden: with 1 or 2 people, a figure can point at a person. */
export const MIN_GROUP = 3;

/** A count or a measure that is shown, or null: hidden because it covers fewer than MIN_GROUP. */
export type Figure = number | null;

export function suppressCount(n: number): Figure {
  return n < MIN_GROUP ? null : n;
}

/**
 * Counts that add up to a shown total. The hidden parts' sum is the total minus the shown
 * parts, so hiding is no protection while that sum is itself 1 or 2 (one hidden part alone
 * gives itself away). Shown parts are then hidden too, smallest first, until the hidden sum
 * is 0 (no person behind it) or at least MIN_GROUP (complementary suppression).
 */
export function suppressParts(parts: readonly number[], total: number): { parts: Figure[]; total: Figure } {
  if (suppressCount(total) === null) return { parts: parts.map(() => null), total: null };
  const shown: Figure[] = parts.map(suppressCount);
  const hiddenSum = () => parts.reduce((sum, v, i) => (shown[i] === null ? sum + v : sum), 0);
  while (hiddenSum() > 0 && hiddenSum() < MIN_GROUP) {
    let smallest = -1;
    shown.forEach((v, i) => {
      if (v !== null && (smallest < 0 || v < shown[smallest]!)) smallest = i;
    });
    if (smallest < 0) break;
    shown[smallest] = null;
  }
  return { parts: shown, total };
}

/** Median and spread with every figure hidden, n included, when fewer than MIN_GROUP cases. */
export function suppressSpread(spread: Spread | null): { [K in keyof Spread]: Figure } {
  if (spread === null || spread.n < MIN_GROUP) return { n: null, median: null, p25: null, p75: null, min: null, max: null };
  return spread;
}
