/** A highlighted box: tinted fill with a brand-coloured bar at the left. Kept whole when it fits. */
import type { Fragment } from '../flow';
import type { NoteBlock } from '../model';
import type { StructNode } from '../tagging';
import { COLORS, SPACE, TYPE, type TextStyle } from '../theme';
import { keepFlags, type LayoutContext } from './context';

const BAR = 3;

export function noteFragments(lc: LayoutContext, block: NoteBlock, parent: StructNode | undefined, spaceBefore: number): Fragment[] {
  const pad = SPACE.notePad;
  const inner = lc.width - BAR - 2 * pad;
  const div = lc.tagger.node('Div', parent);
  const runs: { node: ReturnType<typeof lc.tagger.node>; style: TextStyle; text: string }[] = [];
  if (block.title) {
    const node = lc.tagger.node('P', div);
    for (const text of lc.ts.lines(TYPE.noteTitle, block.title, inner)) runs.push({ node, style: TYPE.noteTitle, text });
  }
  const node = lc.tagger.node('P', div);
  for (const text of lc.ts.lines(TYPE.body, block.text, inner)) runs.push({ node, style: TYPE.body, text });

  const keep = keepFlags(runs.length, 14);
  return runs.map((run, i): Fragment => {
    const first = i === 0;
    const last = i === runs.length - 1;
    const top = first ? pad : 0;
    const height = run.style.lineHeight + top + (last ? pad : 0);
    return {
      height,
      spaceBefore: first ? spaceBefore : 0,
      keepWithNext: keep[i] ?? false,
      draw: (ctx, y) => {
        ctx.tagger.artifact(() => {
          ctx.doc.rect(lc.x, y, lc.width, height).fill(COLORS.noteFill);
          ctx.doc.rect(lc.x, y, BAR, height).fill(COLORS.noteAccent);
        });
        ctx.tagger.content(run.node, () => ctx.ts.draw(run.style, run.text, lc.x + BAR + pad, y + top));
      },
    };
  });
}
