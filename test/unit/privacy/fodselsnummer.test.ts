import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { K1_WEIGHTS, controlDigit, withControlDigits, pad } from '../../support/fodselsnummer';
import { hasValidControlDigits, isValidFodselsnummer } from '../../../src/shared/privacy/fodselsnummer';



/** First valid number for the (possibly offset) date with an individual number in [from, to]. */
function makeFnr(day: number, month: number, yy: number, from = 0, to = 999): string {
  for (let ind = from; ind <= to; ind++) {
    const fnr = withControlDigits(`${pad(day)}${pad(month)}${pad(yy)}${pad(ind, 3)}`);
    if (fnr) return fnr;
  }
  throw new Error('no valid number in range');
}

/** Nine digits whose first control digit would be 10, so no valid number can start with them. */
function prefixWithoutValidK1(): string {
  for (let ind = 0; ind <= 999; ind++) {
    const nine = `150585${pad(ind, 3)}`;
    if (controlDigit(Array.from(nine, Number), K1_WEIGHTS) === undefined) return nine;
  }
  throw new Error('unreachable');
}

function replaceDigit(s: string, index: number, digit: number): string {
  return s.slice(0, index) + String(digit) + s.slice(index + 1);
}

describe('isValidFodselsnummer', () => {
  it('accepts ordinary fødselsnumre', () => {
    for (const [d, m, y] of [
      [1, 1, 90],
      [3, 4, 85],
      [31, 12, 99],
      [15, 6, 2],
      [28, 2, 70],
      [30, 11, 45],
    ] as const) {
      const fnr = makeFnr(d, m, y);
      expect(isValidFodselsnummer(fnr), fnr).toEqual({ valid: true, kind: 'fodselsnummer', synthetic: false });
    }
  });

  it('recognises D-numbers (day + 40)', () => {
    for (const fnr of [makeFnr(41, 1, 90), makeFnr(71, 12, 80), makeFnr(58, 6, 1)]) {
      expect(isValidFodselsnummer(fnr)).toEqual({ valid: true, kind: 'd_nummer', synthetic: false });
    }
  });

  it('recognises H-numbers (month + 40)', () => {
    for (const fnr of [makeFnr(1, 41, 90), makeFnr(31, 52, 75), makeFnr(15, 46, 3)]) {
      expect(isValidFodselsnummer(fnr)).toEqual({ valid: true, kind: 'h_nummer', synthetic: false });
    }
  });

  it('recognises synthetic test numbers (month + 80, Tenor)', () => {
    expect(isValidFodselsnummer(makeFnr(1, 81, 90))).toEqual({ valid: true, kind: 'fodselsnummer', synthetic: true });
    expect(isValidFodselsnummer(makeFnr(24, 92, 65))).toEqual({ valid: true, kind: 'fodselsnummer', synthetic: true });
    // Synthetic D-number: both offsets.
    expect(isValidFodselsnummer(makeFnr(45, 87, 88))).toEqual({ valid: true, kind: 'd_nummer', synthetic: true });
  });

  it('ignores spaces, dots and dashes', () => {
    const fnr = makeFnr(3, 4, 85);
    const spaced = `${fnr.slice(0, 6)} ${fnr.slice(6)}`;
    const dashed = `${fnr.slice(0, 6)}-${fnr.slice(6)}`;
    const dotted = `${fnr.slice(0, 2)}.${fnr.slice(2, 4)}.${fnr.slice(4, 6)} ${fnr.slice(6)}`;
    for (const s of [spaced, dashed, dotted]) expect(isValidFodselsnummer(s).valid, s).toBe(true);
  });

  it('rejects a wrong first or second control digit', () => {
    const fnr = makeFnr(3, 4, 85);
    const k1 = Number(fnr[9]);
    const k2 = Number(fnr[10]);
    expect(isValidFodselsnummer(replaceDigit(fnr, 9, (k1 + 1) % 10)).valid).toBe(false);
    expect(isValidFodselsnummer(replaceDigit(fnr, 10, (k2 + 1) % 10)).valid).toBe(false);
  });

  it('rejects numbers whose first control digit would be 10', () => {
    const nine = prefixWithoutValidK1();
    for (let tail = 0; tail < 100; tail++) expect(isValidFodselsnummer(`${nine}${pad(tail)}`).valid).toBe(false);
  });

  it('rejects impossible dates even with valid control digits', () => {
    for (const [d, m] of [
      [32, 1],
      [0, 1],
      [31, 4],
      [30, 2],
      [1, 13],
      [1, 0],
      [1, 53],
      [1, 60],
      [72, 1],
      [1, 93],
    ] as const) {
      const fnr = makeFnr(d, m, 85);
      expect(isValidFodselsnummer(fnr).valid, `${d}.${m}`).toBe(false);
      expect(hasValidControlDigits(fnr)).toBe(true);
    }
  });

  it('decides 29 February from the century encoded in the individual number', () => {
    // Individual 000–499: 1900–1999. 1900 was not a leap year, 1984 was.
    expect(isValidFodselsnummer(makeFnr(29, 2, 0, 0, 499)).valid).toBe(false);
    expect(isValidFodselsnummer(makeFnr(29, 2, 84, 0, 499)).valid).toBe(true);
    // Individual 500–999 with year 00–39: 2000–2039. 2000 was a leap year.
    expect(isValidFodselsnummer(makeFnr(29, 2, 0, 500, 999)).valid).toBe(true);
    expect(isValidFodselsnummer(makeFnr(29, 2, 1, 500, 999)).valid).toBe(false);
    // D-number on a leap day.
    expect(isValidFodselsnummer(makeFnr(69, 2, 84, 0, 499))).toMatchObject({ valid: true, kind: 'd_nummer' });
  });

  it('rejects wrong lengths and non-digits', () => {
    const fnr = makeFnr(3, 4, 85);
    for (const s of ['', fnr.slice(0, 10), `${fnr}0`, `${fnr.slice(0, 10)}x`, 'abcdefghijk', `${fnr.slice(0, 5)}_${fnr.slice(5)}`]) {
      expect(isValidFodselsnummer(s).valid, s).toBe(false);
    }
    expect(hasValidControlDigits(fnr.slice(0, 10))).toBe(false);
  });

  it('leaves kind and synthetic undefined for invalid numbers', () => {
    const result = isValidFodselsnummer('12345678901');
    expect(result.valid).toBe(false);
    expect(result.kind).toBeUndefined();
    expect(result.synthetic).toBeUndefined();
  });

  it('property: every computed number is valid with the right kind', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom('fodselsnummer', 'd_nummer', 'h_nummer', 'synthetic'),
        (day, month, yy, ind, variant) => {
          const d = variant === 'd_nummer' ? day + 40 : day;
          const m = variant === 'h_nummer' ? month + 40 : variant === 'synthetic' ? month + 80 : month;
          const fnr = withControlDigits(`${pad(d)}${pad(m)}${pad(yy)}${pad(ind, 3)}`);
          fc.pre(fnr !== undefined);
          const result = isValidFodselsnummer(fnr ?? '');
          expect(result.valid).toBe(true);
          expect(result.kind).toBe(variant === 'synthetic' ? 'fodselsnummer' : variant);
          expect(result.synthetic).toBe(variant === 'synthetic');
        },
      ),
      { seed: 20260312, numRuns: 500 },
    );
  });

  it('property: any single changed digit makes the number invalid (mod 11 catches it)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 9 }),
        (day, month, yy, ind, position, delta) => {
          const fnr = withControlDigits(`${pad(day)}${pad(month)}${pad(yy)}${pad(ind, 3)}`);
          fc.pre(fnr !== undefined);
          const original = Number((fnr ?? '')[position]);
          const mutated = replaceDigit(fnr ?? '', position, (original + delta) % 10);
          expect(hasValidControlDigits(mutated)).toBe(false);
        },
      ),
      { seed: 4711, numRuns: 500 },
    );
  });
});
