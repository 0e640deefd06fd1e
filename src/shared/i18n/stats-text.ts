/**
 * The statistics' words: table titles and headers, the balance sentences and how each figure is
 * counted. Read on the statistics screen and in its CSV and PDF exports alike. Used by src/shared/stats.
 */
import type { DurationMeasure } from '../contract-stats';

export const DURATION_LABELS: Record<DurationMeasure, string> = {
  svar: 'Fra brukerprofil sendt til svar',
  tildeling: 'Fra ja til tildelt bolig',
  innflytting: 'Fra tildelt bolig til innflytting',
  oppfolging: 'Fra innflytting til første oppfølging',
};

/** What a figure too small to show shows instead: «færre enn 3». */
export const hiddenFigure = (min: number) => `færre enn ${min}`;

/** The last row of a table that sums the ones above. */
export const TOTAL_LABEL = 'Totalt';

/** A declined viewing recorded before the reasons had fixed choices. */
export const DECLINED_NOT_RECORDED = 'Ikke registrert';

/** The balance table of one partner district: its title, headers and summing sentence. */
export const BALANCE_TEXT = {
  tittel: (ours: string, theirs: string) => `Balanse ${ours} – ${theirs}`,
  ar: 'År',
  sendtFra: (district: string) => `Sendt fra ${district}`,
  boligerGittAv: (district: string) => `Boliger gitt av ${district}`,
  iPerioden: (sent: string, dwellings: string) => `Balansen i perioden: ${sent} ${dwellings}`,
} as const;

/** The two measures a balance sentence speaks of: its verb and its noun for one and for many. */
export const BALANCE_MEASURES = {
  sent: { verb: 'sendt', one: 'person', many: 'personer' },
  dwellings: { verb: 'gitt', one: 'bolig', many: 'boliger' },
} as const;

type Measure = (typeof BALANCE_MEASURES)[keyof typeof BALANCE_MEASURES];

/** The balance of one measure as a sentence: «Stovner har sendt 2 personer mer enn Grünerløkka.» */
export const BALANCE_SENTENCES = {
  likeMange: (ours: string, theirs: string, m: Measure) => `${ours} og ${theirs} har ${m.verb} like mange ${m.many}.`,
  merEnn: (more: string, less: string, m: Measure, n: number) => `${more} har ${m.verb} ${n} ${n === 1 ? m.one : m.many} mer enn ${less}.`,
  flereEnn: (more: string, less: string, m: Measure) => `${more} har ${m.verb} flere ${m.many} enn ${less} (for få til å si hvor mange flere).`,
  ikkeLikeMange: (ours: string, theirs: string, m: Measure) =>
    `${ours} og ${theirs} har ikke ${m.verb} like mange ${m.many} (for få til å si hvem som har ${m.verb} flest).`,
} as const;

/** The pilot's tables: titles, column headers and row labels. */
export const PILOT_TEXT = {
  bytterTittel: 'Bytter i perioden',
  bytter: 'Bytter',
  antall: 'Antall',
  registrert: 'Registrert i perioden',
  avsluttetSom: (utfall: string) => `Avsluttet som ${utfall}`,
  avsluttetIAlt: 'Avsluttet i alt',
  tidTittel: 'Dager mellom stegene',
  maling: 'Måling',
  antallBytter: 'Antall bytter',
  median: 'Median',
  nedreKvartil: 'Nedre kvartil',
  ovreKvartil: 'Øvre kvartil',
  korteste: 'Korteste',
  lengste: 'Lengste',
  neiTittel: 'Grunner til nei fra ny bydel',
  grunn: 'Grunn',
  neiIAlt: 'Nei i alt',
  visningerTittel: 'Boliger personen takket nei til på visning',
  antallVisninger: 'Antall visninger',
  visningerIAlt: 'Visninger der personen takket nei, i alt',
  bytterMedVisning: 'Bytter med minst én slik visning',
} as const;

/** How each figure is counted: printed with every export so a number never travels without it. */
export const STATS_EXPLANATION = [
  'Statistikken inneholder ingen personopplysninger. Tall for 1 eller 2 personer vises som «færre enn 3», og der et slikt tall kan regnes ut fra totalen, skjules også et tall til. 0 vises som 0: ingen personer står bak det.',
  'Balansen i perioden sier hvor mange flere den ene bydelen har sendt eller gitt enn den andre. Når tallene er skjult, sier den bare det som ikke avslører dem: hvilken bydel som har flest, eller bare om bydelene har like mange.',
  'Sendt: brukerprofilen er sendt til ny bydel (telles i året profilen ble sendt). Bolig gitt: personen takket ja til boligen på visning (telles i året for visningen).',
  'Registrert: byttet ble opprettet i perioden. Avsluttet: avslutningsdatoen er i perioden.',
  'Dager mellom stegene telles der det siste av de to stegene er i perioden. Tildelt bolig er tildelingsdatoen for boligen personen takket ja til.',
  `Boliger personen takket nei til telles etter grunnen koordinatoren valgte, etter datoen for byttets siste visning. Utdypingen er fritekst og vises ikke. «${DECLINED_NOT_RECORDED}» er avslag registrert før grunnene fikk faste valg.`,
  'Bytter som er slettet fordi oppbevaringstiden er ute, er ikke med.',
];

/** The statistics' CSV and PDF report: its title, what it is of, and its sections. */
export const STATS_REPORT_TEXT = {
  tittel: 'Statistikk for bytteordningen',
  emne: 'Statistikk for bytteordningen – Sammen om bolig',
  periode: 'Periode',
  partnerbydel: 'Partnerbydel',
  alle: 'Alle',
  bunntekst: (periode: string) => `Bytteordning · statistikk ${periode}`,
  balanse: 'Balanse mellom bydelene',
  ingenByttepar: 'Ingen byttepar i perioden.',
  slikTalt: 'Slik er tallene talt',
} as const;
