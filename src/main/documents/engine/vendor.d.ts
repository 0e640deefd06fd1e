// Minimal typings for modules that ship without them. Only what the engine uses.

declare module 'fontkit' {
  /** A parsed font (fontkit 2). */
  export interface Font {
    readonly postscriptName: string;
    readonly unitsPerEm: number;
    readonly ascent: number;
    readonly descent: number;
    readonly capHeight: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): { advanceWidth: number };
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}

// Importing the worker module sets globalThis.pdfjsWorker, which pdfjs uses as an in-process worker.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
