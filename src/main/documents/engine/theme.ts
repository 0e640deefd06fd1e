/**
 * The one place that decides how documents look. Values follow Oslo kommune's
 * design system (Punkt) colours and Oslo Sans; sizes are in PDF points (1/72 inch).
 */

export type FontName = 'Regular' | 'Medium' | 'Bold';

export interface TextStyle {
  font: FontName;
  size: number;
  /** Distance between baselines. Generous (about 1.45×) for readability. */
  lineHeight: number;
  color: string;
}

export const COLORS = {
  /** Oslo dark blue: headings, marks, accents. */
  brand: '#2A2859',
  text: '#2C2C2C',
  /** Secondary text; 5.7:1 contrast on white. */
  muted: '#5C5C5C',
  rule: '#CCCCCC',
  hairline: '#E6E6E6',
  tableHeaderFill: '#F2F2F2',
  noteFill: '#E5FCFF',
  noteAccent: '#2A2859',
  markNotRelevantFill: '#E6E6E6',
  white: '#FFFFFF',
} as const;

/** A4 portrait. */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  marginX: 56,
  /** Where the first page's letterhead starts. */
  firstTop: 48,
  /** Where content starts on pages after the first (below the running header). */
  top: 76,
  /** Content never goes below this y. */
  bottom: 841.89 - 72,
} as const;

export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

export const TYPE = {
  title: { font: 'Medium', size: 22, lineHeight: 28, color: COLORS.brand },
  subtitle: { font: 'Regular', size: 12.5, lineHeight: 18, color: COLORS.muted },
  h2: { font: 'Medium', size: 14, lineHeight: 19, color: COLORS.brand },
  h3: { font: 'Medium', size: 11.5, lineHeight: 16, color: COLORS.brand },
  body: { font: 'Regular', size: 10, lineHeight: 15, color: COLORS.text },
  bodyStrong: { font: 'Medium', size: 10, lineHeight: 15, color: COLORS.text },
  label: { font: 'Medium', size: 9.5, lineHeight: 14, color: COLORS.brand },
  tableHeader: { font: 'Medium', size: 9, lineHeight: 13, color: COLORS.brand },
  tableCell: { font: 'Regular', size: 9.5, lineHeight: 14, color: COLORS.text },
  metaLabel: { font: 'Regular', size: 8.5, lineHeight: 12, color: COLORS.muted },
  metaValue: { font: 'Medium', size: 10, lineHeight: 14, color: COLORS.text },
  detail: { font: 'Regular', size: 8.5, lineHeight: 12.5, color: COLORS.muted },
  noteTitle: { font: 'Medium', size: 10, lineHeight: 15, color: COLORS.brand },
  organisation: { font: 'Medium', size: 11, lineHeight: 14, color: COLORS.brand },
  unit: { font: 'Regular', size: 9.5, lineHeight: 13, color: COLORS.text },
  running: { font: 'Regular', size: 8, lineHeight: 11, color: COLORS.muted },
  footer: { font: 'Regular', size: 8, lineHeight: 11, color: COLORS.muted },
} as const satisfies Record<string, TextStyle>;

/** Vertical rhythm. */
export const SPACE = {
  block: 9,
  sectionBefore: 22,
  headingAfter: 6,
  subheadingBefore: 12,
  cellPadX: 6,
  cellPadY: 5,
  notePad: 10,
} as const;
