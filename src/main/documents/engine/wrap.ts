/**
 * Greedy line breaking. We break lines ourselves (instead of letting pdfkit flow text)
 * so that every block knows its exact lines before anything is drawn: that is what makes
 * keep-with-next, widow/orphan control and table rows that split between lines possible.
 */

export type Measure = (text: string) => number;

/** Characters after which a too-long word may be broken (URLs, e-mail, compounds). */
const SOFT_BREAK_AFTER = new Set(['-', '/', '_', '.', '@', '–', ':', '?', '&', '=']);

/** Splits a word after each natural break point: "Stovner-Koordinator" → "Stovner-", "Koordinator". */
function segmentsOf(word: string): string[] {
  const segments: string[] = [];
  let current = '';
  const chars = [...word];
  chars.forEach((ch, i) => {
    current += ch;
    // A run of break characters ("--", "://") stays together, the break comes after it.
    if (SOFT_BREAK_AFTER.has(ch) && !SOFT_BREAK_AFTER.has(chars[i + 1] ?? '')) {
      segments.push(current);
      current = '';
    }
  });
  if (current !== '') segments.push(current);
  return segments;
}

/** Cuts a segment with no break point that is wider than the line: the only place a word is cut mid-letters. */
function cutSegment(segment: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let chars = [...segment];
  while (chars.length > 0 && measure(chars.join('')) > width) {
    // Longest prefix that fits, at least one character so we always make progress.
    let fit = 1;
    while (fit < chars.length && measure(chars.slice(0, fit + 1).join('')) <= width) fit++;
    pieces.push(chars.slice(0, fit).join(''));
    chars = chars.slice(fit);
  }
  if (chars.length > 0) pieces.push(chars.join(''));
  return pieces;
}

/**
 * Breaks one word that is wider than the line into pieces that fit: at its natural break
 * points (after a hyphen, a slash, …) as long as the parts between them fit, and inside a part
 * only when that part alone is wider than the line.
 */
function breakWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const segment of segmentsOf(word)) {
    if (measure(piece + segment) <= width) {
      piece += segment;
      continue;
    }
    if (piece !== '') pieces.push(piece);
    const cut = cutSegment(segment, width, measure);
    piece = cut.pop() ?? '';
    pieces.push(...cut);
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Splits `text` into lines no wider than `width`. Runs of spaces collapse; '\n' forces a
 * break and an empty line is kept (so blank lines separate paragraphs). Non-breaking
 * spaces (U+00A0) are not break points.
 *
 * A line that was broken at a space keeps that space at its end (it is not counted in the
 * width and draws nothing). Without it the text content has no word boundary between
 * lines, and screen readers and copy-paste run the last and first words together.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  const space = measure(' ');
  for (const hardLine of text.split('\n')) {
    const words = hardLine.split(/ +/).filter((w) => w.length > 0);
    if (words.length === 0) {
      lines.push('');
      continue;
    }
    let line = '';
    let lineWidth = 0;
    for (const word of words) {
      const w = measure(word);
      if (line !== '' && lineWidth + space + w <= width) {
        line += ' ' + word;
        lineWidth += space + w;
        continue;
      }
      if (line !== '') lines.push(line + ' ');
      if (w <= width) {
        line = word;
        lineWidth = w;
      } else {
        const pieces = breakWord(word, width, measure);
        const last = pieces.pop() ?? '';
        lines.push(...pieces);
        line = last;
        lineWidth = measure(last);
      }
    }
    lines.push(line);
  }
  // Trailing blank lines carry no content and would only add height.
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
