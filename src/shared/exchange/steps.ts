/**
 * The routine's steps, with nothing else, so that modules the workflow itself imports (the model,
 * the ownership table) can name them without an import cycle.
 */

/** The steps of the routine, in the order a coordinator meets them. */
export const STEPS = [
  'kandidat',
  'brukerprofil',
  'avklaringsmote',
  'svar',
  'mote_etter_ja',
  'tildeling',
  'visning',
  'overforingsmote',
  'ansvar_gammel',
  'ansvar_ny',
  'avsluttet',
] as const;
export type StepId = (typeof STEPS)[number];

/** Tildeling's sub-steps, in order. */
export const TILDELING_SUBSTEPS = ['soknad', 'vedtak', 'bolig', 'tildelt'] as const;
export type TildelingSubstep = (typeof TILDELING_SUBSTEPS)[number];
