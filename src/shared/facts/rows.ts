/** A fact as the coordinator reads it, on screen and in every document: its label and its value in words. */
export type FactRow = [label: string, value: string];

/** Facts under a heading: a part of a profile, or what an imported document brings. */
export interface FactSection {
  heading: string;
  rows: FactRow[];
}

/** The facts that have a value: what is not recorded is left out, on screen and in documents alike. */
export function recorded(rows: FactRow[]): FactRow[] {
  return rows.filter(([, value]) => value !== '');
}
