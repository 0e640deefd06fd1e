// Words of a text with what the name rules ask of each: its shape, whether it starts a sentence,
// whether it is joined to the previous one, and which lists it is in.

import { ABBREVIATIONS } from '../words/name-context';
import { PLACE_PHRASES } from '../words/not-names';
import { isFirstName, isStopword, isSurname } from './name-lookups';

export type Shape = 'cap' | 'upper' | 'lower';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  shape: Shape;
  /** Separated from the previous token by exactly one space (or ". " after an initial). */
  joined: boolean;
  sentenceStart: boolean;
  stop: boolean;
  first: boolean;
  sur: boolean;
  initial: boolean;
}

const WORD_RE = /\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*/gu;
/** Characters ignored when looking back for the end of the previous sentence. */
const GAP_NOISE_RE = /[\s"'«»“”‘’()[\]•*·\-–—]/u;

/** Lower-case name prefixes glued to a capitalised name: "al-Hassan", "el-Amin", "d'Souza". */
const GLUED_PARTICLE_RE = /^(?:al|el|ul|ad|as|abu|bin|ibn|de|di|da|du|van|von|d)[-'’]\p{Lu}/u;

function shapeOf(word: string): Shape {
  if (GLUED_PARTICLE_RE.test(word)) return 'cap';
  const first = word.charAt(0);
  if (first === first.toLowerCase()) return 'lower';
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length > 1 && letters === letters.toUpperCase() ? 'upper' : 'cap';
}

/** Whether the gap between two tokens (and the previous token) ends a sentence. */
function startsSentence(gap: string, prev: Token | undefined): boolean {
  if (gap.includes('\n')) return true;
  let i = gap.length - 1;
  while (i >= 0 && GAP_NOISE_RE.test(gap.charAt(i))) i--;
  if (i < 0) return prev === undefined;
  const ch = gap.charAt(i);
  if (ch === ':' || ch === '!' || ch === '?') return true;
  if (ch !== '.') return false;
  // "kl.", "St.", "f.eks." and initials ("K.") do not end a sentence; a digit before the dot
  // ("12. Kari", "1. Kari") is treated as a list item or ordinal that starts one.
  if (i === 0 && prev !== undefined) return !(ABBREVIATIONS.has(prev.lower) || prev.text.length === 1);
  return true;
}

function isJoined(gap: string, prev: Token | undefined): boolean {
  if (gap === ' ' || gap === '\u00a0') return true;
  return prev !== undefined && prev.initial && (gap === '. ' || gap === '.');
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD_RE)) {
    const start = m.index;
    const word = m[0];
    const prev = tokens[tokens.length - 1];
    const gap = text.slice(prevEnd, start);
    const shape = shapeOf(word);
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      lower: word.toLowerCase(),
      shape,
      joined: prev !== undefined && isJoined(gap, prev),
      sentenceStart: startsSentence(gap, prev),
      stop: shape !== 'lower' && isStopword(word),
      first: shape !== 'lower' && isFirstName(word),
      sur: shape !== 'lower' && isSurname(word),
      initial: word.length === 1 && shape === 'cap',
    });
    prevEnd = start + word.length;
  }
  maskPlacePhrases(tokens);
  return tokens;
}

/** Marks tokens of place phrases that look like names ("Carl Berner", "Karl Johan") as stopwords. */
function maskPlacePhrases(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of PLACE_PHRASES) {
      if (phrase[0] !== tokens[i]?.lower) continue;
      const matches = phrase.every((w, k) => {
        const t = tokens[i + k];
        return t !== undefined && t.lower === w && (k === 0 || t.joined || isAbbrevJoin(tokens, i + k));
      });
      if (!matches) continue;
      for (let k = 0; k < phrase.length; k++) {
        const t = tokens[i + k];
        if (t) t.stop = true;
      }
    }
  }
}

/** "St. Olav": the dot after an abbreviation still joins the phrase. */
function isAbbrevJoin(tokens: Token[], index: number): boolean {
  const prev = tokens[index - 1];
  const t = tokens[index];
  return prev !== undefined && t !== undefined && ABBREVIATIONS.has(prev.lower) && t.start - prev.end <= 2;
}
