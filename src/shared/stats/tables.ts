import type { Balance, BalanceDifference, DECLINED_REASONS, DurationMeasure, Pilot } from '../contract-stats';
import { type DistrictId, districtName } from '../districts';
import { formatDate } from '../i18n/format';
import { AVSLAGSGRUNN_LABELS, UTFALL_LABELS, VISNING_AVSLAGSGRUNN_LABELS } from '../i18n/labels';
import { formatFigure, NO_VALUE_TEXT } from './format';

/** A table of formatted figures: what the screen, the CSV file and the PDF report all show. */
export interface StatsTable {
  id: string;
  title: string;
  columns: { header: string; numeric: boolean }[];
  rows: string[][];
  /** Sentences read with the table, below it. */
  notes: string[];
}

export const DURATION_LABELS: Record<DurationMeasure, string> = {
  svar: 'Fra brukerprofil sendt til svar',
  tildeling: 'Fra ja til tildelt bolig',
  innflytting: 'Fra tildelt bolig til innflytting',
  oppfolging: 'Fra innflytting til første oppfølging',
};

const BALANCE_HEADERS = (us: DistrictId, partner: DistrictId) => ({
  sentByUs: `Sendt fra ${districtName(us)}`,
  sentByPartner: `Sendt fra ${districtName(partner)}`,
  dwellingsByUs: `Boliger gitt av ${districtName(us)}`,
  dwellingsByPartner: `Boliger gitt av ${districtName(partner)}`,
});

/** The last row of a table that sums the ones above. */
export const TOTAL_LABEL = 'Totalt';

const text = (header: string) => ({ header, numeric: false });
const num = (header: string) => ({ header, numeric: true });

function pairTitle(us: DistrictId, partner: DistrictId): string {
  return `Balanse ${districtName(us)} – ${districtName(partner)}`;
}

const BALANCE_MEASURES = {
  sent: { verb: 'sendt', one: 'person', many: 'personer' },
  dwellings: { verb: 'gitt', one: 'bolig', many: 'boliger' },
} as const;

/** The balance of one measure over the period as a sentence: «Stovner har sendt 2 personer mer enn Grünerløkka.» */
export function balanceSentence(us: DistrictId, partner: DistrictId, measure: keyof typeof BALANCE_MEASURES, d: BalanceDifference): string {
  const m = BALANCE_MEASURES[measure];
  const [ours, theirs] = [districtName(us), districtName(partner)];
  const [more, less] = (d.shown === 'exact' ? d.difference > 0 : d.shown === 'direction' && d.more === 'us') ? [ours, theirs] : [theirs, ours];
  switch (d.shown) {
    case 'exact': {
      const n = Math.abs(d.difference);
      return n === 0 ? `${ours} og ${theirs} har ${m.verb} like mange ${m.many}.` : `${more} har ${m.verb} ${n} ${n === 1 ? m.one : m.many} mer enn ${less}.`;
    }
    case 'direction':
      return `${more} har ${m.verb} flere ${m.many} enn ${less} (for få til å si hvor mange flere).`;
    case 'equality':
      return d.equal
        ? `${ours} og ${theirs} har ${m.verb} like mange ${m.many}.`
        : `${ours} og ${theirs} har ikke ${m.verb} like mange ${m.many} (for få til å si hvem som har ${m.verb} flest).`;
  }
}

export function balanceTables(balance: Balance): StatsTable[] {
  return balance.pairs.map((pair) => {
    const h = BALANCE_HEADERS(balance.district, pair.partner);
    const cells = (f: Balance['pairs'][number]['total']) =>
      [f.sentByUs, f.sentByPartner, f.dwellingsByUs, f.dwellingsByPartner].map(formatFigure);
    const sentence = (measure: keyof typeof BALANCE_MEASURES) => balanceSentence(balance.district, pair.partner, measure, pair.difference[measure]);
    return {
      id: `balanse-${pair.partner}`,
      title: pairTitle(balance.district, pair.partner),
      columns: [text('År'), num(h.sentByUs), num(h.sentByPartner), num(h.dwellingsByUs), num(h.dwellingsByPartner)],
      rows: [...pair.years.map((y) => [String(y.year), ...cells(y)]), [TOTAL_LABEL, ...cells(pair.total)]],
      notes: [`Balansen i perioden: ${sentence('sent')} ${sentence('dwellings')}`],
    };
  });
}

export function pilotTables(pilot: Pilot): StatsTable[] {
  return [
    {
      id: 'bytter',
      title: 'Bytter i perioden',
      columns: [text('Bytter'), num('Antall')],
      rows: [
        ['Registrert i perioden', formatFigure(pilot.started)],
        ...pilot.outcomes.map((o) => [`Avsluttet som ${UTFALL_LABELS[o.outcome].toLowerCase()}`, formatFigure(o.count)]),
        ['Avsluttet i alt', formatFigure(pilot.closed)],
      ],
      notes: [],
    },
    {
      id: 'tid',
      title: 'Dager mellom stegene',
      columns: [text('Måling'), num('Antall bytter'), num('Median'), num('Nedre kvartil'), num('Øvre kvartil'), num('Korteste'), num('Lengste')],
      rows: pilot.durations.map((d) => [
        DURATION_LABELS[d.measure],
        formatFigure(d.n),
        ...[d.median, d.p25, d.p75, d.min, d.max].map((v) => (d.n === 0 ? NO_VALUE_TEXT : formatFigure(v))),
      ]),
      notes: [],
    },
    {
      id: 'nei',
      title: 'Grunner til nei fra ny bydel',
      columns: [text('Grunn'), num('Antall')],
      rows: [
        ...pilot.refusals.reasons.map((r) => [AVSLAGSGRUNN_LABELS[r.reason], formatFigure(r.count)]),
        ['Nei i alt', formatFigure(pilot.refusals.total)],
      ],
      notes: [],
    },
    {
      id: 'visninger',
      title: 'Boliger personen takket nei til på visning',
      columns: [text('Grunn'), num('Antall visninger')],
      rows: [
        ...pilot.declinedViewings.reasons.map((r) => [DECLINED_REASON_LABELS[r.reason], formatFigure(r.count)]),
        ['Visninger der personen takket nei, i alt', formatFigure(pilot.declinedViewings.viewings)],
        ['Bytter med minst én slik visning', formatFigure(pilot.declinedViewings.exchanges)],
      ],
      notes: [],
    },
  ];
}

export const DECLINED_REASON_LABELS: Record<(typeof DECLINED_REASONS)[number], string> = { ...VISNING_AVSLAGSGRUNN_LABELS, ikke_registrert: 'Ikke registrert' };

/** How each figure is counted: printed with every export so a number never travels without it. */
export const STATS_EXPLANATION = [
  'Statistikken inneholder ingen personopplysninger. Tall for 1 eller 2 personer vises som «færre enn 3», og der et slikt tall kan regnes ut fra totalen, skjules også et tall til. 0 vises som 0: ingen personer står bak det.',
  'Balansen i perioden sier hvor mange flere den ene bydelen har sendt eller gitt enn den andre. Når tallene er skjult, sier den bare det som ikke avslører dem: hvilken bydel som har flest, eller bare om bydelene har like mange.',
  'Sendt: brukerprofilen er sendt til ny bydel (telles i året profilen ble sendt). Bolig gitt: personen takket ja til boligen på visning (telles i året for visningen).',
  'Registrert: byttet ble opprettet i perioden. Avsluttet: avslutningsdatoen er i perioden.',
  'Dager mellom stegene telles der det siste av de to stegene er i perioden. Tildelt bolig er tildelingsdatoen for boligen personen takket ja til.',
  'Boliger personen takket nei til telles etter grunnen koordinatoren valgte, etter datoen for byttets siste visning. Utdypingen er fritekst og vises ikke. «Ikke registrert» er avslag registrert før grunnene fikk faste valg.',
  'Bytter som er slettet fordi oppbevaringstiden er ute, er ikke med.',
];

export function periodText(from: string, to: string): string {
  return `${formatDate(from)}–${formatDate(to)}`;
}
