import { type Figure, MIN_GROUP } from './suppression';

/** What a hidden figure shows, on the screen and in every export. */
export const HIDDEN_TEXT = `færre enn ${MIN_GROUP}`;

/**
 * A figure as Norwegian text: decimal comma, at most one decimal, no thousands separator
 * (so Excel in a Norwegian locale reads it as a number), ASCII minus.
 */
export function formatFigure(v: Figure): string {
  if (v === null) return HIDDEN_TEXT;
  return String(Math.round(v * 10) / 10).replace('.', ',');
}
