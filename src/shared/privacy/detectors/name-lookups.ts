// Whether a word is in the name lists, counting genitives ("Karis") and hyphenated names ("Anne-Lise").

import { FIRST_NAMES } from '../words/first-names';
import { STOPWORDS } from '../words/not-names';
import { AMBIGUOUS_SURNAMES, DISTINCTIVE_IMMIGRANT_SURNAMES, SURNAMES } from '../words/surnames';

/** Patronymic surnames (Hansen, Olsson, …) are distinctive: few ordinary words look like them. */
const PATRONYMIC_RE = /(?:sen|ssen|son|sson|zen)$/;

/** The word without a genitive ending ("Karis", "Hansens", "Kari's"), or undefined. */
function genitiveStem(lower: string): string | undefined {
  if (lower.endsWith("'s") || lower.endsWith('’s')) return lower.slice(0, -2);
  if (lower.endsWith("'") || lower.endsWith('’')) return lower.slice(0, -1);
  if (lower.endsWith('s') && lower.length > 3) return lower.slice(0, -1);
  return undefined;
}

function inSetOrGenitive(set: ReadonlySet<string>, lower: string): boolean {
  if (set.has(lower)) return true;
  const stem = genitiveStem(lower);
  return stem !== undefined && set.has(stem);
}

/** Hyphenated names count when every part is capitalised and the first (first names) or any part (surnames) is known. */
function hyphenParts(word: string): string[] | undefined {
  if (!word.includes('-')) return undefined;
  const parts = word.split('-');
  return parts.every((p) => isCapitalised(p)) ? parts.map((p) => p.toLowerCase()) : undefined;
}

export function isStopword(word: string): boolean {
  const lower = word.toLowerCase();
  if (inSetOrGenitive(STOPWORDS, lower)) return true;
  return lower.includes('-') && lower.split('-').some((p) => STOPWORDS.has(p));
}

export function isFirstName(word: string): boolean {
  const lower = word.toLowerCase();
  if (inSetOrGenitive(FIRST_NAMES, lower)) return true;
  const parts = hyphenParts(word);
  return parts !== undefined && parts[0] !== undefined && FIRST_NAMES.has(parts[0]);
}

export function isSurname(word: string): boolean {
  const lower = word.toLowerCase();
  if (inSetOrGenitive(SURNAMES, lower)) return true;
  const parts = hyphenParts(word);
  return parts !== undefined && parts.some((p) => SURNAMES.has(p));
}

/** A surname that is flagged on its own: patronymic or distinctive immigrant surname. */
export function isDistinctiveSurname(word: string): boolean {
  const lower = word.toLowerCase();
  const candidates = [lower, genitiveStem(lower)].filter((w): w is string => w !== undefined);
  return candidates.some(
    (w) =>
      (SURNAMES.has(w) && !AMBIGUOUS_SURNAMES.has(w) && PATRONYMIC_RE.test(w)) || DISTINCTIVE_IMMIGRANT_SURNAMES.has(w),
  );
}

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && word.slice(1) !== word.slice(1).toUpperCase();
}
