/** Street addresses: "Trondheimsveien 100", "Karl Johans gate 22", "Tokerudberget 3 B". */

import type { Emit } from '../kinds';
import { isStopword } from './name-lookups';

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

export function findAddresses(text: string, emit: Emit): void {
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
