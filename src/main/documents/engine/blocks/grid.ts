/**
 * Rows of cells, shared by tables and key/value lists. A row is one fragment, so it is
 * never split, unless it is so tall that moving it whole would leave a large gap: then it
 * is cut between lines (never inside one), with at least two lines on each side.
 */
import type { DrawContext, Fragment } from '../flow';
import type { StructNode } from '../tagging';
import type { TextStyle } from '../theme';
import type { Align } from '../typesetter';

export interface GridCell {
  lines: string[];
  style: TextStyle;
  x: number;
  width: number;
  align: Align;
  /** Null for decoration-only rows (a repeated table header). */
  node: StructNode | null;
}

export interface GridRow {
  cells: GridCell[];
  /** Left edge and width of the row's fill and rule. */
  x: number;
  width: number;
  padY: number;
  fill?: string;
  /** Line under the row. */
  rule?: { color: string; width: number };
  spaceBefore: number;
  keepWithNext?: boolean;
  header?: Fragment;
}

/** Rows taller than this are cut between lines rather than moved whole to the next page. */
const SPLIT_ABOVE = 150;

function lineHeightOf(row: GridRow): number {
  return Math.max(...row.cells.map((c) => c.style.lineHeight));
}

function drawSlice(ctx: DrawContext, row: GridRow, y: number, from: number, to: number, top: number, height: number, isLast: boolean): void {
  const lh = lineHeightOf(row);
  const { fill, rule } = row;
  if (fill) {
    ctx.tagger.artifact(() => ctx.doc.rect(row.x, y, row.width, height).fill(fill));
  }
  for (const cell of row.cells) {
    const lines = cell.lines.slice(from, to);
    if (lines.length === 0) continue;
    const drawLines = (): void =>
      lines.forEach((line, i) => ctx.ts.draw(cell.style, line, cell.x, y + top + i * lh, cell.align, cell.width, lh));
    if (cell.node) ctx.tagger.content(cell.node, drawLines);
    else ctx.tagger.artifact(drawLines, 'Pagination');
  }
  if (rule && isLast) {
    const ruleY = y + height - rule.width / 2;
    ctx.tagger.artifact(() =>
      ctx.doc.moveTo(row.x, ruleY).lineTo(row.x + row.width, ruleY).lineWidth(rule.width).strokeColor(rule.color).stroke(),
    );
  }
}

export function rowFragments(row: GridRow): Fragment[] {
  const lh = lineHeightOf(row);
  const lineCount = Math.max(1, ...row.cells.map((c) => c.lines.length));
  const height = row.padY * 2 + lineCount * lh;

  if (height <= SPLIT_ABOVE || lineCount < 4) {
    return [
      {
        height,
        spaceBefore: row.spaceBefore,
        ...(row.keepWithNext ? { keepWithNext: true } : {}),
        ...(row.header ? { header: row.header } : {}),
        draw: (ctx, y) => drawSlice(ctx, row, y, 0, lineCount, row.padY, height, true),
      },
    ];
  }

  // One fragment per line; padding belongs to the first and last.
  return Array.from({ length: lineCount }, (_, i): Fragment => {
    const first = i === 0;
    const last = i === lineCount - 1;
    const sliceHeight = lh + (first ? row.padY : 0) + (last ? row.padY : 0);
    return {
      height: sliceHeight,
      spaceBefore: first ? row.spaceBefore : 0,
      keepWithNext: (last && row.keepWithNext === true) || i === 0 || i === lineCount - 2,
      ...(row.header ? { header: row.header } : {}),
      draw: (ctx, y) => drawSlice(ctx, row, y, i, i + 1, first ? row.padY : 0, sliceHeight, last),
    };
  });
}
