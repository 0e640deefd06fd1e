/**
 * Fragments and pagination.
 *
 * Blocks are first turned into fragments: pieces of known height that are never split
 * (a line of a paragraph, a table row, a checklist item). Pagination then places them
 * top to bottom and starts a new page when the next fragment – together with every
 * fragment it must be kept with – does not fit. That single rule gives headings that are
 * never orphaned, paragraphs that never leave one line behind, and boxes kept together.
 */
import type { Tagger } from './tagging';
import type { Typesetter } from './typesetter';

export interface DrawContext {
  readonly ts: Typesetter;
  readonly tagger: Tagger;
  readonly doc: PDFKit.PDFDocument;
}

export interface Fragment {
  height: number;
  /** Space above the fragment; dropped at the top of a page. */
  spaceBefore: number;
  /** Must end up on the same page as the next fragment (if at all possible). */
  keepWithNext?: boolean;
  /** Drawn first when a page break falls right before this fragment (repeated table headers). */
  header?: Fragment;
  /** Draws the fragment with its top at `y`. */
  draw(ctx: DrawContext, y: number): void;
}

export interface PageFrame {
  /** Where content starts on the first page. */
  firstTop: number;
  /** Where content starts on later pages. */
  top: number;
  bottom: number;
  /** Called after each new page is added (to draw running headers). */
  onNewPage(ctx: DrawContext): void;
}

/** Height that fragment i needs on the current page, including those kept with it. */
function neededHeight(fragments: readonly Fragment[], i: number, gap: number, limit: number): number {
  let need = gap;
  for (let j = i; j < fragments.length; j++) {
    const f = fragments[j];
    if (!f) break;
    need += (j === i ? 0 : f.spaceBefore) + f.height;
    if (!f.keepWithNext || need > limit) break;
  }
  return need;
}

/** Places all fragments, adding pages as needed. Returns the number of pages. */
export function paginate(ctx: DrawContext, fragments: readonly Fragment[], frame: PageFrame): number {
  let pages = 1;
  let y = frame.firstTop;
  let atTop = true;
  const pageHeight = frame.bottom - frame.top;

  fragments.forEach((fragment, i) => {
    const gap = atTop ? 0 : fragment.spaceBefore;
    const need = neededHeight(fragments, i, gap, pageHeight);
    if (!atTop && y + need > frame.bottom) {
      ctx.doc.addPage();
      pages++;
      frame.onNewPage(ctx);
      y = frame.top;
      if (fragment.header) {
        fragment.header.draw(ctx, y);
        y += fragment.header.height;
      }
    } else {
      y += gap;
    }
    fragment.draw(ctx, y);
    y += fragment.height;
    atTop = false;
  });
  return pages;
}
