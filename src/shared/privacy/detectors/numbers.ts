/**
 * Numbers: fødselsnummer, D/H-nummer, other 11-digit numbers (mulig personnummer) and phone numbers.
 *
 * Design choice: instead of one regex per format, digit runs ("010101 12345", "41 23 45 67",
 * "1234.56.78903") are cut into groups and then classified by total length and group pattern.
 * That keeps dates ("12.03.2026"), clock times ("20.00-21.30"), amounts ("25 000 000"), year
 * ranges ("2025-2026") and case numbers ("2026/1234") apart from phone and ID numbers in one place.
 */

import { hasValidControlDigits, isValidFodselsnummer } from '../fodselsnummer';
import type { Emit, IdentifierKind } from '../kinds';


/**
 * A run of digit groups joined by one separator. It may not start inside a word or a
 * reference ("BYT-2026-0042", "BB-123456", "sak 2026/1234", "45,5").
 */
const DIGIT_RUN_RE = /(?<![\p{L}\p{N}_]|[\p{L}\p{N}][-/,])\d+(?:[ \u00a0\u202f.\-\u2013]\d+)*/gu;
const GROUP_RE = /\d+/g;

/** Group-size patterns in which people write an 11-digit ID or account number. */
const ELEVEN_DIGIT_PATTERNS = new Set(['11', '6-5', '2-2-2-5', '4-2-5', '6-3-2']);
/**
 * Group-size patterns for 8-digit Norwegian phone numbers. "2-3-3" and "3-3-2" are left out on
 * purpose: amounts are grouped in threes ("25 000 000", "3 450 000 41"); "2-2-4" is a date
 * ("22.03.2026").
 */
const PHONE_PATTERNS = new Set(['8', '4-4', '3-2-3', '2-2-2-2']);

/** Reference numbers, not phone or account numbers, follow these words. */
const REFERENCE_CONTEXT_RE =
  /(?<!\p{L})(?:sak(?:snr|snummer|sref)?|ref(?:eranse)?|org(?:anisasjons)?\.?\s*-?\s*(?:nr|nummer)|kid|faktura(?:nr|nummer)?|ordre(?:nr|nummer)?|gnr|bnr)\.?\s*(?:nr\.?\s*)?:?\s*$/iu;
/** Country code in front of a phone number: "+47 ", "0047 ", "(+47) ". */
const PHONE_PREFIX_BEFORE_RE = /(?:\(\+47\)|\+47|0047)[ \u00a0.\-]?$/;

interface DigitGroup {
  start: number;
  end: number;
  digits: string;
  /** Separator before this group ('' for the first group of a run). */
  sep: string;
}

interface Combo {
  last: number;
  digits: string;
  pattern: string;
  consistentSeparators: boolean;
}

function splitGroups(run: string, offset: number): DigitGroup[] {
  const groups: DigitGroup[] = [];
  let prevEnd = 0;
  for (const m of run.matchAll(GROUP_RE)) {
    groups.push({
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      digits: m[0],
      sep: run.slice(prevEnd, m.index),
    });
    prevEnd = m.index + m[0].length;
  }
  return groups;
}

/** "23b", "2026/1234", "45,5": the last group belongs to something else, so it is dropped. */
function lastGroupIsTainted(text: string, runEnd: number): boolean {
  const next = text.charAt(runEnd);
  if (/[\p{L}_]/u.test(next)) return true;
  return (next === '/' || next === ',') && /\d/.test(text.charAt(runEnd + 1));
}

/** Consecutive groups i..(at most) hi whose digits total at most 11. */
function combosFrom(groups: DigitGroup[], i: number, hi: number): Combo[] {
  const combos: Combo[] = [];
  let digits = '';
  const sizes: number[] = [];
  const seps = new Set<string>();
  for (let j = i; j <= hi; j++) {
    const g = groups[j];
    if (!g) break;
    digits += g.digits;
    if (digits.length > 11) break;
    sizes.push(g.digits.length);
    if (j > i) seps.add(g.sep);
    combos.push({ last: j, digits, pattern: sizes.join('-'), consistentSeparators: seps.size <= 1 });
  }
  return combos;
}

function isYearLike(digits: string): boolean {
  return /^(?:19|20)\d\d$/.test(digits);
}

/**
 * `following`: the digit group after the combo in the same run, if any.
 * `prefixed`: a country code stands in front, which settles that this is a phone number.
 */
function isPhoneCombo(combo: Combo, groups: DigitGroup[], i: number, following: DigitGroup | undefined, prefixed: boolean): boolean {
  if (combo.digits.length !== 8 || !PHONE_PATTERNS.has(combo.pattern) || !combo.consistentSeparators) return false;
  // 8-digit numbers start with 2–9; 0 and 1 are short numbers, dates and the like.
  if (!/^[2-9]/.test(combo.digits)) return false;
  if (combo.pattern === '4-4' && !prefixed) {
    const first = groups[i]?.digits ?? '';
    const second = groups[i + 1]?.digits ?? '';
    const sep = groups[i + 1]?.sep ?? '';
    // "2025-2026" (year range), "2026-1234" (case number) and "2026 4123 4567" (a year, then
    // the phone number) do not start a phone number with the year.
    if (isYearLike(first) && (isYearLike(second) || sep !== ' ' || following?.digits.length === 4)) return false;
  }
  return true;
}

function isReferenceContext(text: string, start: number): boolean {
  return REFERENCE_CONTEXT_RE.test(text.slice(Math.max(0, start - 30), start));
}

/** "+47 412 34 567": the "47" (after "+") or "0047" opening a run is a country code, not digits of the number. */
function isCountryCodeGroup(text: string, g: DigitGroup, index: number): boolean {
  if (index !== 0) return false;
  return g.digits === '0047' || (g.digits === '47' && text.charAt(g.start - 1) === '+');
}

function phoneStartWithPrefix(text: string, start: number): number {
  const before = text.slice(Math.max(0, start - 6), start);
  const m = PHONE_PREFIX_BEFORE_RE.exec(before);
  return m ? start - m[0].length : start;
}

/** "+4741234567" and "004741234567" written without spaces. */
function compactInternationalPhone(text: string, g: DigitGroup): number | undefined {
  if (g.digits.length === 10 && g.digits.startsWith('47') && text.charAt(g.start - 1) === '+' && /^[2-9]/.test(g.digits.slice(2))) {
    return g.start - 1;
  }
  if (g.digits.length === 12 && g.digits.startsWith('0047') && /^[2-9]/.test(g.digits.slice(4))) return g.start;
  return undefined;
}

function fodselsnummerKind(digits: string): IdentifierKind | undefined {
  if (!hasValidControlDigits(digits)) return undefined;
  const check = isValidFodselsnummer(digits);
  return check.valid ? check.kind : undefined;
}

/**
 * Pass 1: valid ID numbers (and compact "+4741234567") claim their groups first, so a
 * neighbouring amount or year can never steal digits from a fødselsnummer.
 * Returns the stretches of groups left over, as [first, last] index pairs.
 */
function claimIdNumbers(text: string, groups: DigitGroup[], emit: Emit): Array<[number, number]> {
  const free: Array<[number, number]> = [];
  let freeStart = 0;
  let i = 0;
  while (i < groups.length) {
    const g = groups[i];
    if (!g) break;
    let last: number | undefined;
    const compactStart = compactInternationalPhone(text, g);
    if (compactStart !== undefined) {
      emit('telefon', compactStart, g.end);
      last = i;
    } else {
      for (const c of combosFrom(groups, i, groups.length - 1)) {
        const kind = c.digits.length === 11 && ELEVEN_DIGIT_PATTERNS.has(c.pattern) ? fodselsnummerKind(c.digits) : undefined;
        if (kind) {
          emit(kind, g.start, groups[c.last]?.end ?? g.end);
          last = c.last;
          break;
        }
      }
    }
    if (last === undefined) {
      i++;
      continue;
    }
    if (i > freeStart) free.push([freeStart, i - 1]);
    freeStart = last + 1;
    i = last + 1;
  }
  if (freeStart < groups.length) free.push([freeStart, groups.length - 1]);
  return free;
}

/** A phone number, or failing that another 11-digit number, made of groups i..c.last. */
function numberKind(text: string, groups: DigitGroup[], i: number, c: Combo, hi: number): IdentifierKind | undefined {
  const g = groups[i];
  if (!g || isCountryCodeGroup(text, g, i) || isReferenceContext(text, g.start)) return undefined;
  const following = c.last < hi ? groups[c.last + 1] : undefined;
  if (isPhoneCombo(c, groups, i, following, phoneStartWithPrefix(text, g.start) !== g.start)) return 'telefon';
  if (c.digits.length === 11 && ELEVEN_DIGIT_PATTERNS.has(c.pattern)) return 'mulig_personnummer';
  return undefined;
}

function emitNumber(text: string, groups: DigitGroup[], i: number, c: Combo, kind: IdentifierKind, emit: Emit): void {
  const start = groups[i]?.start ?? 0;
  const end = groups[c.last]?.end ?? start;
  emit(kind, kind === 'telefon' ? phoneStartWithPrefix(text, start) : start, end);
}

/** The combo from group i that reads as a number: a phone number first, else an 11-digit number. */
function bestComboAt(text: string, groups: DigitGroup[], i: number, hi: number): [Combo, IdentifierKind] | undefined {
  let fallback: [Combo, IdentifierKind] | undefined;
  for (const c of combosFrom(groups, i, hi)) {
    const kind = numberKind(text, groups, i, c, hi);
    if (kind === 'telefon') return [c, kind];
    if (kind && !fallback) fallback = [c, kind];
  }
  return fallback;
}

interface NumberMatch {
  i: number;
  combo: Combo;
  kind: IdentifierKind;
  /** Whether groups before `i` in the stretch may still hold a number. */
  checkBefore: boolean;
}

/** First group index from which the groups up to `hi` total at most 11 digits. */
function firstIndexEndingAt(groups: DigitGroup[], lo: number, hi: number): number {
  let digits = 0;
  let i = hi;
  while (i >= lo) {
    digits += groups[i]?.digits.length ?? 0;
    if (digits > 11) break;
    i--;
  }
  return i + 1;
}

/**
 * One number in groups lo..hi. Where digit groups run together ("uke 12 41 23 45 67",
 * "2026 4123 4567", "41 23 45 67 2 ganger") the boundary is a guess, made in this order:
 * a number starting the stretch; a number ending it (what precedes a phone number is often a
 * year, an amount or a week number); the leftmost number anywhere.
 */
function findNumberInStretch(text: string, groups: DigitGroup[], lo: number, hi: number): NumberMatch | undefined {
  const first = groups[lo];
  const startIndex = first && isCountryCodeGroup(text, first, lo) ? lo + 1 : lo;
  const atStart = bestComboAt(text, groups, startIndex, hi);
  if (atStart) return { i: startIndex, combo: atStart[0], kind: atStart[1], checkBefore: false };
  for (let i = Math.max(startIndex + 1, firstIndexEndingAt(groups, lo, hi)); i <= hi; i++) {
    const c = combosFrom(groups, i, hi).at(-1);
    const kind = c && c.last === hi ? numberKind(text, groups, i, c, hi) : undefined;
    if (c && kind) return { i, combo: c, kind, checkBefore: true };
  }
  for (let i = startIndex + 1; i <= hi; i++) {
    const best = bestComboAt(text, groups, i, hi);
    if (best) return { i, combo: best[0], kind: best[1], checkBefore: false };
  }
  return undefined;
}

/** Pass 2: phone and other 11-digit numbers in the stretches pass 1 left over. Iterative, so long runs cannot overflow the stack. */
function classifyStretches(text: string, groups: DigitGroup[], stretches: Array<[number, number]>, emit: Emit): void {
  const work = [...stretches];
  for (let stretch = work.pop(); stretch; stretch = work.pop()) {
    const [lo, hi] = stretch;
    if (lo > hi) continue;
    const match = findNumberInStretch(text, groups, lo, hi);
    if (!match) continue;
    emitNumber(text, groups, match.i, match.combo, match.kind, emit);
    if (match.checkBefore) work.push([lo, match.i - 1]);
    work.push([match.combo.last + 1, hi]);
  }
}

export function findNumbers(text: string, emit: Emit): void {
  for (const m of text.matchAll(DIGIT_RUN_RE)) {
    const groups = splitGroups(m[0], m.index);
    if (lastGroupIsTainted(text, m.index + m[0].length)) groups.pop();
    classifyStretches(text, groups, claimIdNumbers(text, groups, emit), emit);
  }
}
