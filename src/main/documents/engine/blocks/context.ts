import type { Tagger } from '../tagging';
import type { Typesetter } from '../typesetter';

/** What a block needs to lay itself out: measuring, structure, and the column it fills. */
export interface LayoutContext {
  readonly ts: Typesetter;
  readonly tagger: Tagger;
  readonly x: number;
  readonly width: number;
}

/**
 * Keep-with-next flags for a run of `n` line fragments: never one line alone at the
 * bottom of a page (orphan) or at the top of the next (widow); runs of up to
 * `togetherUpTo` lines are not split at all.
 */
export function keepFlags(n: number, togetherUpTo = 0): boolean[] {
  return Array.from({ length: n }, (_, i) => {
    if (i === n - 1) return false;
    if (n <= togetherUpTo) return true;
    return i === 0 || i === n - 2;
  });
}
