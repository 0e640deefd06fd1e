/**
 * The Oslo kommune logo, drawn as vector paths from the SVG in @oslokommune/punkt-assets.
 * The SVG uses only <path d> and <rect>, both of which pdfkit can draw directly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { punktAssetsDir } from './fonts';

interface Logo {
  width: number;
  height: number;
  paths: string[];
  rects: { x: number; y: number; width: number; height: number }[];
}

let cache: Logo | undefined;

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

export function loadLogo(): Logo {
  if (cache) return cache;
  const svg = readFileSync(join(punktAssetsDir(), 'dist', 'logos', 'oslologo.svg'), 'utf8');
  const viewBox = (attr(svg, 'viewBox') ?? '0 0 60 31').split(/\s+/).map(Number);
  const paths = [...svg.matchAll(/<path\b[^>]*>/g)].map((m) => (attr(m[0], 'd') ?? '').replace(/\s+/g, ' ').trim());
  const rects = [...svg.matchAll(/<rect\b[^>]*>/g)].map((m) => ({
    x: Number(attr(m[0], 'x') ?? 0),
    y: Number(attr(m[0], 'y') ?? 0),
    width: Number(attr(m[0], 'width') ?? 0),
    height: Number(attr(m[0], 'height') ?? 0),
  }));
  cache = { width: viewBox[2] ?? 60, height: viewBox[3] ?? 31, paths: paths.filter((d) => d !== ''), rects };
  return cache;
}

/** Draws the logo `height` points tall with its top-left corner at (x, y). Returns its width. */
export function drawLogo(doc: PDFKit.PDFDocument, x: number, y: number, height: number, color: string): number {
  const logo = loadLogo();
  const scale = height / logo.height;
  doc.save();
  doc.translate(x, y).scale(scale);
  for (const d of logo.paths) doc.path(d).fill(color, 'even-odd');
  for (const r of logo.rects) doc.rect(r.x, r.y, r.width, r.height).fill(color);
  doc.restore();
  return logo.width * scale;
}
