import { districtName } from '../districts';
import type { Brukerprofil, BrukerprofilUtkast, ExchangeState } from '../exchange/model';
import { type FactRow, type FactSection, recorded } from '../facts/rows';
import { PROFILE_FIELD_LABELS } from '../i18n/fact-labels';
import { DOCUMENT_TEXT, PROFILE_TEXT } from '../i18n/documents-text';
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

export interface ProfileContent {
  title: string;
  meta: FactRow[];
  notice: string;
  sections: FactSection[];
}

/** The words for the values of each choice in the profile: the form's options and the profile's content. */
export const PROFILE_CHOICE_LABELS = {
  aldersgruppe: ALDERSGRUPPE_LABELS,
  kjonn: KJONN_LABELS,
  husstand: HUSSTAND_LABELS,
  tilleggsutfordringer: TILLEGGSUTFORDRING_LABELS,
  bosituasjon: BOSITUASJON_LABELS,
  flyttegrunner: FLYTTEGRUNN_LABELS,
  boligtype: BOLIGTYPE_LABELS,
  boligstorrelse: BOLIGSTORRELSE_LABELS,
  inntekt: INNTEKT_LABELS,
} as const satisfies Partial<Record<keyof Brukerprofil, Record<string, string>>>;

const yesNo = (v: boolean | undefined) => (v === undefined ? '' : DOCUMENT_TEXT.jaNei(v));
const list = <K extends string>(labels: Record<K, string>, values: readonly K[] | undefined) =>
  (values ?? []).map((v) => labels[v]).join(', ');

/** A section keeps only the facts that are recorded; a section left empty still says so in the PDF. */
function recordedSections(sections: FactSection[]): FactSection[] {
  return sections.map((section) => ({ ...section, rows: recorded(section.rows) }));
}

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
  return {
    title: PROFILE_TEXT.tittel,
    meta: [
      [DOCUMENT_TEXT.referanse, state.reference],
      [DOCUMENT_TEXT.fraBydel, districtName(state.oldDistrict)],
      [DOCUMENT_TEXT.tilBydel, districtName(state.newDistrict)],
      [DOCUMENT_TEXT.dato, formatDate(date)],
      [PROFILE_TEXT.kontaktperson, `${sender.coordinatorName}, ${sender.coordinatorContact}`],
    ],
    notice: PROFILE_TEXT.anonym,
    sections: recordedSections([
      {
        heading: PROFILE_TEXT.personOgHusstand,
        rows: [
          [PROFILE_TEXT.malgruppe, list(MALGRUPPE_LABELS, state.kandidat.malgruppe)],
          [PROFILE_FIELD_LABELS.aldersgruppe, profil.aldersgruppe ? PROFILE_CHOICE_LABELS.aldersgruppe[profil.aldersgruppe] : ''],
          [PROFILE_FIELD_LABELS.kjonn, profil.kjonn ? PROFILE_CHOICE_LABELS.kjonn[profil.kjonn] : PROFILE_TEXT.ikkeOppgitt],
          [PROFILE_FIELD_LABELS.husstand, profil.husstand ? PROFILE_CHOICE_LABELS.husstand[profil.husstand] : ''],
          [PROFILE_FIELD_LABELS.husdyr, yesNo(profil.husdyr)],
          [PROFILE_FIELD_LABELS.tilleggsutfordringer, list(PROFILE_CHOICE_LABELS.tilleggsutfordringer, profil.tilleggsutfordringer) || PROFILE_TEXT.ingenOppgitt],
        ],
      },
      {
        heading: PROFILE_TEXT.bosituasjon,
        rows: [
          [PROFILE_FIELD_LABELS.bosituasjon, profil.bosituasjon ? PROFILE_CHOICE_LABELS.bosituasjon[profil.bosituasjon] : ''],
          [PROFILE_FIELD_LABELS.bosituasjonKommentar, profil.bosituasjonKommentar ?? ''],
          [PROFILE_FIELD_LABELS.flyttegrunner, list(PROFILE_CHOICE_LABELS.flyttegrunner, profil.flyttegrunner)],
          [PROFILE_FIELD_LABELS.flyttegrunnerKommentar, profil.flyttegrunnerKommentar ?? ''],
        ],
      },
      {
        heading: PROFILE_TEXT.boligbehov,
        rows: [
          [PROFILE_FIELD_LABELS.boligtype, profil.boligtype ? PROFILE_CHOICE_LABELS.boligtype[profil.boligtype] : ''],
          [PROFILE_FIELD_LABELS.boligstorrelse, profil.boligstorrelse ? PROFILE_CHOICE_LABELS.boligstorrelse[profil.boligstorrelse] : ''],
          [PROFILE_FIELD_LABELS.trinnfri, yesNo(profil.trinnfri)],
          [PROFILE_FIELD_LABELS.heis, yesNo(profil.heis)],
          [PROFILE_FIELD_LABELS.omradeonsker, profil.omradeonsker ?? ''],
          [PROFILE_FIELD_LABELS.unnga, profil.unnga ?? ''],
        ],
      },
      {
        heading: PROFILE_TEXT.tjenester,
        rows:
          (profil.tjenester ?? []).length > 0
            ? (profil.tjenester ?? []).map((tjeneste): FactRow => [
                TJENESTE_LABELS[tjeneste.tjeneste],
                [
                  PROFILE_TEXT.harIDag(tjeneste.harNa),
                  PROFILE_TEXT.behovNyBydel(tjeneste.behovNyBydel ? INTENSITET_LABELS[tjeneste.intensitet].toLowerCase() : undefined),
                ].join(', ') + (tjeneste.kommentar ? `\n${tjeneste.kommentar}` : ''),
              ])
            : [[PROFILE_FIELD_LABELS.tjenester, PROFILE_TEXT.ingenOppgitt]],
      },
      {
        heading: PROFILE_TEXT.okonomi,
        rows: [
          [PROFILE_FIELD_LABELS.inntekt, profil.inntekt ? PROFILE_CHOICE_LABELS.inntekt[profil.inntekt] : ''],
          [PROFILE_FIELD_LABELS.behovBostotte, yesNo(profil.behovBostotte)],
          [PROFILE_FIELD_LABELS.behovFastTrekk, yesNo(profil.behovFastTrekk)],
        ],
      },
      {
        heading: PROFILE_TEXT.ressurser,
        rows: [
          [PROFILE_FIELD_LABELS.ressurser, profil.ressurser ?? ''],
          [PROFILE_FIELD_LABELS.annet, profil.annet ?? ''],
        ],
      },
    ]),
  };
}
