/**
 * Greedy line breaking. We break lines ourselves (instead of letting pdfkit flow text)
 * so that every block knows its exact lines before anything is drawn: that is what makes
 * keep-with-next, widow/orphan control and table rows that split between lines possible.
 */

export type Measure = (text: string) => number;

/** Characters after which a too-long word may be broken (URLs, e-mail, compounds). */
const SOFT_BREAK_AFTER = new Set(['-', '/', '_', '.', '@', '–', ':', '?', '&', '=']);

/** Breaks one word that is wider than the line into pieces that fit. */
function breakWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest.length > 0 && measure(rest) > width) {
    const chars = [...rest];
    // Longest prefix that fits, at least one character so we always make progress.
    let fit = 1;
    while (fit < chars.length && measure(chars.slice(0, fit + 1).join('')) <= width) fit++;
    // Prefer to end the piece at a natural break if one is in the second half of it.
    let cut = fit;
    for (let i = fit; i > Math.floor(fit / 2); i--) {
      if (SOFT_BREAK_AFTER.has(chars[i - 1] ?? '')) {
        cut = i;
        break;
      }
    }
    pieces.push(chars.slice(0, cut).join(''));
    rest = chars.slice(cut).join('');
  }
  if (rest.length > 0) pieces.push(rest);
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
