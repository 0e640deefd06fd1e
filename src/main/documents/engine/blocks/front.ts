/**
 * The first page's header: letterhead (logo, organisation, unit), title, subtitle, the
 * grid of key facts, and a rule that closes the header.
 */
import type { Fragment } from '../flow';
import { drawLogo } from '../logo';
import type { DocumentModel, LabelledValue } from '../model';
import type { StructNode } from '../tagging';
import { COLORS, TYPE } from '../theme';
import type { LayoutContext } from './context';
import { textFragments } from './text';

const LOGO_HEIGHT = 34;
const META_COLUMNS = 3;
const META_GUTTER = 16;
const META_ROW_GAP = 10;

function letterheadFragment(lc: LayoutContext, model: DocumentModel, parent: StructNode): Fragment[] {
  const head = model.letterhead;
  if (!head) return [];
  const node = lc.tagger.node('P', parent);
  const organisation = lc.ts.clean(TYPE.organisation, head.organisation);
  const unit = head.unit ? lc.ts.clean(TYPE.unit, head.unit) : '';
  const showLogo = head.logo !== false;
  return [
    {
      height: LOGO_HEIGHT,
      spaceBefore: 0,
      keepWithNext: true,
      draw: (ctx, y) => {
        let textX = lc.x;
        if (showLogo) {
          ctx.tagger.artifact(() => {
            // The logo carries the word "Oslo"; a thin divider separates it from the sender text.
            const dividerX = lc.x + drawLogo(ctx.doc, lc.x, y, LOGO_HEIGHT, COLORS.brand) + 12;
            ctx.doc.moveTo(dividerX, y + 4).lineTo(dividerX, y + LOGO_HEIGHT - 2).lineWidth(0.75).strokeColor(COLORS.rule).stroke();
            textX = dividerX + 12;
          });
        }
        const textHeight = TYPE.organisation.lineHeight + (unit ? TYPE.unit.lineHeight : 0);
        const top = y + (LOGO_HEIGHT - textHeight) / 2 + (showLogo ? 1 : 0);
        ctx.tagger.content(node, () => {
          ctx.ts.draw(TYPE.organisation, organisation, textX, top);
          if (unit) ctx.ts.draw(TYPE.unit, unit, textX, top + TYPE.organisation.lineHeight);
        });
      },
    },
  ];
}

function metaFragments(lc: LayoutContext, meta: LabelledValue[], parent: StructNode): Fragment[] {
  if (meta.length === 0) return [];
  const div = lc.tagger.node('Div', parent);
  const columnWidth = (lc.width - META_GUTTER * (META_COLUMNS - 1)) / META_COLUMNS;
  const fragments: Fragment[] = [];
  for (let start = 0; start < meta.length; start += META_COLUMNS) {
    const row = meta.slice(start, start + META_COLUMNS);
    const cells = row.map((m, i) => {
      // The last cell of a short row takes the rest of the row, so a long value (an e-mail
      // address) stays on one line instead of breaking in a narrow column.
      const span = i === row.length - 1 ? META_COLUMNS - i : 1;
      const width = span * columnWidth + (span - 1) * META_GUTTER;
      return {
        node: lc.tagger.node('P', div),
        x: lc.x + i * (columnWidth + META_GUTTER),
        label: lc.ts.lines(TYPE.metaLabel, m.label, width),
        value: lc.ts.lines(TYPE.metaValue, m.value, width),
      };
    });
    const cellHeight = (c: (typeof cells)[number]): number =>
      c.label.length * TYPE.metaLabel.lineHeight + c.value.length * TYPE.metaValue.lineHeight;
    fragments.push({
      height: Math.max(...cells.map(cellHeight)),
      spaceBefore: start === 0 ? 16 : META_ROW_GAP,
      keepWithNext: true,
      draw: (ctx, y) => {
        for (const c of cells) {
          ctx.tagger.content(c.node, () => {
            let top = y;
            for (const line of c.label) {
              ctx.ts.draw(TYPE.metaLabel, line, c.x, top);
              top += TYPE.metaLabel.lineHeight;
            }
            for (const line of c.value) {
              ctx.ts.draw(TYPE.metaValue, line, c.x, top);
              top += TYPE.metaValue.lineHeight;
            }
          });
        }
      },
    });
  }
  return fragments;
}

function ruleFragment(lc: LayoutContext): Fragment {
  return {
    height: 1,
    spaceBefore: 16,
    draw: (ctx, y) =>
      ctx.tagger.artifact(() =>
        ctx.doc.moveTo(lc.x, y + 0.5).lineTo(lc.x + lc.width, y + 0.5).lineWidth(1).strokeColor(COLORS.brand).stroke(),
      ),
  };
}

export function frontFragments(lc: LayoutContext, model: DocumentModel, parent: StructNode): Fragment[] {
  const letterhead = letterheadFragment(lc, model, parent);
  return [
    ...letterhead,
    ...textFragments(lc, parent, 'H1', TYPE.title, model.title, {
      spaceBefore: letterhead.length > 0 ? 30 : 0,
      keepWithNext: true,
      balance: true,
    }),
    ...(model.subtitle
      ? textFragments(lc, parent, 'P', TYPE.subtitle, model.subtitle, { spaceBefore: 4, keepWithNext: true })
      : []),
    ...metaFragments(lc, model.meta, parent),
    ruleFragment(lc),
  ];
}
