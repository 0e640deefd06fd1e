/**
 * The routine's own words, as the coordinators use them (seed routine, DOMAIN.md). Every
 * text a coordinator sees uses the term on the left; the variants on the right are banned,
 * as are English words that leak from code. Checked by test/unit/glossary.test.ts.
 */
export const GLOSSARY: readonly { term: string; meaning: string; avoid: readonly string[] }[] = [
  { term: 'bytte', meaning: 'exchange of one person between two districts', avoid: ['utveksling', 'overflytting'] },
  { term: 'bydel', meaning: 'city district', avoid: ['distrikt', 'kommunedel'] },
  { term: 'gammel bydel', meaning: 'old (sending) district', avoid: ['avsenderbydel', 'fraflyttingsbydel'] },
  { term: 'ny bydel', meaning: 'new (receiving) district', avoid: ['mottakerbydel', 'tilflyttingsbydel'] },
  { term: 'brukerprofil', meaning: 'the anonymous profile', avoid: ['klientprofil', 'pasientprofil', 'personprofil'] },
  { term: 'kommunal bolig', meaning: 'municipal housing', avoid: ['kommunalbolig', 'sosialbolig', 'kommuneleilighet'] },
  { term: 'avklaringsmøte', meaning: 'clarification meeting', avoid: ['avklaringsmote', 'avklaringmøte', 'oppstartsmøte'] },
  { term: 'overføringsmøte', meaning: 'transfer meeting', avoid: ['overforingsmote', 'overleveringsmøte', 'overgangsmøte'] },
  { term: 'tildeling', meaning: 'allocation of the dwelling', avoid: ['utdeling', 'boligtildelelse'] },
  { term: 'tildelingsmyndighet', meaning: 'allocation authority', avoid: ['tildelingsrett', 'tildelingsfullmakt'] },
  { term: 'visning', meaning: 'viewing', avoid: ['befaring', 'boligvisning'] },
  { term: 'vedtak', meaning: 'formal decision', avoid: ['beslutning om bolig'] },
  { term: 'oppfølging', meaning: 'follow-up', avoid: ['oppfølgning'] },
  { term: 'samtykke', meaning: 'consent', avoid: ['samtykket til deling av data'] },
  { term: 'øvingsmodus', meaning: 'training mode', avoid: ['treningsmodus', 'testmodus', 'demomodus'] },
];

/** English words that must never reach the screen. */
export const ENGLISH_LEAKS: readonly string[] = [
  'exchange',
  'submit',
  'cancel',
  'loading',
  'error',
  'save',
  'step',
  'settings',
  'overview',
  'training',
  'undefined',
  'null',
  'NaN',
];
