/** Order statistics over whole-day durations. Pure, so the same numbers come out everywhere. */

/**
 * The p-quantile (0 ≤ p ≤ 1) of values sorted ascending, by linear interpolation between
 * closest ranks (Excel's PERCENTILE.INC, R's type 7): the definition most readers know.
 */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) throw new Error('quantile of an empty list');
  if (p < 0 || p > 1) throw new Error(`quantile p out of range: ${p}`);
  const rank = (sorted.length - 1) * p;
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return a + (b - a) * (rank - lo);
}

export interface Spread {
  n: number;
  median: number;
  p25: number;
  p75: number;
  min: number;
  max: number;
}

/** Median and spread of a list of durations, or null when there is none. */
export function spreadOf(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  // A typed array sorts numerically, and several times faster than an array of numbers.
  const sorted = Float64Array.from(values).sort();
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
  };
}
