import { describe, expect, it } from 'vitest';
import { quantile, spreadOf } from '../../../src/shared/stats/percentiles';

describe('quantile (linear between closest ranks, as Excel PERCENTILE.INC)', () => {
  it('gives the known values of a small list', () => {
    const v = [1, 2, 3, 4];
    expect(quantile(v, 0)).toBe(1);
    expect(quantile(v, 0.25)).toBe(1.75);
    expect(quantile(v, 0.5)).toBe(2.5);
    expect(quantile(v, 0.75)).toBe(3.25);
    expect(quantile(v, 1)).toBe(4);
  });

  it('is the value itself for one value, and refuses nonsense', () => {
    expect(quantile([7], 0.5)).toBe(7);
    expect(() => quantile([], 0.5)).toThrow();
    expect(() => quantile([1], 1.5)).toThrow();
  });
});

describe('spreadOf', () => {
  it('sorts first and reports n, median, quartiles and range', () => {
    // Days from profile sent to answer in five hand-made exchanges.
    expect(spreadOf([10, 3, 7, 30, 5])).toEqual({ n: 5, median: 7, p25: 5, p75: 10, min: 3, max: 30 });
  });

  it('has no spread for no cases', () => {
    expect(spreadOf([])).toBeNull();
  });

  it('does not reorder the caller’s list', () => {
    const v = [3, 1, 2];
    spreadOf(v);
    expect(v).toEqual([3, 1, 2]);
  });
});
