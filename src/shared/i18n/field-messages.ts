/**
 * The contract's own sentences for its fields (src/shared/exchange/model.ts, primitives.ts):
 * what a coordinator reads at a field the schema refuses, where the general sentence of
 * ./validation-messages.ts would not say what to do. The general ones are reused where they do.
 */
import { DOCUMENT_TEXT } from './documents-text';
import { DELTAKER_LABELS } from './fact-labels';
import { VALIDATION_MESSAGES } from './validation-messages';

/** A required field, named as its «… må fylles ut.» sentence begins. */
export const REQUIRED_FIELD_NAMES = {
  feltet: 'Feltet',
  grunner: 'Grunnen til at personen ønsker å flytte',
  begrunnelsen: 'Begrunnelsen',
  navn: DELTAKER_LABELS.navn,
  sted: 'Sted',
  tjeneste: DELTAKER_LABELS.tjeneste,
  boligreferansen: 'Boligreferansen',
  vedtaksreferansen: 'Vedtaksreferansen',
  hvem: 'Hvem',
  kontaktinformasjon: DOCUMENT_TEXT.kontaktinformasjon,
} as const;

/** Text, dates and files: the rules every field of their kind shares. */
export const PRIMITIVE_MESSAGES = {
  forLang: (max: number) => `Teksten kan være på høyst ${max} tegn.`,
  maFyllesUt: (felt: string) => `${felt} må fylles ut.`,
  ingenDato: 'Skriv inn en dato.',
  ugyldigDato: VALIDATION_MESSAGES.notDate,
  ingenDatoOgKlokkeslett: VALIDATION_MESSAGES.notDateTime,
  ugyldigKlokkeslett: VALIDATION_MESSAGES.notTime,
  ugyldigTidspunkt: 'Ugyldig tidspunkt.',
  velgFil: 'Velg en fil.',
  forStorFil: 'Filen er for stor til å være fra Bytteordning. Ingenting er lest. Velg filen du fikk fra partnerbydelen.',
  ulesbarFil: 'Filen kunne ikke leses. Velg den på nytt.',
} as const;

/** The exchange's fields, by step. */
export const FIELD_MESSAGES = {
  malgruppe: 'Velg minst én målgruppe.',
  malgruppeEnGang: 'Hver målgruppe kan bare velges én gang.',
  onskerKommunalBolig: 'Personen må ønske kommunal bolig i den nye bydelen for å være aktuell for bytte.',
  samtykke: 'Personen må samtykke til at en anonym brukerprofil deles med den nye bydelen.',
  aldersgruppe: 'Velg aldersgruppe.',
  husstand: 'Velg husstand.',
  bosituasjon: 'Velg nåværende bosituasjon.',
  flyttegrunner: 'Velg minst én grunn til flytting.',
  boligtype: 'Velg type bolig.',
  boligstorrelse: 'Velg størrelse på bolig.',
  inntekt: 'Velg inntektstype.',
  epost: 'Skriv en gyldig e-postadresse, eller la feltet stå tomt.',
  deltakere: 'Legg til minst én deltaker.',
  avslagsgrunn: 'Velg grunnen til at bydelen sier nei.',
  rom: 'Skriv antall rom som et tall.',
  referanse: 'Referansen har formen BYTTE-XXXX-XXXX, som i brukerprofilen.',
} as const;

/** A number of days, months or backups the settings keep: from 1 to a limit. */
export const RANGE_MESSAGES = {
  tallFra1Til: (max: number) => `Skriv et tall fra 1 til ${max}.`,
  heltTallFra1Til: (max: number) => `Skriv et helt tall fra 1 til ${max}.`,
} as const;

/** The backup's settings and restore. */
export const BACKUP_FIELD_MESSAGES = {
  mappe: 'Skriv inn en mappe.',
  forLangSti: (max: number) => `Stien kan være på høyst ${max} tegn.`,
  usynligeTegn: 'Stien har usynlige tegn eller kontrolltegn. Skriv den inn på nytt.',
  heleStien: 'Skriv hele stien til mappen, for eksempel C:\\Sikkerhetskopier eller /home/navn/kopier.',
  velgKopi: 'Velg en sikkerhetskopi fra listen.',
} as const;
