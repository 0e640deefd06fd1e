/** The document engine: a domain-free layout engine producing PDF/A-3b with Oslo Sans. */
import type { DocumentModel, RenderOptions } from './model';

/** Renders a document model to PDF/A-3b. */
export async function renderPdf(model: DocumentModel, options: RenderOptions = {}): Promise<Buffer> {
  // pdfkit and fontkit take about 0.1 s to load: they come with the first document, not at
  // start (the bundles are split at this import).
  const render = await import('./render');
  return render.renderPdf(model, options);
}

export type {
  Block,
  ChecklistBlock,
  ChecklistItem,
  ChecklistStatus,
  DocumentLanguage,
  DocumentModel,
  KeyValueBlock,
  LabelledValue,
  Letterhead,
  ListBlock,
  NoteBlock,
  ParagraphBlock,
  PdfAttachment,
  RenderOptions,
  Section,
  SubheadingBlock,
  TableBlock,
  TableColumn,
} from './model';
export { STATUS_LABELS } from './blocks/checklist';
