/**
 * Creating the pdfkit document as PDF/A-3b, and embedding the JSON attachment as a
 * PDF/A-3 associated file.
 *
 * What pdfkit 0.20 does for us with `subset: 'PDF/A-3b'`: XMP metadata with pdfaid
 * part 3 / conformance B, an sRGB OutputIntent with its ICC profile, and (with
 * pdfVersion 1.7) an uncompressed metadata stream. What it gets wrong, fixed here:
 *  - it writes Title/Author/Subject/Keywords into the XMP without XML escaping, so a
 *    title with '&' or '<' makes the metadata invalid XML (and the file not PDF/A);
 *  - its constructor opens Helvetica (a non-embedded standard font) unless told
 *    otherwise: we pass Oslo Sans as the constructor's `font`, so Helvetica is never loaded.
 */
import PDFDocument from 'pdfkit';
import { loadFonts, registerFonts } from './fonts';
import type { PdfAttachment } from './model';
import { PAGE } from './theme';
import { PDF_ENGINE_TEXT } from '../../../shared/i18n/documents-text';

export const CREATOR = 'Bytteordning';
const PRODUCER = 'Bytteordning (pdfkit)';

export interface DocumentInfo {
  title: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  lang: string;
  creationDate: Date;
  tagged: boolean;
}

function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // XML 1.0 forbids most control characters even when escaped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

/** pdfkit internals we touch; not in its typings. */
interface PdfkitInternals {
  info: Record<string, string | Date | undefined>;
  appendXML(xml: string, newline?: boolean): void;
  _addInfo(): void;
}

/** Replaces pdfkit's XMP info writer with one that escapes (same layout as pdfkit's). */
function escapeXmpInfo(doc: PDFKit.PDFDocument): void {
  const internals = doc as unknown as PdfkitInternals;
  internals._addInfo = function addInfo(this: PdfkitInternals) {
    const info = this.info;
    const text = (key: string): string | undefined => {
      const value = info[key];
      return typeof value === 'string' && value !== '' ? xml(value) : undefined;
    };
    const created = info.CreationDate instanceof Date ? info.CreationDate : new Date();
    const parts = [
      `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">`,
      `<xmp:CreateDate>${created.toISOString().split('.')[0]}Z</xmp:CreateDate>`,
      `<xmp:CreatorTool>${text('Creator') ?? ''}</xmp:CreatorTool>`,
      `</rdf:Description>`,
      `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">`,
      `<dc:format>application/pdf</dc:format>`,
    ];
    const title = text('Title');
    const author = text('Author');
    const subject = text('Subject');
    if (title) parts.push(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${title}</rdf:li></rdf:Alt></dc:title>`);
    if (author) parts.push(`<dc:creator><rdf:Seq><rdf:li>${author}</rdf:li></rdf:Seq></dc:creator>`);
    if (subject) parts.push(`<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${subject}</rdf:li></rdf:Alt></dc:description>`);
    parts.push(`</rdf:Description>`);
    parts.push(`<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">`);
    parts.push(`<pdf:Producer>${text('Producer') ?? ''}</pdf:Producer>`);
    const keywords = text('Keywords');
    if (keywords) parts.push(`<pdf:Keywords>${keywords}</pdf:Keywords>`);
    parts.push(`</rdf:Description>`);
    this.appendXML(parts.join('\n'));
  };
}

export function createDocument(info: DocumentInfo): PDFKit.PDFDocument {
  const fonts = loadFonts();
  const docInfo: PDFKit.DocumentInfo = {
    Title: info.title,
    Creator: CREATOR,
    Producer: PRODUCER,
    CreationDate: info.creationDate,
  };
  if (info.author) docInfo.Author = info.author;
  if (info.subject) docInfo.Subject = info.subject;
  if (info.keywords && info.keywords.length > 0) docInfo.Keywords = info.keywords.join(', ');

  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.top, bottom: PAGE.height - PAGE.bottom, left: PAGE.marginX, right: PAGE.marginX },
    pdfVersion: '1.7',
    subset: 'PDF/A-3b',
    tagged: info.tagged,
    lang: info.lang,
    displayTitle: true,
    bufferPages: true,
    info: docInfo,
    // Any embeddable font here keeps pdfkit from opening Helvetica at construction.
    font: fonts.Regular as unknown as string,
  });
  escapeXmpInfo(doc);
  registerFonts(doc);
  return doc;
}

/** pdfkit 0.20 supports `relationship` (AFRelationship) but its typings do not know it. */
type AttachmentOptions = PDFKit.Mixins.PDFAttachmentOptions & { relationship: 'Data' | 'Source' | 'Alternative' | 'Supplement' | 'Unspecified' };

/**
 * Embeds the JSON as an associated file: a Filespec with /AFRelationship /Data, listed in
 * the catalog's /AF array and in the EmbeddedFiles name tree (so readers show it).
 * The JSON was checked by assertRenderable before any drawing.
 */
export function attachJson(doc: PDFKit.PDFDocument, attachment: PdfAttachment, date: Date): void {
  const options: AttachmentOptions = {
    name: attachment.name,
    type: 'application/json',
    relationship: 'Data',
    description: attachment.description ?? PDF_ENGINE_TEXT.vedlegg,
    creationDate: date,
    modifiedDate: date,
  };
  doc.file(Buffer.from(attachment.json, 'utf8'), options);
}

/** Ends the document and collects its bytes. */
export function finish(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
