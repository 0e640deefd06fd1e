/**
 * Person-name detection for the anonymisation guard: the rules that turn capitalised words into
 * "this looks like a person's name". The word lists they consult are bundled data in ../words
 * (no file I/O: this layer is pure TypeScript, no Node, no DOM).
 *
 * Precision/recall balance (names are the noisiest identifier, so the rules are explicit):
 * - Only capitalised words are considered. Lower-case names ("kari") and ALL-CAPS single
 *   words ("ALI", which could be an acronym) are not flagged; an ALL-CAPS first name followed
 *   by another ALL-CAPS known name ("KARI HANSEN") is.
 * - A known first name followed by more name-like words ("Kari Hansen", "Kari K. Hansen",
 *   "Anne-Lise Berg", "Ali bin Hassan") is one finding, wherever it stands.
 * - A lone known first name is flagged when it stands mid-sentence (capitalisation there is a
 *   strong signal). At a sentence start it is flagged too, unless the name is also an ordinary
 *   word (Per, Liv, Tor, Dag, Hans, Finn, Tom, Kari, …; see AMBIGUOUS_FIRST_NAMES). Such a name
 *   at a sentence start is flagged only when the next word is a finite verb typical of a person
 *   ("Per har søkt", "Liv ønsker") or "og" + another first name ("Per og Kari"). "Per måned",
 *   "Liv og helse", "Hans bolig", "Finn ut" therefore stay clean; "Tor bor i Alna" is caught.
 * - Surnames: a patronymic (-sen/-son) or a distinctive immigrant surname (Nguyen, Khan,
 *   Hussain, …) is flagged alone. Surnames that are ordinary words or place names (Lie, Berg,
 *   Dahl, Strand, Moe, Lund, Bakke, Vik, Eng, Haugen, Solberg, …) are flagged only next to a
 *   first name, another surname or a title ("fru Berg", "herr Lie"). "Strøm" (electricity, a
 *   routine word) is one of them, so it is never flagged alone but "Per Strøm" is.
 * - A title, role or kinship word (fru, herr, dr., advokat, verge, mor, sønnen, …) followed by
 *   a capitalised word makes that word a name even when it is in no list, but not across a
 *   sentence end ("… med søsteren. Liker å gå tur." is clean; "dr. Olsen" is a name).
 * - District names, Oslo place names, services, months, weekdays and routine vocabulary are
 *   never part of a name, and stop a name sequence. Months that are also first names
 *   (August, Juni, Mai) count only directly before a known surname.
 * - A name followed by a street word ("Karl Johans gate", "Olaf Ryes plass") or preceded by
 *   "St." is a place, not a person.
 */

import type { Emit } from '../kinds';
import { AMBIGUOUS_FIRST_NAMES, MONTH_FIRST_NAMES } from '../words/first-names';
import { PARTICLES, PERSON_VERBS, PLACE_WORDS_AFTER, TITLES } from '../words/name-context';
import { isDistinctiveSurname } from './name-lookups';
import { type Token, tokenize } from './name-tokens';

export interface NameSpan {
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Name rules
// ---------------------------------------------------------------------------------------------

/** A capitalised word that may continue a name: known name, initial, or unknown capitalised word. */
function continuesName(t: Token): boolean {
  return t.shape === 'cap' && !t.stop;
}

function isKnownName(t: Token): boolean {
  return (t.first || t.sur) && !t.stop;
}

/**
 * Extends a name run to the right from `i`. `allowUnknown` lets unknown capitalised words join
 * ("Kari Nordmann" where Nordmann is in no list); surname-anchored runs do not, so "Strand Hotel"
 * is not a person.
 */
function extendRun(tokens: Token[], i: number, allowUnknown: boolean): number {
  let j = i;
  while (j - i < 5) {
    const next = tokens[j + 1];
    if (!next || !next.joined) break;
    if (continuesName(next) && (allowUnknown || isKnownName(next) || next.initial)) {
      j++;
      continue;
    }
    const after = tokens[j + 2];
    if (PARTICLES.has(next.text) && after && after.joined && continuesName(after)) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

/** "Karl Johans gate", "Olaf Ryes plass", "St. Olav": places named after people. */
function isPlaceNamedAfterPerson(tokens: Token[], i: number, j: number): boolean {
  const next = tokens[j + 1];
  if (next && next.shape === 'lower' && PLACE_WORDS_AFTER.has(next.lower) && next.start - (tokens[j]?.end ?? 0) === 1) return true;
  const prev = tokens[i - 1];
  return prev !== undefined && (prev.lower === 'st' || prev.lower === 'sankt') && (tokens[i]?.start ?? 0) - prev.end <= 2;
}

/** The word right after token j (any case), when only whitespace separates them. */
function nextWord(tokens: Token[], j: number, text: string): Token | undefined {
  const t = tokens[j];
  const next = tokens[j + 1];
  if (!t || !next) return undefined;
  return /^\s+$/.test(text.slice(t.end, next.start)) ? next : undefined;
}

/** Rule for a known first name standing alone. See the module comment. */
function loneFirstNameIsName(tokens: Token[], i: number, text: string): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (!t.sentenceStart) return true;
  // The genitive of an ambiguous name ("Karis søknad", "Pers bolig") is not an ordinary word.
  if (!AMBIGUOUS_FIRST_NAMES.has(t.lower)) return true;
  const next = nextWord(tokens, i, text);
  if (!next) return false;
  if (PERSON_VERBS.has(next.lower)) return true;
  const after = nextWord(tokens, i + 1, text);
  return next.lower === 'og' && after !== undefined && after.shape === 'cap' && after.first && !after.stop;
}

interface RunResult {
  end: number; // index of the last token consumed
  span?: NameSpan;
}

function span(tokens: Token[], i: number, j: number): NameSpan {
  return { start: tokens[i]?.start ?? 0, end: tokens[j]?.end ?? 0 };
}

/** Title + capitalised word(s): "fru Hansen", "herr Lie", "dr. Olsen". */
function matchTitle(tokens: Token[], i: number, text: string): RunResult | undefined {
  const title = tokens[i];
  const next = tokens[i + 1];
  if (!title || !next || !TITLES.has(title.lower) || next.shape !== 'cap' || next.stop) return undefined;
  const gap = text.slice(title.end, next.start);
  if (gap !== ' ' && gap !== '. ' && gap !== '\u00a0') return undefined;
  // "dr. Olsen" and "frk. Vik" go on past the dot; "… med søsteren. Liker å gå tur." starts a new sentence.
  if (gap === '. ' && next.sentenceStart) return undefined;
  const j = extendRun(tokens, i + 1, true);
  if (isPlaceNamedAfterPerson(tokens, i + 1, j)) return { end: j };
  return { end: j, span: span(tokens, i + 1, j) };
}

function matchFirstName(tokens: Token[], i: number, text: string): RunResult | undefined {
  const t = tokens[i];
  if (!t || t.shape !== 'cap') return undefined;
  const monthName = MONTH_FIRST_NAMES.has(t.lower);
  if (monthName) {
    const next = tokens[i + 1];
    if (!next || !next.joined || !next.sur || next.stop) return undefined;
  } else if (!t.first || t.stop) {
    return undefined;
  }
  const j = extendRun(tokens, i, true);
  if (isPlaceNamedAfterPerson(tokens, i, j)) return { end: j };
  if (j > i || loneFirstNameIsName(tokens, i, text)) return { end: j, span: span(tokens, i, j) };
  return { end: i };
}

function matchSurname(tokens: Token[], i: number): RunResult | undefined {
  const t = tokens[i];
  if (!t || t.shape !== 'cap' || !t.sur || t.stop) return undefined;
  const j = extendRun(tokens, i, false);
  if (isPlaceNamedAfterPerson(tokens, i, j)) return { end: j };
  let known = 0;
  let distinctive = false;
  for (let k = i; k <= j; k++) {
    const tk = tokens[k];
    if (!tk) continue;
    if (isKnownName(tk)) known++;
    if (tk.first || isDistinctiveSurname(tk.text)) distinctive = true;
  }
  if (distinctive || known >= 2) return { end: j, span: span(tokens, i, j) };
  return { end: j };
}

/**
 * Unknown capitalised word mid-sentence directly before a distinctive surname: "med Lumi
 * Warsame". Ambiguous surnames do not count here, so "på Hotell Strand" stays clean.
 */
function matchUnknownBeforeSurname(tokens: Token[], i: number): RunResult | undefined {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || t.shape !== 'cap' || t.stop || t.sentenceStart || t.initial) return undefined;
  if (!next.joined || next.shape !== 'cap' || next.stop || !isDistinctiveSurname(next.text)) return undefined;
  const j = extendRun(tokens, i + 1, false);
  if (isPlaceNamedAfterPerson(tokens, i, j)) return { end: j };
  return { end: j, span: span(tokens, i, j) };
}

/** ALL-CAPS names count only as two known names in a row: "KARI HANSEN". */
function matchShouted(tokens: Token[], i: number): RunResult | undefined {
  const t = tokens[i];
  if (!t || t.shape !== 'upper' || !t.first || t.stop) return undefined;
  let j = i;
  while (true) {
    const next = tokens[j + 1];
    if (!next || !next.joined || next.shape !== 'upper' || next.stop || !(next.first || next.sur)) break;
    j++;
  }
  return j > i ? { end: j, span: span(tokens, i, j) } : undefined;
}

const MATCHERS = [matchTitle, matchShouted, matchFirstName, matchSurname, matchUnknownBeforeSurname] as const;

/** Finds person names in `text`. Spans are sorted and non-overlapping. */
export function findNames(text: string): NameSpan[] {
  const tokens = tokenize(text);
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    let result: RunResult | undefined;
    for (const matcher of MATCHERS) {
      result = matcher(tokens, i, text);
      if (result) break;
    }
    if (result?.span) spans.push(result.span);
    i = result ? Math.max(result.end, i) + 1 : i + 1;
  }
  return spans;
}


/** The name detector: every person name, as a finding. */
export function findPersonNames(text: string, emit: Emit): void {
  for (const s of findNames(text)) emit('navn', s.start, s.end);
}
