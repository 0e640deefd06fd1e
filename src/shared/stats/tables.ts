import type { Balance, BalanceDifference, DECLINED_REASONS, Pilot } from '../contract-stats';
import { type DistrictId, districtName } from '../districts';
import { formatDate } from '../i18n/format';
import { AVSLAGSGRUNN_LABELS, UTFALL_LABELS, VISNING_AVSLAGSGRUNN_LABELS } from '../i18n/labels';
import {
  BALANCE_MEASURES,
  BALANCE_SENTENCES,
  BALANCE_TEXT,
  DECLINED_NOT_RECORDED,
  DURATION_LABELS,
  PILOT_TEXT,
  TOTAL_LABEL,
} from '../i18n/stats-text';
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

const BALANCE_HEADERS = (us: DistrictId, partner: DistrictId) => ({
  sentByUs: BALANCE_TEXT.sendtFra(districtName(us)),
  sentByPartner: BALANCE_TEXT.sendtFra(districtName(partner)),
  dwellingsByUs: BALANCE_TEXT.boligerGittAv(districtName(us)),
  dwellingsByPartner: BALANCE_TEXT.boligerGittAv(districtName(partner)),
});

const text = (header: string) => ({ header, numeric: false });
const num = (header: string) => ({ header, numeric: true });

function pairTitle(us: DistrictId, partner: DistrictId): string {
  return BALANCE_TEXT.tittel(districtName(us), districtName(partner));
}

/** The balance of one measure over the period as a sentence: «Stovner har sendt 2 personer mer enn Grünerløkka.» */
export function balanceSentence(us: DistrictId, partner: DistrictId, measure: keyof typeof BALANCE_MEASURES, d: BalanceDifference): string {
  const m = BALANCE_MEASURES[measure];
  const [ours, theirs] = [districtName(us), districtName(partner)];
  const [more, less] = (d.shown === 'exact' ? d.difference > 0 : d.shown === 'direction' && d.more === 'us') ? [ours, theirs] : [theirs, ours];
  switch (d.shown) {
    case 'exact': {
      const n = Math.abs(d.difference);
      return n === 0 ? BALANCE_SENTENCES.likeMange(ours, theirs, m) : BALANCE_SENTENCES.merEnn(more, less, m, n);
    }
    case 'direction':
      return BALANCE_SENTENCES.flereEnn(more, less, m);
    case 'equality':
      return d.equal ? BALANCE_SENTENCES.likeMange(ours, theirs, m) : BALANCE_SENTENCES.ikkeLikeMange(ours, theirs, m);
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
      columns: [text(BALANCE_TEXT.ar), num(h.sentByUs), num(h.sentByPartner), num(h.dwellingsByUs), num(h.dwellingsByPartner)],
      rows: [...pair.years.map((y) => [String(y.year), ...cells(y)]), [TOTAL_LABEL, ...cells(pair.total)]],
      notes: [BALANCE_TEXT.iPerioden(sentence('sent'), sentence('dwellings'))],
    };
  });
}

export function pilotTables(pilot: Pilot): StatsTable[] {
  return [
    {
      id: 'bytter',
      title: PILOT_TEXT.bytterTittel,
      columns: [text(PILOT_TEXT.bytter), num(PILOT_TEXT.antall)],
      rows: [
        [PILOT_TEXT.registrert, formatFigure(pilot.started)],
        ...pilot.outcomes.map((o) => [PILOT_TEXT.avsluttetSom(UTFALL_LABELS[o.outcome].toLowerCase()), formatFigure(o.count)]),
        [PILOT_TEXT.avsluttetIAlt, formatFigure(pilot.closed)],
      ],
      notes: [],
    },
    {
      id: 'tid',
      title: PILOT_TEXT.tidTittel,
      columns: [
        text(PILOT_TEXT.maling),
        ...[PILOT_TEXT.antallBytter, PILOT_TEXT.median, PILOT_TEXT.nedreKvartil, PILOT_TEXT.ovreKvartil, PILOT_TEXT.korteste, PILOT_TEXT.lengste].map(num),
      ],
      rows: pilot.durations.map((d) => [
        DURATION_LABELS[d.measure],
        formatFigure(d.n),
        ...[d.median, d.p25, d.p75, d.min, d.max].map((v) => (d.n === 0 ? NO_VALUE_TEXT : formatFigure(v))),
      ]),
      notes: [],
    },
    {
      id: 'nei',
      title: PILOT_TEXT.neiTittel,
      columns: [text(PILOT_TEXT.grunn), num(PILOT_TEXT.antall)],
      rows: [
        ...pilot.refusals.reasons.map((r) => [AVSLAGSGRUNN_LABELS[r.reason], formatFigure(r.count)]),
        [PILOT_TEXT.neiIAlt, formatFigure(pilot.refusals.total)],
      ],
      notes: [],
    },
    {
      id: 'visninger',
      title: PILOT_TEXT.visningerTittel,
      columns: [text(PILOT_TEXT.grunn), num(PILOT_TEXT.antallVisninger)],
      rows: [
        ...pilot.declinedViewings.reasons.map((r) => [DECLINED_REASON_LABELS[r.reason], formatFigure(r.count)]),
        [PILOT_TEXT.visningerIAlt, formatFigure(pilot.declinedViewings.viewings)],
        [PILOT_TEXT.bytterMedVisning, formatFigure(pilot.declinedViewings.exchanges)],
      ],
      notes: [],
    },
  ];
}

export const DECLINED_REASON_LABELS: Record<(typeof DECLINED_REASONS)[number], string> = { ...VISNING_AVSLAGSGRUNN_LABELS, ikke_registrert: DECLINED_NOT_RECORDED };

export function periodText(from: string, to: string): string {
  return `${formatDate(from)}–${formatDate(to)}`;
}
