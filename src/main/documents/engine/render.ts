/**
 * renderPdf: document model in, PDF/A-3b bytes out.
 *
 * Three passes: lay out every block into fragments (measuring only), paginate (drawing),
 * then draw footers on all pages now that the page count is known.
 */
import { checklistFragments } from './blocks/checklist';
import type { LayoutContext } from './blocks/context';
import { frontFragments } from './blocks/front';
import { keyValueFragments } from './blocks/key-value';
import { listFragments } from './blocks/list';
import { noteFragments } from './blocks/note';
import { tableFragments } from './blocks/table';
import { textFragments } from './blocks/text';
import { drawFooters, drawRunningHeader } from './chrome';
import { paginate, type DrawContext, type Fragment } from './flow';
import { loadFonts } from './fonts';
import type { Block, DocumentModel, RenderOptions } from './model';
import { attachJson, createDocument, finish } from './pdf-document';
import { Tagger, type StructNode } from './tagging';
import { CONTENT_WIDTH, PAGE, SPACE, TYPE } from './theme';
import { Typesetter } from './typesetter';
import { assertRenderable } from './validate';

function blockFragments(lc: LayoutContext, block: Block, parent: StructNode, spaceBefore: number): Fragment[] {
  switch (block.kind) {
    case 'paragraph':
      return textFragments(lc, parent, 'P', TYPE.body, block.text, { spaceBefore });
    case 'subheading':
      return textFragments(lc, parent, 'H3', TYPE.h3, block.text, {
        spaceBefore: Math.max(spaceBefore, SPACE.subheadingBefore),
        keepWithNext: true,
        balance: true,
      });
    case 'keyValue':
      return keyValueFragments(lc, block, parent, spaceBefore);
    case 'list':
      return listFragments(lc, block, parent, spaceBefore);
    case 'table':
      return tableFragments(lc, block, parent, spaceBefore);
    case 'checklist':
      return checklistFragments(lc, block, parent, spaceBefore);
    case 'note':
      return noteFragments(lc, block, parent, spaceBefore);
  }
}

function layout(lc: LayoutContext, model: DocumentModel): Fragment[] {
  const root = lc.tagger.node('Document');
  const fragments = frontFragments(lc, model, root);
  if (model.notice) fragments.push(...noteFragments(lc, { kind: 'note', text: model.notice }, root, 18));
  for (const section of model.sections) {
    const sect = lc.tagger.node('Sect', root);
    const previous = fragments.at(-1);
    if (section.keepWithPrevious && previous) previous.keepWithNext = true;
    fragments.push(
      ...textFragments(lc, sect, 'H2', TYPE.h2, section.heading, {
        spaceBefore: SPACE.sectionBefore,
        keepWithNext: true,
        balance: true,
      }),
    );
    let afterHeading = true;
    for (const block of section.blocks) {
      // A heading sits closer to what it introduces than blocks sit to each other.
      fragments.push(...blockFragments(lc, block, sect, afterHeading ? SPACE.headingAfter : SPACE.block));
      afterHeading = block.kind === 'subheading';
    }
  }
  return fragments;
}

export async function renderPdf(model: DocumentModel, options: RenderOptions = {}): Promise<Buffer> {
  assertRenderable(model, options);
  const creationDate = options.creationDate ?? new Date();
  const doc = createDocument({
    title: model.title,
    ...(model.author ? { author: model.author } : {}),
    ...(model.subject ? { subject: model.subject } : {}),
    ...(model.keywords ? { keywords: model.keywords } : {}),
    lang: model.lang,
    creationDate,
    tagged: options.tagged ?? true,
  });
  const ts = new Typesetter(doc, loadFonts());
  const tagger = new Tagger(doc, options.tagged ?? true);
  const ctx: DrawContext = { ts, tagger, doc };
  const lc: LayoutContext = { ts, tagger, x: PAGE.marginX, width: CONTENT_WIDTH };

  const runningUnit = model.letterhead?.unit ?? model.letterhead?.organisation ?? '';
  paginate(ctx, layout(lc, model), {
    firstTop: PAGE.firstTop,
    top: PAGE.top,
    bottom: PAGE.bottom,
    onNewPage: (c) => drawRunningHeader(c, model.title, runningUnit),
  });
  drawFooters(ctx, model.footerText);
  tagger.finish();
  if (options.attachment) attachJson(doc, options.attachment, creationDate);
  return finish(doc);
}
