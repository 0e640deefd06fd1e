/**
 * Checklists: a drawn status mark, the item text, an optional muted detail line and the
 * status in words at the right (so the status survives text extraction and screen readers).
 */
import type { Fragment } from '../flow';
import { drawMark, MARK_SIZE } from '../marks';
import type { ChecklistBlock, ChecklistStatus } from '../model';
import type { StructNode } from '../tagging';
import { COLORS, TYPE } from '../theme';
import { keepFlags, type LayoutContext } from './context';
import { PDF_ENGINE_TEXT } from '../../../../shared/i18n/documents-text';

export const STATUS_LABELS: Record<ChecklistStatus, string> = {
  done: PDF_ENGINE_TEXT.utfort,
  notRelevant: PDF_ENGINE_TEXT.ikkeRelevant,
  open: PDF_ENGINE_TEXT.ikkeUtfort,
};

const INDENT = 22;
const STATUS_WIDTH = 78;
const PAD_Y = 6;

export function checklistFragments(lc: LayoutContext, block: ChecklistBlock, parent: StructNode, spaceBefore: number): Fragment[] {
  const list = lc.tagger.node('L', parent);
  const textWidth = lc.width - INDENT - STATUS_WIDTH - 8;
  return block.items.flatMap((item, itemIndex) => {
    const li = lc.tagger.node('LI', list);
    const label = lc.tagger.node('Lbl', li);
    const body = lc.tagger.node('LBody', li);
    const statusText = lc.ts.clean(TYPE.detail, item.statusLabel ?? STATUS_LABELS[item.status]);
    const textStyle = item.status === 'notRelevant' ? { ...TYPE.body, color: COLORS.muted } : TYPE.body;
    const lines = [
      ...lc.ts.lines(textStyle, item.text, textWidth).map((text) => ({ text, style: textStyle })),
      ...(item.detail ? lc.ts.lines(TYPE.detail, item.detail, textWidth).map((text) => ({ text, style: TYPE.detail })) : []),
    ];
    const keep = keepFlags(lines.length, 8);
    const isLastItem = itemIndex === block.items.length - 1;
    return lines.map((line, i): Fragment => {
      const first = i === 0;
      const last = i === lines.length - 1;
      const top = first ? PAD_Y : 0;
      const height = line.style.lineHeight + top + (last ? PAD_Y : 0);
      return {
        height,
        spaceBefore: first && itemIndex === 0 ? spaceBefore : 0,
        keepWithNext: keep[i] ?? false,
        draw: (ctx, y) => {
          const lineTop = y + top;
          if (first) {
            const markY = ctx.ts.baseline(TYPE.body, lineTop) - TYPE.body.size * 0.37 - MARK_SIZE / 2;
            ctx.tagger.artifact(() => drawMark(ctx.doc, item.status, lc.x, markY));
          }
          // Text before the status word, so plain text extraction reads "item … Utført".
          ctx.tagger.content(body, () => ctx.ts.draw(line.style, line.text, lc.x + INDENT, lineTop));
          if (first) {
            ctx.tagger.content(label, () =>
              ctx.ts.draw(TYPE.detail, statusText, lc.x + lc.width - STATUS_WIDTH, lineTop, 'right', STATUS_WIDTH, textStyle.lineHeight),
            );
          }
          if (last && !isLastItem) {
            const ruleY = y + height - 0.25;
            ctx.tagger.artifact(() =>
              ctx.doc.moveTo(lc.x + INDENT, ruleY).lineTo(lc.x + lc.width, ruleY).lineWidth(0.5).strokeColor(COLORS.hairline).stroke(),
            );
          }
        },
      };
    });
  });
}
