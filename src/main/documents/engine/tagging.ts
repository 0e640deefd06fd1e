/**
 * The structure tree of a tagged PDF: what screen readers and text extraction use to
 * know that a line is a heading, a table cell or a list item. Blocks describe their
 * structure while they lay out (in reading order) and attach drawn content to it later.
 * Decoration (rules, fills, marks, page furniture) is drawn as an Artifact so it is
 * skipped by assistive technology. With tagging off every call just draws.
 */

export type StructType =
  | 'Document'
  | 'Sect'
  | 'Div'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD';

export interface StructNode {
  readonly type: StructType;
  /** Null when tagging is off. */
  readonly element: PDFKit.PDFStructureElement | null;
}

export type ArtifactKind = 'Layout' | 'Pagination';

export class Tagger {
  private readonly doc: PDFKit.PDFDocument;
  readonly enabled: boolean;
  private readonly open: PDFKit.PDFStructureElement[] = [];

  constructor(doc: PDFKit.PDFDocument, enabled: boolean) {
    this.doc = doc;
    this.enabled = enabled;
  }

  /** A new element under `parent`, or at the top of the tree. */
  node(type: StructType, parent?: StructNode, options: { scope?: 'Row' | 'Column' } = {}): StructNode {
    if (!this.enabled) return { type, element: null };
    // `scope` (table header attributes) is supported by pdfkit 0.20 but missing from its typings.
    const element = this.doc.struct(type, options as PDFKit.Mixins.StructureElementOptions);
    if (parent?.element) parent.element.add(element);
    else this.doc.addStructure(element);
    this.open.push(element);
    return { type, element };
  }

  /** Draws real content (text) as part of `node`. */
  content(node: StructNode, draw: () => void): void {
    if (!node.element) {
      draw();
      return;
    }
    const marked = this.doc.markStructureContent(node.type);
    draw();
    this.doc.endMarkedContent();
    node.element.add(marked);
  }

  /** Draws decoration that carries no meaning of its own. */
  artifact(draw: () => void, kind: ArtifactKind = 'Layout'): void {
    if (!this.enabled) {
      draw();
      return;
    }
    this.doc.markContent('Artifact', { type: kind });
    draw();
    this.doc.endMarkedContent();
  }

  /** Closes every element; call once, after all content is drawn and before doc.end(). */
  finish(): void {
    // Ending a parent ends its children; ending twice is a no-op in pdfkit.
    for (const element of this.open) element.end();
  }
}
