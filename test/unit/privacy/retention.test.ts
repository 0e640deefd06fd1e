import { describe, expect, it } from 'vitest';
import { addMonths, deleteAfter, retentionRule } from '../../../src/shared/privacy/retention';

describe('retention periods', () => {
  it('adds calendar months, keeping the time of day', () => {
    expect(addMonths('2026-03-10T12:34:56.789Z', 3)).toBe('2026-06-10T12:34:56.789Z');
    expect(addMonths('2026-11-15T00:00:00.000Z', 2)).toBe('2027-01-15T00:00:00.000Z');
    expect(addMonths('2026-05-06T08:00:00.000Z', 12)).toBe('2027-05-06T08:00:00.000Z');
  });

  it('clamps to the end of a shorter month instead of spilling into the next', () => {
    expect(addMonths('2026-01-31T10:00:00.000Z', 1)).toBe('2026-02-28T10:00:00.000Z');
    expect(addMonths('2027-01-31T10:00:00.000Z', 13)).toBe('2028-02-29T10:00:00.000Z');
    expect(addMonths('2026-08-31T10:00:00.000Z', 1)).toBe('2026-09-30T10:00:00.000Z');
  });

  it('answered no goes by the shorter period, every other outcome by the longer', () => {
    const settings = { closedMonths: 12, refusedMonths: 3 };
    expect(retentionRule('avslatt')).toBe('avslatt');
    for (const outcome of ['gjennomfort', 'trukket', 'avbrutt', null]) expect(retentionRule(outcome)).toBe('avsluttet');
    expect(deleteAfter('2026-03-10T12:00:00.000Z', 'avslatt', settings)).toBe('2026-06-10T12:00:00.000Z');
    expect(deleteAfter('2026-03-10T12:00:00.000Z', 'trukket', settings)).toBe('2027-03-10T12:00:00.000Z');
  });
});
