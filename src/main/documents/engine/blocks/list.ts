/** Bulleted lists. The bullet is a drawn dot, so it is decoration, not text. */
import type { Fragment } from '../flow';
import type { ListBlock } from '../model';
import type { StructNode } from '../tagging';
import { COLORS, TYPE } from '../theme';
import { keepFlags, type LayoutContext } from './context';

const INDENT = 16;
const ITEM_GAP = 3;

export function listFragments(lc: LayoutContext, block: ListBlock, parent: StructNode, spaceBefore: number): Fragment[] {
  const style = TYPE.body;
  const list = lc.tagger.node('L', parent);
  return block.items.flatMap((item, itemIndex) => {
    const li = lc.tagger.node('LI', list);
    const body = lc.tagger.node('LBody', li);
    const lines = lc.ts.lines(style, item, lc.width - INDENT);
    const keep = keepFlags(lines.length, 3);
    return lines.map((line, i): Fragment => ({
      height: style.lineHeight,
      spaceBefore: i > 0 ? 0 : itemIndex === 0 ? spaceBefore : ITEM_GAP,
      keepWithNext: keep[i] ?? false,
      draw: (ctx, y) => {
        if (i === 0) {
          const cy = ctx.ts.baseline(style, y) - style.size * 0.34;
          ctx.tagger.artifact(() => ctx.doc.circle(lc.x + 4.5, cy, 1.9).fill(COLORS.brand));
        }
        ctx.tagger.content(body, () => ctx.ts.draw(style, line, lc.x + INDENT, y));
      },
    }));
  });
}
