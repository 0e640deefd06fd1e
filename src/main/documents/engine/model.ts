/**
 * The document model: plain, serialisable data that says *what* a document contains.
 * The engine decides *how* it looks, so every document the app produces shares one design.
 * Nothing here knows about exchanges, clients or districts.
 */

export type DocumentLanguage = 'nb-NO';

/** One label/value pair, e.g. { label: 'Referanse', value: 'BYT-2025-014' }. */
export interface LabelledValue {
  label: string;
  value: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  /** Plain text. A single '\n' starts a new line; an empty line gives a paragraph break. */
  text: string;
}

/** A smaller heading inside a section (H3). */
export interface SubheadingBlock {
  kind: 'subheading';
  text: string;
}

/** Label/value rows laid out as a two-column table; long values wrap. */
export interface KeyValueBlock {
  kind: 'keyValue';
  rows: LabelledValue[];
  /** Fraction of the content width given to the label column. Default 0.34. */
  labelWidth?: number;
}

export interface ListBlock {
  kind: 'list';
  items: string[];
}

export interface TableColumn {
  header: string;
  /** Relative width. Fractions that do not add up to 1 are scaled so they do. */
  width: number;
  align?: 'left' | 'right';
}

export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  /** Each row has exactly one cell per column. */
  rows: string[][];
  /** Shown in a single row when `rows` is empty; without it an empty table shows only its header. */
  emptyText?: string;
}

export type ChecklistStatus = 'done' | 'notRelevant' | 'open';

export interface ChecklistItem {
  status: ChecklistStatus;
  text: string;
  /** A muted line under the text, e.g. who did it and when. */
  detail?: string;
  /** Overrides the status word printed at the right (default: Utført / Ikke relevant / Ikke utført). */
  statusLabel?: string;
}

export interface ChecklistBlock {
  kind: 'checklist';
  items: ChecklistItem[];
}

/** A highlighted box for things the reader must not miss. */
export interface NoteBlock {
  kind: 'note';
  text: string;
  title?: string;
}

export type Block =
  | ParagraphBlock
  | SubheadingBlock
  | KeyValueBlock
  | ListBlock
  | TableBlock
  | ChecklistBlock
  | NoteBlock;

export interface Section {
  heading: string;
  blocks: Block[];
  /**
   * Kept on the same page as the end of what comes before it: a short closing section never
   * stands alone on a page of its own (the last lines before it move along with it).
   */
  keepWithPrevious?: boolean;
}

/** The sender shown at the top of the first page. */
export interface Letterhead {
  /** e.g. 'Oslo kommune' */
  organisation: string;
  /** e.g. 'Bydel Frogner' */
  unit?: string;
  /** Draw the Oslo kommune logo from @oslokommune/punkt-assets. Default true. */
  logo?: boolean;
}

export interface DocumentModel {
  title: string;
  subtitle?: string;
  letterhead?: Letterhead;
  /** Key facts under the title (reference, date, parties), laid out in a grid. */
  meta: LabelledValue[];
  /** A highlighted box right under the header. */
  notice?: string;
  sections: Section[];
  /** Left part of the footer on every page; the right part is always 'Side X av Y'. */
  footerText?: string;
  lang: DocumentLanguage;
  author?: string;
  subject?: string;
  keywords?: string[];
}

export interface PdfAttachment {
  /** File name inside the PDF, e.g. 'bytteordning.json'. */
  name: string;
  /** Must be valid JSON; it is embedded byte for byte as UTF-8. */
  json: string;
  /** Shown by PDF readers next to the attachment. */
  description?: string;
}

export interface RenderOptions {
  attachment?: PdfAttachment;
  /** Fixes every date written into the file so identical input gives identical bytes. */
  creationDate?: Date;
  /** Write a structure tree (tagged PDF) for screen readers. Default true. */
  tagged?: boolean;
}
