/**
 * Oslo Sans, loaded once per process.
 *
 * The fonts come as WOFF from @oslokommune/punkt-assets; fontkit (pdfkit's own font
 * parser) reads WOFF directly, so no conversion is needed. We keep the *parsed* fontkit
 * objects, not just the bytes: a freshly parsed font spends ~30 ms on its first text
 * layout (GSUB/GPOS set-up), which would otherwise be paid by every document.
 * pdfkit accepts a fontkit font object wherever it accepts a font file and makes a
 * fresh subset per document, so sharing the parsed font is safe.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkit';
import type { FontName } from './theme';

const FILES: Record<FontName, string> = {
  Regular: 'OsloSans-Regular.woff',
  Medium: 'OsloSans-Medium.woff',
  Bold: 'OsloSans-Bold.woff',
};

let cache: Record<FontName, Font> | undefined;

/** The folder of @oslokommune/punkt-assets, found the same way in Node, tests and a bundle. */
export function punktAssetsDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('@oslokommune/punkt-assets/package.json'));
}

export function loadFonts(): Record<FontName, Font> {
  if (cache) return cache;
  const dir = join(punktAssetsDir(), 'dist', 'fonts');
  const load = (name: FontName): Font => {
    const font = create(readFileSync(join(dir, FILES[name])));
    // Warm the layout engine now, so the first document is not the one that pays for it.
    font.layout('Side 1 av 1 ÆØÅ æøå');
    return font;
  };
  cache = { Regular: load('Regular'), Medium: load('Medium'), Bold: load('Bold') };
  return cache;
}

/**
 * pdfkit keeps a per-document cache of shaped words (EmbeddedFont.layoutCache). Shaping
 * with fontkit is the most expensive part of rendering, and the result depends only on
 * the font and the word, so we share one cache per font across documents. The cached
 * runs are only read by pdfkit, never changed. Bounded so a long-running app does not grow.
 */
const MAX_SHARED_WORDS = 20_000;
const sharedLayouts: Partial<Record<FontName, Record<string, unknown>>> = {};

/** The pdfkit internals touched here (pdfkit 0.20, pinned); absent ones just skip the speed-up. */
interface PdfkitFontInternals {
  _font?: { layoutCache?: Record<string, unknown>; font?: unknown };
  _fontFamilies?: Record<string, unknown>;
}

function shareLayoutCache(doc: PDFKit.PDFDocument, name: FontName): void {
  const embedded = (doc as unknown as PdfkitFontInternals)._font;
  if (!embedded || typeof embedded.layoutCache !== 'object') return;
  let shared = sharedLayouts[name];
  if (!shared || Object.keys(shared).length > MAX_SHARED_WORDS) {
    shared = Object.create(null) as Record<string, unknown>;
    sharedLayouts[name] = shared;
  }
  embedded.layoutCache = shared;
}

/**
 * Registers the fonts under their FontName so `doc.font('Medium')` works. Expects the
 * document to have been created with the Regular font object as its `font` option.
 */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const fonts = loadFonts();
  const internals = doc as unknown as PdfkitFontInternals;
  // The constructor already opened Regular; alias it so doc.font('Regular') does not open
  // it a second time (and run pdfkit's costly font-equality check).
  if (internals._fontFamilies && internals._font?.font === fonts.Regular) {
    internals._fontFamilies.Regular = internals._font;
  }
  for (const name of Object.keys(fonts) as FontName[]) {
    // pdfkit 0.20 takes a fontkit object as a font source; its typings only know files and buffers.
    doc.registerFont(name, fonts[name] as unknown as Buffer);
    doc.font(name);
    shareLayoutCache(doc, name);
  }
  doc.font('Regular');
}
