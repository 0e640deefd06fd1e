/**
 * Makes text printable with Oslo Sans.
 *
 * A character the font lacks would be drawn with the .notdef glyph: an empty box on
 * paper, and forbidden by PDF/A-2/3 (6.2.11.8). So every string is mapped onto the
 * font's character set before it is measured or drawn.
 */
import type { Font } from 'fontkit';

/** Characters Oslo Sans lacks that have an obvious stand-in. */
const STAND_INS: Record<string, string> = {
  '\t': ' ',
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '–',
  '\u2009': ' ', // thin space
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2007': '\u00A0', // figure space (does not break)
  '\u202F': '\u00A0', // narrow no-break space, used by some number formats
  '\u00AD': '', // soft hyphen: we do not hyphenate
  '\u200B': '',
  '\u200C': '',
  '\u200D': '',
  '\u2060': '',
  '\uFEFF': '',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2116': 'nr.',
  '\u2713': 'x',
  '\u2714': 'x',
};

const FALLBACK = '?';

const coverage = new WeakMap<Font, Map<number, string>>();

function mapChar(font: Font, ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (ch === '\n') return ch;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return ''; // control characters
  if (font.hasGlyphForCodePoint(cp)) return ch;
  const standIn = STAND_INS[ch];
  if (standIn !== undefined) return standIn;
  // A letter with an accent the font lacks (e.g. 'Ŝ'): keep the base letter rather than a
  // question mark, so names stay recognisable. Combining marks are dropped, not stacked:
  // whether they would be positioned well depends on the font's mark tables.
  const base = ch
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
  return base !== '' && base !== ch && [...base].every((p) => font.hasGlyphForCodePoint(p.codePointAt(0) ?? 0)) ? base : FALLBACK;
}

export function printable(font: Font, text: string): string {
  let known = coverage.get(font);
  if (!known) {
    known = new Map();
    coverage.set(font, known);
  }
  let out = '';
  // NFC first: 'å' typed as a + combining ring must become one glyph.
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x20 && cp < 0x7f) {
      out += ch; // plain ASCII: always in the font
      continue;
    }
    let mapped = known.get(cp);
    if (mapped === undefined) {
      mapped = mapChar(font, ch);
      known.set(cp, mapped);
    }
    out += mapped;
  }
  return out;
}
