/**
 * Validation of Norwegian national identity numbers (fødselsnummer, D-nummer, H-nummer).
 *
 * Layout: DDMMYY III K1 K2 — birth date, individual number, two mod-11 control digits.
 * Variants recognised:
 * - D-nummer: first digit of the day + 4 (day 41–71).
 * - H-nummer: month + 40 (41–52). NAV's synthetic test persons use the same offset, so they
 *   are reported as H-nummer too; they cannot be told apart from the number alone.
 * - Synthetic numbers from Skatteetaten's synthetic population (Tenor): month + 80 (81–92),
 *   combinable with the D-nummer day offset.
 *
 * Only the classic rule with two valid control digits is accepted. The scheme planned for
 * 2032 (where the first control digit is relaxed) is deliberately not implemented: the scanner
 * still reports such numbers as "mulig personnummer", so nothing leaks through.
 *
 * Pure TypeScript, no Node or DOM.
 */

export type FodselsnummerKind = 'fodselsnummer' | 'd_nummer' | 'h_nummer';

export type FodselsnummerCheck =
  | { valid: true; kind: FodselsnummerKind; synthetic: boolean }
  | { valid: false; kind?: undefined; synthetic?: undefined };

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Separators people type inside a number; stripped so "010101 12345" validates. */
const SEPARATORS_RE = /[\s.\-\u2013]/g;

const INVALID: FodselsnummerCheck = { valid: false };

/** Mod-11 control digit over `digits` with `weights`; undefined when the remainder makes it 10 (no valid number). */
function mod11(digits: readonly number[], weights: readonly number[]): number | undefined {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits[i] ?? 0) * (weights[i] ?? 0);
  const control = 11 - (sum % 11);
  if (control === 11) return 0;
  if (control === 10) return undefined;
  return control;
}

/** True when both control digits of an 11-digit string are right. Does not look at the date. */
export function hasValidControlDigits(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const d = Array.from(digits, Number);
  const k1 = mod11(d, K1_WEIGHTS);
  if (k1 === undefined || k1 !== d[9]) return false;
  const k2 = mod11(d, K2_WEIGHTS);
  return k2 !== undefined && k2 === d[10];
}

/**
 * Full year from the two-digit year and the individual number (Skatteetaten's ranges).
 * Undefined for combinations that are not allocated; callers then fall back to a guess,
 * since the only use is deciding whether 29 February exists.
 */
function birthYear(yy: number, individual: number): number | undefined {
  if (individual <= 499) return 1900 + yy;
  if (individual <= 749 && yy >= 54) return 1800 + yy;
  if (yy <= 39) return 2000 + yy;
  if (individual >= 900) return 1900 + yy;
  return undefined;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(month: number, year: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

interface DecodedDate {
  day: number;
  month: number;
  kind: FodselsnummerKind;
  synthetic: boolean;
}

/** Removes the D-, H- and synthetic offsets, or returns undefined when the fields are out of range. */
function decodeDate(rawDay: number, rawMonth: number): DecodedDate | undefined {
  const dNumber = rawDay > 40;
  const day = dNumber ? rawDay - 40 : rawDay;
  let month = rawMonth;
  let hNumber = false;
  let synthetic = false;
  if (rawMonth > 80) {
    month = rawMonth - 80;
    synthetic = true;
  } else if (rawMonth > 40) {
    month = rawMonth - 40;
    hNumber = true;
  }
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  const kind: FodselsnummerKind = dNumber ? 'd_nummer' : hNumber ? 'h_nummer' : 'fodselsnummer';
  return { day, month, kind, synthetic };
}

/**
 * Checks a fødselsnummer, D-nummer or H-nummer (including synthetic test numbers).
 * Spaces, dots and dashes are ignored, so "010101 12345" and "01.01.01-12345" are accepted;
 * anything else than 11 digits is invalid.
 */
export function isValidFodselsnummer(input: string): FodselsnummerCheck {
  const digits = input.replace(SEPARATORS_RE, '');
  if (!hasValidControlDigits(digits)) return INVALID;
  const decoded = decodeDate(Number(digits.slice(0, 2)), Number(digits.slice(2, 4)));
  if (!decoded) return INVALID;
  const yy = Number(digits.slice(4, 6));
  const year = birthYear(yy, Number(digits.slice(6, 9))) ?? (yy <= 39 ? 2000 + yy : 1900 + yy);
  if (decoded.day > daysInMonth(decoded.month, year)) return INVALID;
  return { valid: true, kind: decoded.kind, synthetic: decoded.synthetic };
}
