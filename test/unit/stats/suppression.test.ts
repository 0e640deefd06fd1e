import { describe, expect, it } from 'vitest';
import { MIN_GROUP, suppressCount, suppressParts, suppressSpread } from '../../../src/shared/stats/suppression';
import { formatFigure, HIDDEN_TEXT } from '../../../src/shared/stats/format';

describe('small-number suppression', () => {
  it('hides every count below three, zero included, and shows three and up', () => {
    expect(MIN_GROUP).toBe(3);
    expect([0, 1, 2, 3, 40].map(suppressCount)).toEqual([null, null, null, 3, 40]);
  });

  it('hides a second part when one hidden part could be worked out from the total', () => {
    // 1 would be 12 − 5 − 6 if only it were hidden, so the smallest shown part goes too.
    expect(suppressParts([5, 1, 6], 12)).toEqual({ parts: [null, null, 6], total: 12 });
  });

  it('hides more until the hidden parts add up to three or more', () => {
    // 1 + 0 hidden would still say «one person in one of these two»: 3 goes with them.
    expect(suppressParts([6, 3, 1, 0], 10)).toEqual({ parts: [6, null, null, null], total: 10 });
  });

  it('needs no more when the hidden parts add up to three or more, or to nothing', () => {
    expect(suppressParts([1, 2, 9], 12)).toEqual({ parts: [null, null, 9], total: 12 });
    expect(suppressParts([4, 3, 9], 16)).toEqual({ parts: [4, 3, 9], total: 16 });
    // A hidden 0 that can be worked out says nothing about any person.
    expect(suppressParts([4, 0], 4)).toEqual({ parts: [4, null], total: 4 });
  });

  it('hides everything when the total itself is small', () => {
    expect(suppressParts([1, 1, 0], 2)).toEqual({ parts: [null, null, null], total: null });
  });

  it('hides a lone part with a shown total only when it is small', () => {
    expect(suppressParts([7], 7)).toEqual({ parts: [7], total: 7 });
    expect(suppressParts([2], 2)).toEqual({ parts: [null], total: null });
  });

  it('hides every figure of a duration measured on fewer than three cases, n included', () => {
    const hidden = { n: null, median: null, p25: null, p75: null, min: null, max: null };
    expect(suppressSpread(null)).toEqual(hidden);
    expect(suppressSpread({ n: 2, median: 4, p25: 3, p75: 5, min: 3, max: 5 })).toEqual(hidden);
    expect(suppressSpread({ n: 3, median: 4, p25: 3.5, p75: 6, min: 3, max: 8 })).toEqual({ n: 3, median: 4, p25: 3.5, p75: 6, min: 3, max: 8 });
  });

  it('writes hidden figures as «færre enn 3» and numbers with a decimal comma', () => {
    expect(HIDDEN_TEXT).toBe('færre enn 3');
    expect(formatFigure(null)).toBe('færre enn 3');
    expect(formatFigure(12)).toBe('12');
    expect(formatFigure(12.25)).toBe('12,3');
    expect(formatFigure(12345)).toBe('12345');
    expect(formatFigure(-2.5)).toBe('-2,5');
  });
});
