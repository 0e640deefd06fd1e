import { describe, expect, it } from 'vitest';
import { MIN_GROUP, suppressCount, suppressParts, suppressSpread } from '../../../src/shared/stats/suppression';
import { formatFigure, HIDDEN_TEXT, wholeNumberTicks } from '../../../src/shared/stats/format';

describe('small-number suppression', () => {
  it('hides 1 and 2, and shows 0 (nobody is behind it) and three and up', () => {
    expect(MIN_GROUP).toBe(3);
    expect([0, 1, 2, 3, 40].map(suppressCount)).toEqual([0, null, null, 3, 40]);
  });

  it('hides a second part when one hidden part could be worked out from the total', () => {
    // 1 would be 12 − 5 − 6 if only it were hidden, so the smallest shown part goes too.
    expect(suppressParts([5, 1, 6], 12)).toEqual({ parts: [null, null, 6], total: 12 });
  });

  it('hides more until the hidden parts add up to three or more, never a zero for company', () => {
    // The 1 alone would be 10 − 6 − 3 − 0: the 3 goes with it; hiding the 0 would add no one.
    expect(suppressParts([6, 3, 1, 0], 10)).toEqual({ parts: [6, null, null, 0], total: 10 });
    expect(suppressParts([0, 1, 5], 6)).toEqual({ parts: [0, null, null], total: 6 });
  });

  it('needs no more when the hidden parts add up to three or more, or to nothing', () => {
    expect(suppressParts([1, 2, 9], 12)).toEqual({ parts: [null, null, 9], total: 12 });
    expect(suppressParts([4, 3, 9], 16)).toEqual({ parts: [4, 3, 9], total: 16 });
    expect(suppressParts([4, 0], 4)).toEqual({ parts: [4, 0], total: 4 });
  });

  it('hides everything when the total itself is small (a shown 0 would say where the 1 or 2 are), and shows a total of 0', () => {
    expect(suppressParts([1, 1, 0], 2)).toEqual({ parts: [null, null, null], total: null });
    expect(suppressParts([0, 0], 0)).toEqual({ parts: [0, 0], total: 0 });
  });

  it('hides a lone part with a shown total only when it is small', () => {
    expect(suppressParts([7], 7)).toEqual({ parts: [7], total: 7 });
    expect(suppressParts([2], 2)).toEqual({ parts: [null], total: null });
  });

  it('hides every figure of a duration measured on one or two cases, n included; with none, n is 0', () => {
    const hidden = { n: null, median: null, p25: null, p75: null, min: null, max: null };
    expect(suppressSpread(null)).toEqual({ ...hidden, n: 0 });
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
    expect(formatFigure(0)).toBe('0');
  });

  it('gives whole-number axis ticks from 0, never a fraction like 0.6000000000000001', () => {
    expect(wholeNumberTicks(0)).toEqual([0, 1]);
    expect(wholeNumberTicks(1)).toEqual([0, 1]);
    expect(wholeNumberTicks(3)).toEqual([0, 1, 2, 3]);
    expect(wholeNumberTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(wholeNumberTicks(44)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(wholeNumberTicks(230)).toEqual([0, 50, 100, 150, 200, 250]);
    for (let max = 0; max <= 1000; max += 0.5) expect(wholeNumberTicks(max).every((t) => Number.isInteger(t))).toBe(true);
  });
});
