/**
 * Reading PDFs back: the text of each page, attached files, document info and XMP.
 * Used to import a document received from another district (its JSON attachment, read in the
 * import worker: import-worker-client.ts) and by tests to check what we generate.
 *
 * pdfjs-dist 5 (legacy build, the one meant for Node) normally parses in a Web Worker.
 * Node has none, so pdfjs falls back to a "fake worker": it dynamic-imports
 * GlobalWorkerOptions.workerSrc (default './pdf.worker.mjs', resolved next to pdf.mjs)
 * and runs the parser in-process. That relative import breaks once the main process is
 * bundled, so we import the worker module ourselves: it registers itself as
 * globalThis.pdfjsWorker, which pdfjs checks first. Same in Node, tests and Electron.
 */
import { constants, inflateSync } from 'node:zlib';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDF_READ_MESSAGES } from '../../shared/i18n/system-messages';
import { PDF_READ_DETAILS } from '../../shared/i18n/documents-text';

export type PdfReadFailure = 'not_pdf' | 'damaged' | 'encrypted' | 'too_complex';

const MESSAGES: Record<PdfReadFailure, string> = PDF_READ_MESSAGES;

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
  /** Names of attached files whose content the file does not hold (their stream is missing or broken). */
  unreadableAttachments: string[];
  /** Document information dictionary as pdfjs reports it (Title, Author, CreationDate, Language, …). */
  info: Record<string, unknown>;
  /** The raw XMP metadata packet. */
  metadataXml?: string;
  tagged: boolean;
}

export interface ReadPdfOptions {
  /** Extract page text (default true). Importing only needs the attachments. */
  text?: boolean;
}

// Type-only import above: the module itself is loaded lazily, on the first read.
type PdfJs = typeof PdfJsModule;
let pdfjsPromise: Promise<PdfJs> | undefined;

/** Loads pdfjs now rather than on the first read (the import worker does, before its deadline starts). */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs'); // sets globalThis.pdfjsWorker
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjsPromise;
}

/** What all of a file's zlib streams may inflate to together. Ours inflate to a few megabytes. */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

/**
 * Cheap checks before pdfjs sees the file. pdfjs is forgiving and rebuilds broken files,
 * which is wrong for us: a truncated transfer must be refused, not half-imported.
 */
function precheck(file: Buffer): void {
  if (file.length === 0) throw new PdfReadError('not_pdf', PDF_READ_DETAILS.tomFil);
  if (file.subarray(0, 1024).indexOf('%PDF-', 0, 'latin1') < 0) throw new PdfReadError('not_pdf');
  // A complete file ends with %%EOF (allowing a little trailing whitespace or junk).
  if (file.subarray(Math.max(0, file.length - 1024)).indexOf('%%EOF', 0, 'latin1') < 0) {
    throw new PdfReadError('damaged', PDF_READ_DETAILS.utenSlutt);
  }
}

/** Where the data of the stream whose `stream` keyword is at `at` begins, or -1 if that is no stream keyword. */
function streamData(file: Buffer, at: number): number {
  let before = at - 1;
  while (before > 0 && (file[before] === 0x20 || file[before] === 0x0a || file[before] === 0x0d || file[before] === 0x09)) before--;
  // `endstream` and the word in other places are not preceded by a dictionary's end.
  if (file[before] !== 0x3e || file[before - 1] !== 0x3e) return -1;
  let start = at + 'stream'.length;
  if (file[start] === 0x0d) start++;
  if (file[start] === 0x0a) start++;
  return start === at + 'stream'.length ? -1 : start;
}

/**
 * pdfjs inflates a stream whole and without a limit, so a file of one megabyte can make it
 * allocate gigabytes (a decompression bomb). Every zlib stream in the file is inflated here
 * first, against one budget for the whole file, which refuses such a file in a fraction of a
 * second. Streams behind other filters are bounded by the import worker's memory and time limits.
 */
function refuseBombs(file: Buffer): void {
  let budget = MAX_INFLATED_BYTES;
  for (let at = file.indexOf('stream', 0, 'latin1'); at >= 0; at = file.indexOf('stream', at + 1, 'latin1')) {
    const start = streamData(file, at);
    if (start < 0) continue;
    try {
      // Input past the stream's end is ignored; a stream cut short yields what it has.
      budget -= inflateSync(file.subarray(start), { maxOutputLength: Math.max(1, budget), finishFlush: constants.Z_SYNC_FLUSH }).length;
    } catch (err) {
      if ((err as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw new PdfReadError('too_complex');
      // Not zlib (another filter, or none), or damaged: pdfjs decides.
    }
    if (budget < 0) throw new PdfReadError('too_complex');
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
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  precheck(file);
  refuseBombs(file);

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
  try {
    const doc = await task.promise;
    const meta = await doc.getMetadata();
    // pdfjs opens a file with only an owner password; PDF/A forbids encryption and an import
    // must not depend on it, so every file with an /Encrypt dictionary is refused alike.
    if ((meta.info as { EncryptFilterName?: unknown }).EncryptFilterName) throw new PdfReadError('encrypted');
    const [rawAttachments, markInfo] = await Promise.all([doc.getAttachments(), doc.getMarkInfo()]);
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
    const unreadableAttachments: string[] = [];
    for (const [name, spec] of Object.entries((rawAttachments ?? {}) as Record<string, { content?: Uint8Array | null }>)) {
      if (spec.content) attachments[name] = spec.content;
      else unreadableAttachments.push(name);
    }
    const result: ReadPdfResult = {
      pageCount: doc.numPages,
      pages,
      text: pages.join('\n\n'),
      attachments,
      unreadableAttachments,
      info: { ...(meta.info as Record<string, unknown>) },
      tagged: markInfo?.Marked === true,
    };
    const xml = meta.metadata?.getRaw();
    if (typeof xml === 'string') result.metadataXml = xml;
    return result;
  } catch (error) {
    throw classify(error);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
