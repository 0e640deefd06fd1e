/**
 * Reading PDFs back: the text of each page, attached files, document info and XMP.
 * Used to import a document received from another district (its JSON attachment) and by
 * tests to check what we generate.
 *
 * pdfjs-dist 5 (legacy build, the one meant for Node) normally parses in a Web Worker.
 * Node has none, so pdfjs falls back to a "fake worker": it dynamic-imports
 * GlobalWorkerOptions.workerSrc (default './pdf.worker.mjs', resolved next to pdf.mjs)
 * and runs the parser in-process. That relative import breaks once the main process is
 * bundled, so we import the worker module ourselves: it registers itself as
 * globalThis.pdfjsWorker, which pdfjs checks first. Same in Node, tests and Electron.
 */
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { checkPdfA, inspectPdf, type PdfACheck, type PdfStructure } from './engine/pdfa-check';

export { checkPdfA, inspectPdf, type PdfACheck, type PdfStructure };

export type PdfReadFailure = 'not_pdf' | 'damaged' | 'encrypted';

const MESSAGES: Record<PdfReadFailure, string> = {
  not_pdf: 'Filen er ikke en PDF.',
  damaged: 'PDF-filen er skadet eller ufullstendig og kan ikke leses.',
  encrypted: 'PDF-filen er passordbeskyttet og kan ikke leses.',
};

/** A PDF that cannot be read. `reason` is stable; the message is Norwegian for the UI. */
export class PdfReadError extends Error {
  readonly reason: PdfReadFailure;

  constructor(reason: PdfReadFailure, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${MESSAGES[reason]} (${detail})` : MESSAGES[reason], options);
    this.name = 'PdfReadError';
    this.reason = reason;
  }
}

export interface ReadPdfResult {
  pageCount: number;
  /** Text of each page; lines separated by '\n'. */
  pages: string[];
  /** All pages, separated by a blank line. */
  text: string;
  /** Embedded files by name, byte for byte. */
  attachments: Record<string, Uint8Array>;
  /** Document information dictionary as pdfjs reports it (Title, Author, CreationDate, Language, …). */
  info: Record<string, unknown>;
  /** The raw XMP metadata packet. */
  metadataXml?: string;
  /**
   * Every font's program is in the file (nothing depends on fonts installed where it is
   * read). False also when the file's objects could not be inspected.
   */
  fontsEmbedded: boolean;
  /** Font names as they appear in the file, e.g. 'BZZZZZ+OsloSans-Regular'. */
  fontNames: string[];
  tagged: boolean;
}

export interface ReadPdfOptions {
  /** Extract page text (default true). Importing only needs the attachments. */
  text?: boolean;
  /** Give up after this long (default 15 s): a hostile file must not hang the app. */
  timeoutMs?: number;
}

// Type-only import above: the module itself is loaded lazily, on the first read.
type PdfJs = typeof PdfJsModule;
let pdfjsPromise: Promise<PdfJs> | undefined;

function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs'); // sets globalThis.pdfjsWorker
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjsPromise;
}

function indexOfAscii(bytes: Uint8Array, needle: string, from: number, to: number): number {
  const first = needle.charCodeAt(0);
  for (let i = Math.max(0, from); i <= Math.min(bytes.length, to) - needle.length; i++) {
    if (bytes[i] !== first) continue;
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle.charCodeAt(j)) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

/**
 * Cheap checks before pdfjs sees the file. pdfjs is forgiving and rebuilds broken files,
 * which is wrong for us: a truncated transfer must be refused, not half-imported.
 */
function precheck(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new PdfReadError('not_pdf', 'tom fil');
  if (indexOfAscii(bytes, '%PDF-', 0, 1024) < 0) throw new PdfReadError('not_pdf');
  // A complete file ends with %%EOF (allowing a little trailing whitespace or junk).
  if (indexOfAscii(bytes, '%%EOF', bytes.length - 1024, bytes.length) < 0) {
    throw new PdfReadError('damaged', 'filen slutter før %%EOF');
  }
}

interface TextItemLike {
  str: string;
  hasEOL: boolean;
  transform: number[];
  width: number;
}

/** Joins pdfjs text items into lines: a new line when the baseline moves, a space for gaps. */
function pageText(items: readonly TextItemLike[]): string {
  let out = '';
  let lastY: number | undefined;
  let lastEnd: number | undefined;
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    if (item.str !== '') {
      if (lastY !== undefined && Math.abs(y - lastY) > 1) out += '\n';
      else if (lastEnd !== undefined && Math.abs(x - lastEnd) > 1 && !out.endsWith(' ') && !out.endsWith('\n')) out += ' ';
      out += item.str;
      lastY = y;
      lastEnd = x + item.width;
    }
    if (item.hasEOL && !out.endsWith('\n')) {
      out += '\n';
      lastY = undefined;
      lastEnd = undefined;
    }
  }
  return out.replace(/[ \t]+\n/g, '\n').trim();
}

function classify(error: unknown): PdfReadError {
  if (error instanceof PdfReadError) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new PdfReadError('encrypted', undefined, { cause: error });
  return new PdfReadError('damaged', message, { cause: error });
}

export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<ReadPdfResult> {
  precheck(bytes);
  let structure: PdfStructure | undefined;
  try {
    structure = inspectPdf(bytes);
  } catch {
    // Our object scanner is stricter than pdfjs; font facts are then unknown, not fatal.
  }
  if (structure?.encrypted) {
    // pdfjs would open a file with only an owner password; PDF/A forbids encryption and
    // an import must not depend on it, so treat every encrypted file alike.
    throw new PdfReadError('encrypted');
  }

  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdfjs takes ownership of (transfers) the buffer it is given: pass a copy.
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    stopAtErrors: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PdfReadError('damaged', 'lesingen tok for lang tid')), options.timeoutMs ?? 15_000);
  });

  const read = async (): Promise<ReadPdfResult> => {
    const doc = await task.promise;
    const [meta, rawAttachments, markInfo] = await Promise.all([doc.getMetadata(), doc.getAttachments(), doc.getMarkInfo()]);
    const pages: string[] = [];
    if (options.text !== false) {
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        pages.push(pageText(content.items.filter((i): i is TextItemLike & (typeof content.items)[number] => 'str' in i)));
        page.cleanup();
      }
    }
    const attachments: Record<string, Uint8Array> = {};
    for (const [name, file] of Object.entries((rawAttachments ?? {}) as Record<string, { content?: Uint8Array | null }>)) {
      if (file.content) attachments[name] = file.content;
    }
    const result: ReadPdfResult = {
      pageCount: doc.numPages,
      pages,
      text: pages.join('\n\n'),
      attachments,
      info: { ...(meta.info as Record<string, unknown>) },
      fontsEmbedded: structure ? structure.fonts.every((f) => f.fontFile !== null) : false,
      fontNames: structure ? structure.fonts.map((f) => f.baseFont) : [],
      tagged: markInfo?.Marked === true,
    };
    const xml = meta.metadata?.getRaw();
    if (typeof xml === 'string') result.metadataXml = xml;
    return result;
  };

  try {
    return await Promise.race([read(), timeout]);
  } catch (error) {
    throw classify(error);
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => undefined);
  }
}

/** The named attachment of a received PDF, or undefined if it has none by that name. */
export async function readPdfAttachment(bytes: Uint8Array, name: string): Promise<Uint8Array | undefined> {
  const { attachments } = await readPdf(bytes, { text: false });
  return attachments[name];
}
