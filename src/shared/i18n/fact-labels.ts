/**
 * The words of each fact's rows (src/shared/facts): the step's summary, the previews, the PDFs
 * and the agendas all label a fact with the entry here, and the forms ask for it with the same words.
 */
import type { Brukerprofil, Mote, Svar, Vedtak } from '../exchange/model';

/** A meeting's facts by the words of its form: on the step, and in the agenda. */
export const MOTE_LABELS = {
  tidspunkt: 'Tidspunkt for møtet',
  sted: 'Møtested',
  deltakere: 'Deltakere',
  byttAktuelt: 'Er bytte aktuelt?',
  boligtype: 'Type bolig som er ønskelig',
  oppfolgingsbehov: 'Behov for oppfølging',
  annet: 'Annet',
} as const;

export const BYTT_AKTUELT_LABELS: Record<Mote['byttAktuelt'], string> = { ja: 'Ja', nei: 'Nei', uavklart: 'Ikke avklart ennå' };

export const DELTAKER_LABELS = { navn: 'Navn', rolle: 'Rolle', tjeneste: 'Tjeneste', bydel: 'Bydel' } as const;

/** The person is never named in what is written about a meeting. */
export const PERSONEN_SELV = 'Personen selv';

/** The answer's facts by the words of its form; the free text is an «utdyping» of a no, a «kommentar» to a yes. */
export const SVAR_LABELS = {
  svar: 'Svar',
  dato: 'Dato for svaret',
  grunn: 'Grunn til nei',
  utdyping: 'Utdyping av grunnen',
  kommentar: 'Kommentar',
} as const;

export const SVAR_VALUES: Record<Svar['svar'], string> = { ja: 'Ja, bydelen sier ja til byttet', nei: 'Nei, bydelen sier nei til byttet' };

export const TILDELING_LABELS = {
  sokt: 'Søkt',
  vedtaksdato: 'Vedtaksdato',
  vedtaksreferanse: 'Vedtaksreferanse',
  resultat: 'Resultat',
  boligreferanse: 'Boligreferanse (Boligbygg)',
  type: 'Type bolig',
  rom: 'Antall rom',
  funnet: 'Boligen ble funnet',
  delegert: 'Tildelingsmyndighet delegert',
  tildelt: 'Tildelt',
} as const;

export const VEDTAK_RESULTAT_LABELS: Record<Vedtak['resultat'], string> = { innvilget: 'Innvilget', avslag: 'Avslag' };

/** Each field of the profile by one name: in the form's list of what is missing, the preview, the PDF and an import's changes. */
export const PROFILE_FIELD_LABELS: Record<keyof Brukerprofil, string> = {
  aldersgruppe: 'Aldersgruppe',
  kjonn: 'Kjønn',
  husstand: 'Husstand',
  husdyr: 'Husdyr',
  tilleggsutfordringer: 'Tilleggsutfordringer',
  bosituasjon: 'Nåværende bosituasjon',
  bosituasjonKommentar: 'Kommentar til bosituasjonen',
  flyttegrunner: 'Grunner til å flytte',
  flyttegrunnerKommentar: 'Utdyping av grunnene',
  boligtype: 'Type bolig',
  boligstorrelse: 'Størrelse',
  trinnfri: 'Trinnfri tilgang',
  heis: 'Heis',
  omradeonsker: 'Ønsker om område',
  unnga: 'Bør unngå',
  tjenester: 'Tjenester',
  inntekt: 'Inntektstype',
  behovBostotte: 'Behov for bostøtte',
  behovFastTrekk: 'Behov for fast trekk av husleie',
  ressurser: 'Ressurser og hva som fungerer godt',
  annet: 'Annen informasjon',
};
