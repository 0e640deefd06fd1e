/** The document engine: a domain-free layout engine producing PDF/A-3b with Oslo Sans. */
export { renderPdf } from './render';
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
