/**
 * Measuring and drawing single lines of text. Everything that puts text on a page goes
 * through here, so font coverage (see glyphs.ts) and vertical placement are handled once.
 */
import type { Font } from 'fontkit';
import { printable } from './glyphs';
import type { FontName, TextStyle } from './theme';
import { wrapText } from './wrap';

export type Align = 'left' | 'right';

export class Typesetter {
  readonly doc: PDFKit.PDFDocument;
  private readonly fonts: Record<FontName, Font>;

  constructor(doc: PDFKit.PDFDocument, fonts: Record<FontName, Font>) {
    this.doc = doc;
    this.fonts = fonts;
  }

  private use(style: TextStyle): void {
    this.doc.font(style.font).fontSize(style.size);
  }

  /** Text the font can print (see glyphs.ts), trimmed. */
  clean(style: TextStyle, text: string): string {
    return printable(this.fonts[style.font], text.trim());
  }

  width(style: TextStyle, text: string): number {
    this.use(style);
    return this.doc.widthOfString(text);
  }

  /** The lines `text` occupies in a column `width` wide. Always at least one line. */
  lines(style: TextStyle, text: string, width: number): string[] {
    const clean = this.clean(style, text);
    this.use(style);
    return wrapText(clean, width, (s) => this.doc.widthOfString(s));
  }

  /**
   * Like `lines`, but with lines of even length (CSS `text-wrap: balance`): for headings,
   * so a title never ends with one lonely word on its last line.
   */
  balancedLines(style: TextStyle, text: string, width: number): string[] {
    const greedy = this.lines(style, text, width);
    if (greedy.length < 2) return greedy;
    let lo = width / 2;
    let hi = width;
    for (let i = 0; i < 10; i++) {
      const mid = (lo + hi) / 2;
      if (this.lines(style, text, mid).length > greedy.length) lo = mid;
      else hi = mid;
    }
    return this.lines(style, text, hi);
  }

  /**
   * Where the baseline sits in a line box starting at `top`: capitals are centred
   * optically, which keeps text centred in table rows and next to checklist marks.
   */
  baseline(style: TextStyle, top: number, box = style.lineHeight): number {
    const font = this.fonts[style.font];
    const capHeight = (font.capHeight / font.unitsPerEm) * style.size;
    return top + (box + capHeight) / 2;
  }

  /**
   * Draws one already-wrapped line in a line box whose top is `top`. `box` overrides the
   * box height so lines of different styles in one row share a baseline.
   */
  draw(style: TextStyle, text: string, x: number, top: number, align: Align = 'left', width = 0, box = style.lineHeight): void {
    if (text === '') return;
    this.use(style);
    // Measure without the trailing word-boundary space (see wrap.ts) so right alignment is exact.
    const left = align === 'right' ? x + width - this.doc.widthOfString(text.trimEnd()) : x;
    this.doc.fillColor(style.color).text(text, left, this.baseline(style, top, box), {
      baseline: 'alphabetic',
      lineBreak: false,
    });
  }
}
