/** Paragraphs and headings: wrapped lines, one fragment per line. */
import type { Fragment } from '../flow';
import type { StructNode, StructType } from '../tagging';
import type { TextStyle } from '../theme';
import { keepFlags, type LayoutContext } from './context';

export interface TextOptions {
  spaceBefore: number;
  /** Extra space under the last line (part of the block, so it moves with it). */
  spaceAfter?: number;
  /** Keep every line with whatever follows (headings). */
  keepWithNext?: boolean;
  /** Do not split runs of up to this many lines. */
  togetherUpTo?: number;
  /** Even out line lengths (headings). */
  balance?: boolean;
}

export function textFragments(
  lc: LayoutContext,
  parent: StructNode | undefined,
  type: StructType,
  style: TextStyle,
  text: string,
  options: TextOptions,
): Fragment[] {
  const node = lc.tagger.node(type, parent);
  const lines = options.balance ? lc.ts.balancedLines(style, text, lc.width) : lc.ts.lines(style, text, lc.width);
  const keep = keepFlags(lines.length, options.togetherUpTo ?? 0);
  return lines.map((line, i) => {
    const last = i === lines.length - 1;
    return {
      height: style.lineHeight + (last ? (options.spaceAfter ?? 0) : 0),
      spaceBefore: i === 0 ? options.spaceBefore : 0,
      keepWithNext: options.keepWithNext === true || (keep[i] ?? false),
      draw: (ctx, y) => ctx.tagger.content(node, () => ctx.ts.draw(style, line, lc.x, y)),
    };
  });
}
