/** Dates of birth after a birth keyword: "født 03.04.1985", "f. 3/4-85", "DOB 1990-01-31". */

import type { Emit } from '../kinds';

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

export function findBirthDates(text: string, emit: Emit): void {
  for (const m of text.matchAll(BIRTH_DATE_RE)) {
    const date = m[1] ?? '';
    const parts = dayAndMonth(date);
    if (!parts || !isPlausibleDate(parts[0], parts[1])) continue;
    const end = m.index + m[0].length;
    emit('fodselsdato', end - date.length, end);
  }
}
