/** Timing with warm-up and percentiles, for the bench. */

export interface Timing {
  p50: number;
  p95: number;
  runs: number;
}

/** Nearest-rank percentile of samples sorted ascending. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), runs: sorted.length };
}

export async function elapsed(fn: () => unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/**
 * Times two ways of doing the same work, interleaved so both see the same background load,
 * in alternating order: `warmup` unrecorded rounds first, then `runs` recorded ones.
 */
export async function timePair(
  a: (i: number) => unknown,
  b: (i: number) => unknown,
  { warmup, runs }: { warmup: number; runs: number },
): Promise<[Timing, Timing]> {
  const sa: number[] = [];
  const sb: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    // Each goes first every other round: the second of a pair finds what the first left warm.
    let ta: number;
    let tb: number;
    if (i % 2 === 0) {
      ta = await elapsed(() => a(i));
      tb = await elapsed(() => b(i));
    } else {
      tb = await elapsed(() => b(i));
      ta = await elapsed(() => a(i));
    }
    if (i >= warmup) {
      sa.push(ta);
      sb.push(tb);
    }
  }
  return [summarize(sa), summarize(sb)];
}
