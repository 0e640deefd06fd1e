/**
 * Identifier scanner for the anonymisation guard.
 *
 * Anonymous client profiles travel between districts; free text is where identity leaks.
 * `findIdentifiers` finds national ID numbers, phone numbers, e-mail and postal addresses,
 * dates of birth and person names in the forms coordinators actually write them.
 *
 * It runs on every keystroke on fields of up to 2,000 characters, so every detector is a
 * single pass with precompiled regexes (guarded by look-behinds so no match is retried from
 * inside a word or number) and Set lookups. Pure TypeScript: no Node, no DOM.
 *
 * Design choice for numbers: instead of one regex per format, digit runs ("010101 12345",
 * "41 23 45 67", "1234.56.78903") are cut into groups and then classified by total length and
 * group pattern. That keeps dates ("12.03.2026"), clock times ("20.00-21.30"), amounts
 * ("25 000 000"), year ranges ("2025-2026") and case numbers ("2026/1234") apart from phone
 * and ID numbers in one place.
 */

import { hasValidControlDigits, isValidFodselsnummer } from './fodselsnummer';
import { findNames, isStopword } from './names';

export type IdentifierKind =
  | 'fodselsnummer'
  | 'd_nummer'
  | 'h_nummer'
  | 'mulig_personnummer'
  | 'telefon'
  | 'epost'
  | 'adresse'
  | 'postadresse'
  | 'fodselsdato'
  | 'navn';

export interface IdentifierFinding {
  kind: IdentifierKind;
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset after the last character (exclusive). */
  end: number;
}

export const IDENTIFIER_KIND_LABELS: Record<IdentifierKind, string> = {
  fodselsnummer: 'Fødselsnummer',
  d_nummer: 'D-nummer',
  h_nummer: 'H-nummer',
  mulig_personnummer: 'Mulig personnummer eller kontonummer',
  telefon: 'Telefonnummer',
  epost: 'E-postadresse',
  adresse: 'Gateadresse',
  postadresse: 'Postnummer og sted',
  fodselsdato: 'Fødselsdato',
  navn: 'Personnavn',
};

export const IDENTIFIER_KINDS = Object.keys(IDENTIFIER_KIND_LABELS) as IdentifierKind[];

/**
 * When findings overlap, the more specific kind wins; between equals, the longer one.
 * A valid fødselsnummer beats the date of birth inside it; an address beats the person
 * name inside "Karl Johans gate 22"; an e-mail beats the name in its local part.
 */
const SPECIFICITY: Record<IdentifierKind, number> = {
  fodselsnummer: 100,
  d_nummer: 100,
  h_nummer: 100,
  epost: 90,
  mulig_personnummer: 80,
  fodselsdato: 70,
  telefon: 60,
  adresse: 50,
  postadresse: 50,
  navn: 40,
};

type Emit = (kind: IdentifierKind, start: number, end: number) => void;

// ---------------------------------------------------------------------------------------------
// Digit runs: fødselsnummer, D/H-nummer, mulig personnummer, telefon
// ---------------------------------------------------------------------------------------------

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

function findNumbers(text: string, emit: Emit): void {
  for (const m of text.matchAll(DIGIT_RUN_RE)) {
    const groups = splitGroups(m[0], m.index);
    if (lastGroupIsTainted(text, m.index + m[0].length)) groups.pop();
    classifyStretches(text, groups, claimIdNumbers(text, groups, emit), emit);
  }
}

// ---------------------------------------------------------------------------------------------
// E-mail
// ---------------------------------------------------------------------------------------------

const EMAIL_RE =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])/gu;

function findEmails(text: string, emit: Emit): void {
  for (const m of text.matchAll(EMAIL_RE)) emit('epost', m.index, m.index + m[0].length);
}

// ---------------------------------------------------------------------------------------------
// Street addresses and postcodes
// ---------------------------------------------------------------------------------------------

/**
 * Endings of one-word street names. Risky endings are left out on purpose: "-plass"
 * (Barnehageplass 1), "-hagen" (Barnehagen 3), "-li" (Juli), "-parken".
 */
const STREET_SUFFIXES = [
  'gata', 'gaten', 'gate', 'gt\\.', 'veien', 'vei', 'vn\\.', 'vegen', 'veg', 'alléen', 'allé', 'alleen', 'alle',
  'stien', 'bakken', 'lia', 'svingen', 'ringen', 'terrassen', 'terrasse', 'kroken', 'tunet', 'jordet',
  'løkka', 'løkken', 'berget', 'haugen', 'åsen', 'grenda', 'lunden', 'torget', 'tråkket', 'brinken',
  'bråten', 'myra', 'dalen', 'kollen', 'skogen', 'sletta', 'stubben', 'kaia', 'kaien', 'bryggen',
  'stredet', 'smuget', 'slyngen', 'linna', 'bekken', 'platået', 'promenaden', 'plassen',
];
const STREET_WORDS = ['gate', 'gata', 'gaten', 'gt\\.', 'vei', 'veien', 'vn\\.', 'veg', 'vegen', 'allé', 'alle', 'plass', 'torg', 'terrasse', 'bakke', 'brygge', 'sti'];
const STREET_PREFIX = '(?:(?:Øvre|Nedre|Søndre|Nordre|Store|Lille|Gamle|Nye|Vestre|Østre)[ \\u00a0])?';
/** House number with optional letter: "22", "23b", "3 B". */
const HOUSE_NUMBER = '\\d{1,4}(?!\\d)(?:[A-Za-z]|[ \\u00a0][A-Z])?(?![\\p{L}\\p{N}])';

const SINGLE_WORD_STREET_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])${STREET_PREFIX}(\\p{Lu}[\\p{L}-]*?\\p{Ll}{2}(?:${STREET_SUFFIXES.join('|')}))[ \\u00a0]${HOUSE_NUMBER}`,
  'gu',
);
/** "Karl Johans gate 22", "Bygdøy allé 5", "St. Olavs gate 3". */
const MULTI_WORD_STREET_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.])((?:\\p{Lu}[\\p{L}'’.-]*[ \\u00a0]){1,2})(?:${STREET_WORDS.join('|')})[ \\u00a0]${HOUSE_NUMBER}`,
  'gu',
);

/**
 * What follows a number that is a quantity or a date, not a house number:
 * "Grünerløkka 12 saker", "møte i Storgata 12. mars".
 */
const UNIT_AFTER_RE =
  /^\.?\s*(?:%|prosent|kr\b|kroner|kvm|m2|m²|roms?\b|år\b|mnd|måned|uke|dag|døgn|time|min\b|stk|person|sak|gang|bolig|leilighet|barn|voksn|klient|søker|etasje|etg|jan|feb|mar|apr|mai|jun|jul|aug|sep|okt|nov|des)/iu;

/** Nominalisations that end like street names: "Vurderingen 2", "Avklaringen 12." */
const NOUN_ENDING_RE = /(?:er|ar|or|ur|ir|yr|ør)ingen$/;

function isStreetMatch(text: string, streetWord: string, end: number): boolean {
  if (isStopword(streetWord) || NOUN_ENDING_RE.test(streetWord)) return false;
  return !UNIT_AFTER_RE.test(text.slice(end, end + 16));
}

function findAddresses(text: string, emit: Emit): void {
  for (const m of text.matchAll(SINGLE_WORD_STREET_RE)) {
    const end = m.index + m[0].length;
    if (isStreetMatch(text, m[1] ?? '', end)) emit('adresse', m.index, end);
  }
  for (const m of text.matchAll(MULTI_WORD_STREET_RE)) {
    const end = m.index + m[0].length;
    // "NAV plass 2" is an office, not a home; place-named streets ("Bygdøy allé") are homes.
    const firstWord = (m[1] ?? '').trim().split(/[ \u00a0]/)[0] ?? '';
    const acronym = firstWord.length > 1 && firstWord === firstWord.toUpperCase();
    if (!acronym && !UNIT_AFTER_RE.test(text.slice(end, end + 16))) emit('adresse', m.index, end);
  }
}

/**
 * Postal places with their postcode ranges. The range is what tells "0557 Oslo" (postcode)
 * from "2026 Oslo kommune" (year). Ranges are generous approximations.
 */
const POSTAL_PLACES: ReadonlyMap<string, readonly [number, number]> = new Map<string, [number, number]>([
  ['oslo', [1, 1299]],
  ['lillestrøm', [2000, 2027]],
  ['strømmen', [2010, 2013]],
  ['skedsmokorset', [2020, 2022]],
  ['kjeller', [2007, 2007]],
  ['lørenskog', [1470, 1479]],
  ['ski', [1400, 1409]],
  ['kolbotn', [1410, 1415]],
  ['oppegård', [1414, 1419]],
  ['langhus', [1405, 1405]],
  ['ås', [1430, 1434]],
  ['drøbak', [1440, 1449]],
  ['asker', [1370, 1396]],
  ['sandvika', [1300, 1339]],
  ['bekkestua', [1356, 1357]],
  ['stabekk', [1369, 1369]],
  ['lysaker', [1324, 1366]],
  ['fornebu', [1360, 1364]],
  ['jessheim', [2050, 2069]],
  ['nittedal', [1480, 1489]],
  ['hagan', [1480, 1481]],
  ['drammen', [3000, 3050]],
  ['moss', [1500, 1539]],
  ['fredrikstad', [1600, 1639]],
  ['sarpsborg', [1700, 1739]],
  ['hamar', [2300, 2330]],
  ['lillehammer', [2600, 2619]],
  ['gjøvik', [2800, 2821]],
  ['tønsberg', [3100, 3129]],
  ['sandefjord', [3200, 3239]],
  ['larvik', [3250, 3290]],
  ['skien', [3700, 3739]],
  ['porsgrunn', [3900, 3949]],
  ['kristiansand', [4600, 4699]],
  ['arendal', [4800, 4849]],
  ['stavanger', [4000, 4099]],
  ['sandnes', [4300, 4329]],
  ['haugesund', [5500, 5549]],
  ['bergen', [5000, 5299]],
  ['ålesund', [6000, 6030]],
  ['molde', [6400, 6430]],
  ['trondheim', [7000, 7099]],
  ['bodø', [8000, 8049]],
  ['tromsø', [9000, 9039]],
  ['hønefoss', [3500, 3529]],
  ['kongsberg', [3600, 3619]],
  ['eidsvoll', [2080, 2081]],
]);
/** All-caps words after four digits that are acronyms, not postal places. */
const ACRONYMS = new Set(['NAV', 'DPS', 'ACT', 'FACT', 'OUS', 'BYT', 'BB', 'KL', 'NOK', 'KR', 'IKT', 'SMS', 'PDF']);

const POSTCODE_RE = /(?<![\p{L}\p{N}_.:/-])(\d{4})[ \u00a0]+(\p{L}+)(?![\p{L}\p{N}-])/gu;

function isPostalPlace(code: number, place: string): boolean {
  const range = POSTAL_PLACES.get(place.toLowerCase());
  if (range) return code >= range[0] && code <= range[1];
  // Unknown places count in postal style (all caps, "1450 NESODDTANGEN"), unless the number reads as a year.
  const allCaps = place.length >= 3 && place === place.toUpperCase() && place !== place.toLowerCase();
  return allCaps && !ACRONYMS.has(place) && !(code >= 1900 && code <= 2099);
}

function findPostcodes(text: string, emit: Emit): void {
  for (const m of text.matchAll(POSTCODE_RE)) {
    if (isPostalPlace(Number(m[1]), m[2] ?? '')) emit('postadresse', m.index, m.index + m[0].length);
  }
}

// ---------------------------------------------------------------------------------------------
// Dates of birth
// ---------------------------------------------------------------------------------------------

const MONTHS: Record<string, number> = {
  januar: 1, jan: 1, februar: 2, feb: 2, mars: 3, mar: 3, april: 4, apr: 4, mai: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, desember: 12, des: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

/**
 * A date right after a birth keyword. The span is the date only: the keyword identifies nobody.
 * A bare birth year ("født 1985") is not flagged: age bands are normal in anonymous profiles.
 */
const BIRTH_DATE_RE = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:fødselsdato|fødselsdag|født|fødd|f\\.\\s?d\\.|fd\\.|f\\.|d\\.o\\.b\\.|dob)' +
    '(?![\\p{L}])[\\s:]*(?:den\\s+|d\\.\\s*)?' +
    '(' +
    '\\d{4}-\\d{1,2}-\\d{1,2}' +
    `|\\d{1,2}\\.?\\s*(?:${MONTH_NAMES})\\.?\\s+\\d{2}(?:\\d{2})?` +
    '|\\d{1,2}\\s?[./-]\\s?\\d{1,2}\\s?[./-]\\s?\\d{2}(?:\\d{2})?' +
    '|\\d{8}|\\d{6}' +
    ')(?![\\p{N}])',
  'giu',
);

function isPlausibleDate(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** Day and month of a matched date string, in whichever of the accepted forms it is. */
function dayAndMonth(date: string): [number, number] | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(date);
  if (iso) return [Number(iso[3]), Number(iso[2])];
  const named = /^(\d{1,2})\.?\s*(\p{L}+)/u.exec(date);
  if (named) {
    const month = MONTHS[(named[2] ?? '').toLowerCase()];
    return month === undefined ? undefined : [Number(named[1]), month];
  }
  const numeric = /^(\d{1,2})\s?[./-]\s?(\d{1,2})/.exec(date);
  if (numeric) return [Number(numeric[1]), Number(numeric[2])];
  if (/^\d{6}(?:\d{2})?$/.test(date)) return [Number(date.slice(0, 2)), Number(date.slice(2, 4))];
  return undefined;
}

function findBirthDates(text: string, emit: Emit): void {
  for (const m of text.matchAll(BIRTH_DATE_RE)) {
    const date = m[1] ?? '';
    const parts = dayAndMonth(date);
    if (!parts || !isPlausibleDate(parts[0], parts[1])) continue;
    const end = m.index + m[0].length;
    emit('fodselsdato', end - date.length, end);
  }
}

// ---------------------------------------------------------------------------------------------
// Merging
// ---------------------------------------------------------------------------------------------

/** Keeps the most specific (then longest) of overlapping findings; the result is sorted by start. */
function resolveOverlaps(candidates: IdentifierFinding[], length: number): IdentifierFinding[] {
  const ordered = [...candidates].sort(
    (a, b) => SPECIFICITY[b.kind] - SPECIFICITY[a.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const taken = new Uint8Array(length);
  const kept: IdentifierFinding[] = [];
  for (const f of ordered) {
    if (taken.subarray(f.start, f.end).some((x) => x === 1)) continue;
    taken.fill(1, f.start, f.end);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const DETECTORS: ReadonlyArray<(text: string, emit: Emit) => void> = [
  findNumbers,
  findEmails,
  findAddresses,
  findPostcodes,
  findBirthDates,
  (text, emit) => {
    for (const s of findNames(text)) emit('navn', s.start, s.end);
  },
];

/**
 * Finds identifying information in free text. Offsets are UTF-16 indexes into `text`
 * (`end` exclusive); findings are sorted by start and never overlap.
 */
export function findIdentifiers(text: string): IdentifierFinding[] {
  if (text.length === 0) return [];
  const candidates: IdentifierFinding[] = [];
  const emit: Emit = (kind, start, end) => {
    if (end > start) candidates.push({ kind, start, end });
  };
  for (const detect of DETECTORS) detect(text, emit);
  return resolveOverlaps(candidates, text.length);
}
