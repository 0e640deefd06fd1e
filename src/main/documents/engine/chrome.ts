/**
 * Page furniture: the running header on pages after the first and the footer on every
 * page ("Side X av Y"). All of it is a pagination artifact, not document content.
 */
import type { DrawContext } from './flow';
import { COLORS, CONTENT_WIDTH, PAGE, TYPE } from './theme';
import { PDF_ENGINE_TEXT } from '../../../shared/i18n/documents-text';

const RUNNING_TOP = 34;
const FOOTER_RULE = PAGE.bottom + 22;
const PAGE_NUMBER_WIDTH = 80;

function rule(doc: PDFKit.PDFDocument, y: number): void {
  doc.moveTo(PAGE.marginX, y).lineTo(PAGE.marginX + CONTENT_WIDTH, y).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
}

export function drawRunningHeader(ctx: DrawContext, title: string, unit: string): void {
  const { ts } = ctx;
  const right = unit ? (ts.lines(TYPE.running, unit, 160)[0] ?? '').trimEnd() : '';
  const rightWidth = right ? ts.width(TYPE.running, right) + 16 : 0;
  const titleLines = ts.lines(TYPE.running, title, CONTENT_WIDTH - rightWidth);
  let left = (titleLines[0] ?? '').trimEnd();
  if (titleLines.length > 1) left = left.replace(/\s*\S*$/, '') + ' …';
  ctx.tagger.artifact(() => {
    ts.draw(TYPE.running, left, PAGE.marginX, RUNNING_TOP);
    if (right) ts.draw(TYPE.running, right, PAGE.marginX, RUNNING_TOP, 'right', CONTENT_WIDTH);
    rule(ctx.doc, RUNNING_TOP + TYPE.running.lineHeight + 5);
  }, 'Pagination');
}

/** Draws footers on every buffered page; call after all content is placed. */
export function drawFooters(ctx: DrawContext, footerText: string | undefined): void {
  const { doc, ts } = ctx;
  const range = doc.bufferedPageRange();
  const footerLines = footerText ? ts.lines(TYPE.footer, footerText, CONTENT_WIDTH - PAGE_NUMBER_WIDTH - 16).slice(0, 2) : [];
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const pageLabel = PDF_ENGINE_TEXT.side(i + 1, range.count);
    ctx.tagger.artifact(() => {
      rule(doc, FOOTER_RULE);
      const top = FOOTER_RULE + 6;
      footerLines.forEach((line, n) => ts.draw(TYPE.footer, line, PAGE.marginX, top + n * TYPE.footer.lineHeight));
      ts.draw(TYPE.footer, pageLabel, PAGE.marginX, top, 'right', CONTENT_WIDTH);
    }, 'Pagination');
  }
}
