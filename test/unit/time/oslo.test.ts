import { describe, expect, it } from 'vitest';
import { osloDayStart, osloOffsetMinutes, osloToday, osloWallClock, osloWallClockToUtc } from '../../../src/shared/time/oslo';

// 2026: summer time starts Sunday 29 March at 01:00 UTC (02:00 → 03:00) and ends Sunday
// 25 October at 01:00 UTC (03:00 → 02:00), the last Sundays of the months.
const at = (iso: string): number => Date.parse(iso);
const wall = (year: number, month: number, day: number, hour: number, minute: number) => ({ year, month, day, hour, minute });

describe('Oslo time across the summer-time changes', () => {
  it('has the winter offset up to the change in March and the summer offset from it', () => {
    expect(osloOffsetMinutes(at('2026-03-29T00:59:59Z'))).toBe(60);
    expect(osloOffsetMinutes(at('2026-03-29T01:00:00Z'))).toBe(120);
    expect(osloOffsetMinutes(at('2026-03-22T01:00:00Z'))).toBe(60); // a week earlier: not the last Sunday
  });

  it('has the summer offset up to the change in October and the winter offset from it', () => {
    expect(osloOffsetMinutes(at('2026-10-25T00:59:59Z'))).toBe(120);
    expect(osloOffsetMinutes(at('2026-10-25T01:00:00Z'))).toBe(60);
    expect(osloOffsetMinutes(at('2026-10-18T01:00:00Z'))).toBe(120);
  });

  it('reads a wall-clock time skipped in March with the offset before the gap', () => {
    expect(osloWallClockToUtc(wall(2026, 3, 29, 1, 59)).toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(osloWallClockToUtc(wall(2026, 3, 29, 2, 30)).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(osloWallClockToUtc(wall(2026, 3, 29, 3, 0)).toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('reads a wall-clock time that occurs twice in October as its first occurrence', () => {
    expect(osloWallClockToUtc(wall(2026, 10, 25, 2, 30)).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(osloWallClockToUtc(wall(2026, 10, 25, 3, 0)).toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });

  it('turns every instant of a year into its wall-clock time and back, except the repeated hour in October', () => {
    const repeatedHourStart = at('2026-10-25T01:00:00Z');
    for (let t = at('2026-01-01T00:00:00Z'); t < at('2027-01-01T00:00:00Z'); t += 3_600_000) {
      const back = osloWallClockToUtc(osloWallClock(new Date(t))).getTime();
      const repeated = t >= repeatedHourStart && t < repeatedHourStart + 3_600_000;
      expect(back, new Date(t).toISOString()).toBe(repeated ? t - 3_600_000 : t);
    }
  });

  it('dates today by the Oslo calendar, whatever the UTC date', () => {
    expect(osloToday(new Date('2026-03-28T22:59:00Z'))).toBe('2026-03-28');
    expect(osloToday(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    expect(osloToday(new Date('2026-10-24T21:59:00Z'))).toBe('2026-10-24');
    expect(osloToday(new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25');
  });

  it('begins each Oslo day at its own midnight, on both sides of both changes', () => {
    expect(osloDayStart('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(osloDayStart('2026-03-30')).toBe('2026-03-29T22:00:00.000Z');
    expect(osloDayStart('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
    expect(osloDayStart('2026-10-26')).toBe('2026-10-25T23:00:00.000Z');
  });
});
