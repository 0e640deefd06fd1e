/**
 * A structural look at a PDF: which fonts it has and whether they are embedded, what the
 * catalog declares, its output intents and attached files. `checkPdfA` turns that into a
 * list of problems against the PDF/A-3b requirements our documents rely on.
 *
 * A test aid, never run on a received file (its parser inflates without a limit), and not a
 * validator: veraPDF checks hundreds of rules; this checks the handful that break most often
 * when a generator changes.
 */
import { isDict, isName, isRef, parsePdf, pdfText, type PdfDict, type PdfValue } from './pdf-objects';

export interface FontInfo {
  baseFont: string;
  subtype: string;
  /** FontFile, FontFile2 or FontFile3; null when the font program is not in the file. */
  fontFile: 'FontFile' | 'FontFile2' | 'FontFile3' | null;
}

export interface EmbeddedFileInfo {
  name: string;
  relationship: string | null;
  mimeType: string | null;
  hasModDate: boolean;
  /** Listed in the catalog's /AF array (PDF/A-3 associated file). */
  associated: boolean;
}

export interface PdfStructure {
  version: string;
  encrypted: boolean;
  hasFileId: boolean;
  lang: string | null;
  tagged: boolean;
  displayDocTitle: boolean;
  /** Raw XMP packet, if the catalog has uncompressed or Flate-compressed metadata. */
  xmp: string | null;
  outputIntents: { subtype: string; iccComponents: number | null }[];
  /** Fonts that draw glyphs themselves (Type0 wrappers are represented by their descendants). */
  fonts: FontInfo[];
  embeddedFiles: EmbeddedFileInfo[];
}

const nameOf = (v: PdfValue | undefined): string | null => (isName(v) ? v.name : null);

export function inspectPdf(bytes: Uint8Array): PdfStructure {
  const pdf = parsePdf(bytes);
  const catalog = pdf.get(pdf.trailer.Root);
  const root: PdfDict = isDict(catalog) ? catalog : {};

  const fonts: FontInfo[] = [];
  const fileSpecs: { dict: PdfDict; ref: number | null }[] = [];
  for (const [num, obj] of pdf.objects) {
    const d = obj.value;
    if (!isDict(d)) continue;
    if (isName(d.Type, 'Font') && !isName(d.Subtype, 'Type0')) {
      const descriptor = pdf.get(d.FontDescriptor);
      const fontFile = !isDict(descriptor)
        ? null
        : descriptor.FontFile
          ? 'FontFile'
          : descriptor.FontFile2
            ? 'FontFile2'
            : descriptor.FontFile3
              ? 'FontFile3'
              : null;
      // Type3 fonts are drawn with content streams: nothing to embed.
      const isType3 = isName(d.Subtype, 'Type3');
      fonts.push({ baseFont: nameOf(d.BaseFont) ?? '', subtype: nameOf(d.Subtype) ?? '', fontFile: isType3 ? 'FontFile' : fontFile });
    }
    if (isName(d.Type, 'Filespec') || (d.EF !== undefined && (d.F !== undefined || d.UF !== undefined))) {
      fileSpecs.push({ dict: d, ref: num });
    }
  }

  const af = pdf.get(root.AF);
  const associated = new Set((Array.isArray(af) ? af : []).filter(isRef).map((r) => r.ref));
  const embeddedFiles = fileSpecs.map(({ dict, ref }): EmbeddedFileInfo => {
    const ef = pdf.get(dict.EF);
    const stream = isDict(ef) ? pdf.objects.get(isRef(ef.F) ? ef.F.ref : -1)?.value : undefined;
    const params = isDict(stream) ? pdf.get(stream.Params) : undefined;
    const name = typeof dict.UF === 'string' ? dict.UF : typeof dict.F === 'string' ? dict.F : '';
    return {
      name: pdfText(name),
      relationship: nameOf(dict.AFRelationship),
      mimeType: isDict(stream) ? nameOf(stream.Subtype) : null,
      hasModDate: isDict(params) && params.ModDate !== undefined,
      associated: ref !== null && associated.has(ref),
    };
  });

  const intents = pdf.get(root.OutputIntents);
  const outputIntents = (Array.isArray(intents) ? intents : []).map((i) => {
    const intent = pdf.get(i);
    const profile = isDict(intent) ? pdf.get(intent.DestOutputProfile) : undefined;
    const n = isDict(profile) ? profile.N : undefined;
    return { subtype: isDict(intent) ? (nameOf(intent.S) ?? '') : '', iccComponents: typeof n === 'number' ? n : null };
  });

  const metadata = pdf.streamData(root.Metadata);
  const markInfo = pdf.get(root.MarkInfo);
  const prefs = pdf.get(root.ViewerPreferences);
  const lang = root.Lang;
  return {
    version: pdf.version,
    encrypted: pdf.trailer.Encrypt !== undefined,
    hasFileId: Array.isArray(pdf.trailer.ID) && pdf.trailer.ID.length === 2,
    lang: typeof lang === 'string' ? pdfText(lang) : null,
    tagged: isDict(markInfo) && markInfo.Marked === true && root.StructTreeRoot !== undefined,
    displayDocTitle: isDict(prefs) && prefs.DisplayDocTitle === true,
    xmp: metadata ? new TextDecoder().decode(metadata) : null,
    outputIntents,
    fonts,
    embeddedFiles,
  };
}

export interface PdfACheck {
  ok: boolean;
  problems: string[];
  structure: PdfStructure;
}

/** Checks the PDF/A-3b markers our generator must produce. */
export function checkPdfA(bytes: Uint8Array): PdfACheck {
  const structure = inspectPdf(bytes);
  const problems: string[] = [];
  const xmp = structure.xmp;
  if (!xmp) problems.push('no XMP metadata stream in the catalog');
  else {
    if (!/<pdfaid:part>\s*3\s*<\/pdfaid:part>/.test(xmp)) problems.push('XMP lacks pdfaid:part 3');
    if (!/<pdfaid:conformance>\s*B\s*<\/pdfaid:conformance>/.test(xmp)) problems.push('XMP lacks pdfaid:conformance B');
    if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(xmp) || /<[^?!/a-zA-Z]/.test(xmp)) {
      problems.push('XMP is not well-formed XML (unescaped & or <)');
    }
  }
  if (!structure.outputIntents.some((i) => i.subtype === 'GTS_PDFA1' && i.iccComponents !== null)) {
    problems.push('no GTS_PDFA1 output intent with an ICC profile');
  }
  for (const font of structure.fonts) {
    if (!font.fontFile) problems.push(`font not embedded: ${font.baseFont || '(unnamed)'}`);
  }
  if (structure.encrypted) problems.push('file is encrypted');
  if (!structure.hasFileId) problems.push('trailer has no file identifier (ID)');
  for (const file of structure.embeddedFiles) {
    if (!file.relationship) problems.push(`embedded file ${file.name} has no AFRelationship`);
    if (!file.associated) problems.push(`embedded file ${file.name} is not in the catalog's AF array`);
    if (!file.mimeType) problems.push(`embedded file ${file.name} has no MIME type (Subtype)`);
    if (!file.hasModDate) problems.push(`embedded file ${file.name} has no ModDate`);
  }
  return { ok: problems.length === 0, problems, structure };
}
