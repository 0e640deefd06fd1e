/** Tables: a header row (repeated after every page break) and wrapped body rows. */
import type { Fragment } from '../flow';
import type { TableBlock } from '../model';
import type { StructNode } from '../tagging';
import { COLORS, SPACE, TYPE } from '../theme';
import type { LayoutContext } from './context';
import { rowFragments, type GridCell } from './grid';

interface Column {
  x: number;
  width: number;
  align: 'left' | 'right';
}

function columnsOf(lc: LayoutContext, block: TableBlock): Column[] {
  const total = block.columns.reduce((sum, c) => sum + c.width, 0);
  let x = lc.x;
  return block.columns.map((c) => {
    const width = (c.width / total) * lc.width;
    const column = { x, width, align: c.align ?? 'left' };
    x += width;
    return column;
  });
}

export function tableFragments(lc: LayoutContext, block: TableBlock, parent: StructNode, spaceBefore: number): Fragment[] {
  const columns = columnsOf(lc, block);
  const table = lc.tagger.node('Table', parent);
  const pad = SPACE.cellPadX;
  const cell = (col: Column, text: string, style: GridCell['style'], node: StructNode | null): GridCell => ({
    lines: lc.ts.lines(style, text, col.width - 2 * pad),
    style,
    x: col.x + pad,
    width: col.width - 2 * pad,
    align: col.align,
    node,
  });
  const headerRow = (node: (i: number) => StructNode | null) => ({
    cells: columns.map((col, i) => cell(col, block.columns[i]?.header ?? '', TYPE.tableHeader, node(i))),
    x: lc.x,
    width: lc.width,
    padY: SPACE.cellPadY,
    fill: COLORS.tableHeaderFill,
    rule: { color: COLORS.brand, width: 0.75 },
  });

  // The repeated header is decoration: the real one is already in the structure tree.
  const repeated = rowFragments({ ...headerRow(() => null), spaceBefore: 0 })[0];
  const headTr = lc.tagger.node('TR', table);
  const header = rowFragments({
    ...headerRow(() => lc.tagger.node('TH', headTr, { scope: 'Column' })),
    spaceBefore,
    keepWithNext: true,
  });

  const rows = block.rows.length > 0 || block.emptyText === undefined ? block.rows : [[block.emptyText]];
  const body = rows.flatMap((cells, r) => {
    const tr = lc.tagger.node('TR', table);
    const isEmptyText = block.rows.length === 0;
    return rowFragments({
      cells: isEmptyText
        ? [cell({ x: lc.x, width: lc.width, align: 'left' }, cells[0] ?? '', TYPE.detail, lc.tagger.node('TD', tr))]
        : columns.map((col, i) => cell(col, cells[i] ?? '', TYPE.tableCell, lc.tagger.node('TD', tr))),
      x: lc.x,
      width: lc.width,
      padY: SPACE.cellPadY,
      rule: { color: r === rows.length - 1 ? COLORS.rule : COLORS.hairline, width: 0.5 },
      spaceBefore: 0,
      ...(repeated ? { header: repeated } : {}),
    });
  });
  return [...header, ...body];
}
