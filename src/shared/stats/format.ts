import { hiddenFigure } from '../i18n/stats-text';
import { type Figure, MIN_GROUP } from './suppression';

/** What a hidden figure shows, on the screen and in every export. */
export const HIDDEN_TEXT = hiddenFigure(MIN_GROUP);

/** HIDDEN_TEXT with no-break spaces, for a table cell that must not break it over two lines (the PDF). */
export const HIDDEN_TEXT_UNBROKEN = HIDDEN_TEXT.replaceAll(' ', '\u00a0');

/** A measure of nothing: the median of no cases. */
export const NO_VALUE_TEXT = '–';

/**
 * A figure as Norwegian text: decimal comma, at most one decimal, no thousands separator
 * (so Excel in a Norwegian locale reads it as a number), ASCII minus.
 */
export function formatFigure(v: Figure): string {
  if (v === null) return HIDDEN_TEXT;
  return String(Math.round(v * 10) / 10).replace('.', ',');
}

/**
 * Ticks from 0 for an axis of whole numbers (days, counts) reaching at least `max`: about five,
 * a step of 1, 2 or 5 times a power of ten, and never a fraction (so never «0.6000000000000001»).
 */
export function wholeNumberTicks(max: number): number[] {
  const top = Math.max(1, max);
  const raw = top / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!);
  const count = Math.ceil(top / step);
  return Array.from({ length: count + 1 }, (_, i) => i * step);
}
