/** Label/value rows as a two-column table; the label column is a row header. */
import type { Fragment } from '../flow';
import type { KeyValueBlock } from '../model';
import type { StructNode } from '../tagging';
import { COLORS, SPACE, TYPE } from '../theme';
import { keepFlags, type LayoutContext } from './context';
import { rowFragments } from './grid';

export function keyValueFragments(lc: LayoutContext, block: KeyValueBlock, parent: StructNode, spaceBefore: number): Fragment[] {
  const table = lc.tagger.node('Table', parent);
  const labelWidth = lc.width * Math.min(0.6, Math.max(0.15, block.labelWidth ?? 0.34));
  const gutter = 12;
  const valueX = lc.x + labelWidth;
  const valueWidth = lc.width - labelWidth;
  // No lone first or last row at a page break: a label list reads as one unit.
  const keep = keepFlags(block.rows.length);
  return block.rows.flatMap((row, i) => {
    const tr = lc.tagger.node('TR', table);
    return rowFragments({
      cells: [
        {
          lines: lc.ts.lines(TYPE.label, row.label, labelWidth - gutter),
          style: TYPE.label,
          x: lc.x,
          width: labelWidth - gutter,
          align: 'left',
          node: lc.tagger.node('TH', tr, { scope: 'Row' }),
        },
        {
          lines: lc.ts.lines(TYPE.body, row.value, valueWidth),
          style: TYPE.body,
          x: valueX,
          width: valueWidth,
          align: 'left',
          node: lc.tagger.node('TD', tr),
        },
      ],
      x: lc.x,
      width: lc.width,
      padY: SPACE.cellPadY,
      rule: { color: COLORS.hairline, width: 0.5 },
      spaceBefore: i === 0 ? spaceBefore : 0,
      keepWithNext: keep[i] ?? false,
    });
  });
}
