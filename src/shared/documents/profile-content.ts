import { districtName } from '../districts';
import type { BrukerprofilUtkast, ExchangeState } from '../exchange/model';
import { formatDate } from '../i18n/format';
import {
  ALDERSGRUPPE_LABELS,
  BOLIGSTORRELSE_LABELS,
  BOLIGTYPE_LABELS,
  BOSITUASJON_LABELS,
  FLYTTEGRUNN_LABELS,
  HUSSTAND_LABELS,
  INNTEKT_LABELS,
  INTENSITET_LABELS,
  KJONN_LABELS,
  MALGRUPPE_LABELS,
  TILLEGGSUTFORDRING_LABELS,
  TJENESTE_LABELS,
} from '../i18n/labels';

export interface ContentSection {
  heading: string;
  rows: [label: string, value: string][];
}

export interface ProfileContent {
  title: string;
  meta: [label: string, value: string][];
  notice: string;
  sections: ContentSection[];
}

const yesNo = (v: boolean | undefined) => (v === undefined ? '' : v ? 'Ja' : 'Nei');
const list = <K extends string>(labels: Record<K, string>, values: readonly K[] | undefined) =>
  (values ?? []).map((v) => labels[v]).join(', ');

export const ANONYMITY_NOTICE =
  'Profilen er anonym. Den inneholder ingen personidentifiserende opplysninger: ingen navn, fødselsnummer, adresse eller kontaktopplysninger om personen.';

/**
 * What the receiving district sees of a profile: the same words on the screen preview and in
 * the PDF, so the preview is exactly what is sent. Only the profile's coarse categories and
 * checked free text are included; the candidate step's notes and our internal reference never are.
 */
export function profileContent(
  state: ExchangeState,
  profil: BrukerprofilUtkast,
  sender: { coordinatorName: string; coordinatorContact: string },
  date: string,
): ProfileContent {
  const p = profil;
  return {
    title: 'Anonym brukerprofil – bytte av bolig mellom bydeler',
    meta: [
      ['Referanse', state.reference],
      ['Fra bydel', districtName(state.oldDistrict)],
      ['Til bydel', districtName(state.newDistrict)],
      ['Dato', formatDate(date)],
      ['Kontaktperson i gammel bydel', `${sender.coordinatorName}, ${sender.coordinatorContact}`],
    ],
    notice: ANONYMITY_NOTICE,
    sections: [
      {
        heading: 'Person og husstand',
        rows: [
          ['Målgruppe', list(MALGRUPPE_LABELS, state.kandidat.malgruppe)],
          ['Aldersgruppe', p.aldersgruppe ? ALDERSGRUPPE_LABELS[p.aldersgruppe] : ''],
          ['Kjønn', p.kjonn ? KJONN_LABELS[p.kjonn] : 'Ikke oppgitt'],
          ['Husstand', p.husstand ? HUSSTAND_LABELS[p.husstand] : ''],
          ['Husdyr', yesNo(p.husdyr)],
          ['Tilleggsutfordringer', list(TILLEGGSUTFORDRING_LABELS, p.tilleggsutfordringer) || 'Ingen oppgitt'],
        ],
      },
      {
        heading: 'Bosituasjon og ønske om flytting',
        rows: [
          ['Nåværende bosituasjon', p.bosituasjon ? BOSITUASJON_LABELS[p.bosituasjon] : ''],
          ['Kommentar', p.bosituasjonKommentar ?? ''],
          ['Grunner til å flytte', list(FLYTTEGRUNN_LABELS, p.flyttegrunner)],
          ['Utdyping', p.flyttegrunnerKommentar ?? ''],
        ],
      },
      {
        heading: 'Boligbehov',
        rows: [
          ['Type bolig', p.boligtype ? BOLIGTYPE_LABELS[p.boligtype] : ''],
          ['Størrelse', p.boligstorrelse ? BOLIGSTORRELSE_LABELS[p.boligstorrelse] : ''],
          ['Trinnfri tilgang', yesNo(p.trinnfri)],
          ['Heis', yesNo(p.heis)],
          ['Ønsker om område', p.omradeonsker ?? ''],
          ['Bør unngå', p.unnga ?? ''],
        ],
      },
      {
        heading: 'Tjenester og behov for oppfølging',
        rows:
          (p.tjenester ?? []).length > 0
            ? (p.tjenester ?? []).map((tj) => [
                TJENESTE_LABELS[tj.tjeneste],
                [
                  tj.harNa ? 'Har i dag' : 'Har ikke i dag',
                  tj.behovNyBydel ? `behov i ny bydel (${INTENSITET_LABELS[tj.intensitet].toLowerCase()} intensitet)` : 'ikke behov i ny bydel',
                ].join(', ') + (tj.kommentar ? `\n${tj.kommentar}` : ''),
              ])
            : [['Tjenester', 'Ingen oppgitt']],
      },
      {
        heading: 'Økonomi',
        rows: [
          ['Inntektstype', p.inntekt ? INNTEKT_LABELS[p.inntekt] : ''],
          ['Behov for bostøtte', yesNo(p.behovBostotte)],
          ['Behov for fast trekk av husleie', yesNo(p.behovFastTrekk)],
        ],
      },
      {
        heading: 'Ressurser og annet',
        rows: [
          ['Ressurser og hva som fungerer godt', p.ressurser ?? ''],
          ['Annen informasjon', p.annet ?? ''],
        ],
      },
    ].map((s) => ({ ...s, rows: s.rows.filter(([, v]) => v !== '') as [string, string][] })),
  };
}
