/**
 * The words of the documents the app produces: the training mark, the letterhead, the agendas
 * and the status sections they share, the answer, delegation, update and profile PDFs, and the
 * PDF engine's own words. Used by src/main/documents, src/main/stats and src/shared/documents.
 */
import type { CrossingKind } from '../documents/catalog';
import { DELTAKER_LABELS } from './fact-labels';

/** The word on every page and in the title of whatever training mode makes, so it is never taken for real. */
export const TRAINING_MARK = 'ØVINGSMODUS';

export const TRAINING_NOTICE = `${TRAINING_MARK}: Dokumentet er laget i øvingsmodus og har fiktive opplysninger. Det skal ikke sendes.`;

/** The words every document shares: its letterhead and the labels of its facts about the exchange. */
export const DOCUMENT_TEXT = {
  osloKommune: 'Oslo kommune',
  referanse: 'Referanse',
  bydel: DELTAKER_LABELS.bydel,
  laget: 'Laget',
  dato: 'Dato',
  fraBydel: 'Fra bydel',
  tilBydel: 'Til bydel',
  kontakt: 'Kontakt',
  kontaktinformasjon: 'Kontaktinformasjon',
  ingenVerdi: '–',
  jaNei: (ja: boolean) => (ja ? 'Ja' : 'Nei'),
  fraTil: (fra: string, til: string) => `Fra ${fra} til ${til}`,
} as const;

/** What the documents say of themselves: the app and routine in the footer, and how the recipient imports one. */
export const DOCUMENT_ABOUT_TEXT = {
  app: 'Bytteordning',
  rutine: 'Sammen om bolig',
  omDokumentet: 'Om dokumentet',
  importeres: (laget: string, mottaker: string, vedlegg: string) =>
    `Laget i Bytteordning ${laget}. ${mottaker} kan importere dokumentet under «Importer dokument»; ` +
    `opplysningene ligger også i vedlegget ${vedlegg}, signert med nøkkelen til bydelen som laget det.`,
} as const;

/** The anonymous profile, on the screen preview and in the PDF alike. */
export const PROFILE_TEXT = {
  tittel: 'Anonym brukerprofil – bytte av bolig mellom bydeler',
  anonym:
    'Profilen er anonym. Den inneholder ingen personidentifiserende opplysninger: ingen navn, fødselsnummer, adresse eller kontaktopplysninger om personen.',
  kontaktperson: 'Kontaktperson i gammel bydel',
  personOgHusstand: 'Person og husstand',
  malgruppe: 'Målgruppe',
  ikkeOppgitt: 'Ikke oppgitt',
  ingenOppgitt: 'Ingen oppgitt',
  bosituasjon: 'Bosituasjon og ønske om flytting',
  boligbehov: 'Boligbehov',
  tjenester: 'Tjenester og behov for oppfølging',
  harIDag: (harNa: boolean) => (harNa ? 'Har i dag' : 'Har ikke i dag'),
  behovNyBydel: (intensitet: string | undefined) => (intensitet ? `behov i ny bydel (${intensitet} intensitet)` : 'ikke behov i ny bydel'),
  okonomi: 'Økonomi',
  ressurser: 'Ressurser og annet',
} as const;

/** The new district's answer (PDF): yes or no, and what happens now. */
export const ANSWER_TEXT = {
  tittel: (ja: boolean) => (ja ? 'Svar på bytte: ja' : 'Svar på bytte: nei'),
  navn: 'Svar fra ny bydel',
  fraNyBydel: 'Fra bydel (ny bydel)',
  tilGammelBydel: 'Til bydel (gammel bydel)',
  vurdert: (bydel: string, referanse: string) => `${bydel} har vurdert den anonyme brukerprofilen med referanse ${referanse}.`,
  hvaSkjerNa: 'Hva skjer nå',
  /** The routine after a yes, in its own order (DOMAIN.md steps 5 and 6). */
  etterJa: [
    'Ved behov holdes et møte der relevante tjenester i ny bydel deltar, slik at nye oppfølgere kobles på så tidlig som mulig.',
    'Personen søker kommunal bolig i gammel bydel, og gammel bydel fatter vedtak.',
    'Ny bydel finner en aktuell bolig og gir tildelingsmyndighet til gammel bydel.',
    'Gammel bydel tildeler boligen, og Boligbygg setter opp visning.',
  ],
  etterNei: (gammel: string) => `Byttet avsluttes som avslått. ${gammel} følger opp personen videre.`,
  koordinator: 'Koordinator i ny bydel',
} as const;

/** What each meeting is for, in the routine's words: the points of the agenda. */
export const AGENDA_POINTS = {
  avklaringsmote: {
    title: 'Agenda for avklaringsmøte',
    purpose: 'Møtet skal avklare om det er aktuelt med bytte, hvilken type bolig som er ønskelig, og hvilket behov for oppfølging personen har.',
    points: [
      'Velkommen og presentasjon av deltakerne',
      'Er bytte aktuelt? Personens ønsker og grunner til å flytte',
      'Type bolig som er ønskelig',
      'Behov for oppfølging i ny bydel, og hvilke tjenester som bør kobles på',
      'Annet',
      'Veien videre: ny bydel svarer ja eller nei, og hvem gjør hva til da',
    ],
  },
  overforingsmote: {
    title: 'Agenda for overføringsmøte',
    purpose:
      'Målet er at alle som skal følge personen videre deltar, sammen med en person fra gammel bydel og personen selv, slik at oppfølgingen i ny bydel er på plass.',
    points: [
      'Velkommen og presentasjon av alle som skal følge personen videre',
      'Status i byttet',
      'Sjekklisten for gammel bydel: hva er gjort, og hva gjenstår',
      'Hvem tar over hva i ny bydel',
      'Første oppfølging etter innflytting: når, og hvem',
      'Åpne punkter og neste avtaler',
    ],
  },
} as const;

/** The agenda around its points: what it is of, who called the meeting, and before the meeting. */
export const AGENDA_TEXT = {
  undertittel: (gammel: string, ny: string) => `Bytte av bolig fra ${gammel} til ${ny}`,
  innkaltAv: 'Innkalt av',
  omPersonen: 'Personen omtales ikke med navn i dokumentet. Del det bare med dem som deltar på møtet.',
  saker: 'Saker',
  nr: 'Nr.',
  sak: 'Sak',
  notater: 'Notater til møtet',
  forMotet: 'Før møtet',
  profilSendt: (bydel: string, dato: string) => `Brukerprofilen ble sendt til ${bydel} ${dato}.`,
  profilIkkeSendt: 'Brukerprofilen er ikke sendt ennå.',
  svarte: (bydel: string, svar: string, dato: string) => `${bydel} svarte ${svar} ${dato}.`,
  svarerEtterMotet: (bydel: string) => `Etter møtet svarer ${bydel} ja eller nei.`,
  personenRolle: 'Personen byttet gjelder',
} as const;

/** Who does a step, named as the document's reader knows the districts. */
export const ACTOR_NAMES = { gammel: 'Gammel bydel', ny: 'Ny bydel', begge: 'Begge' } as const;

/** The status table: one row a step, with the fact that makes its status concrete. */
export const STATUS_TEXT = {
  tittel: 'Status i byttet',
  steg: 'Steg',
  hvem: 'Hvem',
  status: 'Status',
  merknad: 'Merknad',
  sendt: (dato: string) => `Sendt ${dato}`,
  ikkeNodvendig: 'Ikke nødvendig',
  ikkeNodvendigDato: (dato: string) => `Ikke nødvendig (${dato})`,
  svar: (ja: boolean, dato: string) => `${DOCUMENT_TEXT.jaNei(ja)}, ${dato}`,
  tildelt: (dato: string) => `Tildelt ${dato}`,
  boligFunnet: (dato: string) => `Bolig funnet, myndighet delegert ${dato}`,
  vedtak: (dato: string) => `Vedtak ${dato}`,
  sokt: (dato: string) => `Søkt ${dato}`,
  takketJa: (dato: string) => `Takket ja ${dato}`,
  sattOpp: (tidspunkt: string) => `Satt opp ${tidspunkt}`,
  takketNei: (boliger: number) => `Takket nei til ${boliger === 1 ? 'én bolig' : `${boliger} boliger`}`,
  avklart: (gjort: number, alle: number) => `${gjort} av ${alle} punkter avklart`,
  overfort: (dato: string) => `Overført ${dato}`,
} as const;

/** The old district's checklist as the agenda prints it. */
export const CHECKLIST_TEXT = {
  tittel: 'Sjekkliste for gammel bydel',
  utfortAv: (hvem: string, dato: string) => `Utført av ${hvem}, ${dato}`,
  ansvarlig: (bydel: string) => `Ansvarlig: ${bydel}`,
  innflyttingsdato: (dato: string) => `Innflyttingsdato: ${dato}.`,
  ingenInnflyttingsdato: 'Innflyttingsdatoen er ikke registrert ennå.',
} as const;

/** Who follows the person up, and with what, once the case moves. */
export const HANDOVER_TEXT = {
  tittel: 'Hvem tar over hva',
  oppgave: 'Oppgave eller tjeneste',
  nyOppfolger: (bydel: string) => `Ny oppfølger i ${bydel}`,
  intensitet: (intensitet: string, harNa: boolean) => `${intensitet} intensitet${harNa ? ', har tjenesten i dag' : ''}`,
  tilgangBekreftet: (dato: string) => `Tilgang bekreftet ${dato}`,
  bestiltIkkeBekreftet: (dato: string) => `Bestilt ${dato}, ikke bekreftet`,
  ikkeBestilt: 'Ikke bestilt ennå',
  gerica: 'Tilgang til Gerica før overføring',
  kontakt: 'Personens kontakt fremover',
  avtaltVedVisning: 'Avtalt ved visning',
  fremTilOverforing: 'Oppfølging frem til overføring',
  gammelFolgerOpp: 'Gammel bydel følger opp til saken er overført',
  etterOverforing: 'Oppfølging etter overføring',
  forsteOppfolging: (dato: string) => `Første oppfølging ${dato}`,
  snarestEtterInnflytting: 'Starter så snart som mulig etter innflytting',
} as const;

/** What is not done yet, as the agenda lists it. */
export const OPEN_ITEMS_TEXT = {
  tittel: 'Åpne punkter',
  begge: 'begge bydeler',
  nesteHandling: (handling: string, hvem: string, frist: string | undefined) =>
    `Neste handling: ${handling} (${hvem}${frist ? `, frist ${frist}` : ''}).`,
  ingenInnflyttingsdato: 'Innflyttingsdatoen er ikke registrert.',
  sjekklisten: (bydel: string, punkter: string) => `Sjekklisten for ${bydel}: ${punkter} gjenstår.`,
  gericaIkkeBekreftet: 'Tilgang til Gerica for ny bydel er ikke bekreftet.',
  oppfolgereIkkeNavngitt: 'Nye oppfølgere i ny bydel er ikke navngitt ennå.',
  ingen: 'Ingen åpne punkter.',
} as const;

/** The profile's PDF: sent by the old district, and the new district's printed copy of it. */
export const PROFILE_PDF_TEXT = {
  undertittel: (ny: string) => `Sammen om bolig · til vurdering hos ${ny}`,
  navn: 'Brukerprofil',
  mottattNavn: 'Brukerprofil (mottatt)',
  koordinator: 'Koordinator i gammel bydel',
  kontaktIkkeOppgitt: 'ikke oppgitt',
  mottattUndertittel: (gammel: string, mottatt: string, ny: string) => `Mottatt fra ${gammel} ${mottatt} · utskrift for ${ny}`,
  mottatt: 'Mottatt',
  utskrift: (gammel: string, sendt: string, mottatt: string, laget: string, ny: string) =>
    `Utskrift av brukerprofilen ${gammel} sendte ${sendt}, mottatt ${mottatt}, slik den er lagret i Bytteordning ` +
    `${laget}. Dokumentet er for bruk i ${ny}: det har ikke vedlegg og kan ikke importeres.`,
} as const;

/** The delegation of the authority to allocate the dwelling (PDF), from the new district to the old. */
export const DELEGATION_TEXT = {
  tittel: 'Delegering av tildelingsmyndighet',
  bolig: 'Bolig',
  delegertFra: 'Delegert fra (ny bydel)',
  delegertTil: 'Delegert til (gammel bydel)',
  delegering: 'Delegering',
  delegerer: (fra: string, til: string, referanse: string) =>
    `${fra} delegerer myndigheten til å tildele boligen nedenfor til ${til}, som tildeler den ` +
    `til personen i byttet ${referanse} etter sitt vedtak om kommunal bolig. Delegeringen gjelder bare denne boligen.`,
  boligen: 'Boligen',
  koordinatorer: 'Koordinatorer',
  koordinator: 'Koordinator',
  fraRolle: (bydel: string) => `${bydel} (delegerer)`,
  tilRolle: (bydel: string) => `${bydel} (tildeler)`,
} as const;

/** The update to the partner district (PDF): the changes, and what the recipient does with them. */
export const UPDATE_PDF_TEXT = {
  endringer: (nr: number) => `Endringer i oppdatering ${nr}`,
  registrert: 'Registrert',
  av: 'Av',
  endring: 'Endring',
  tittel: 'Oppdatering til partnerbydelen',
  undertittel: (referanse: string, nr: number, fra: string) => `Bytte ${referanse}: oppdatering ${nr} fra ${fra} bydel`,
  nr: 'Oppdatering nr.',
  fra: 'Fra',
  til: 'Til',
  navn: 'Oppdatering',
  mottakeren: 'Hva mottakeren gjør',
  importeres: (mottaker: string) =>
    `${mottaker} importerer filen i Bytteordning. Appen kontrollerer signaturen, at ingen tidligere oppdatering ` +
    `mangler, og viser endringene før de lagres. Oppdateringer må importeres i rekkefølge.`,
} as const;

/** The signed attachment of a document that crosses, as the PDF reader lists it. */
export const ATTACHMENT_DESCRIPTIONS = {
  brukerprofil: 'Brukerprofilen og andre endringer, signert, for import i Bytteordning',
  svar: 'Svaret og andre endringer, signert, for import i Bytteordning',
  delegering: 'Delegeringen og andre endringer, signert, for import i Bytteordning',
  oppdatering: 'Endringene, signert, for import i Bytteordning',
} as const satisfies Record<CrossingKind, string>;

/** What the PDF engine writes on every document: the checklist's marks, page numbers, the attachment. */
export const PDF_ENGINE_TEXT = {
  utfort: 'Utført',
  ikkeRelevant: 'Ikke relevant',
  ikkeUtfort: 'Ikke utført',
  side: (side: number, av: number) => `Side ${side} av ${av}`,
  vedlegg: 'Innholdet i dokumentet som data (JSON)',
} as const;

/** A document model the layout cannot honour: a fault of the code that built it, not of the coordinator. */
export const PDF_MODEL_FAULTS = {
  vedleggUtenNavn: 'Vedlegget mangler filnavn.',
  vedleggIkkeJson: (navn: string) => `Vedlegget ${navn} er ikke gyldig JSON.`,
  utenTittel: 'Dokumentet mangler tittel.',
  hvor: (seksjon: number, overskrift: string, blokk: number) => `seksjon ${seksjon} ("${overskrift}"), blokk ${blokk}`,
  ingenKolonner: (hvor: string) => `Tabellen i ${hvor} har ingen kolonner.`,
  kolonnebredde: (hvor: string) => `Tabellen i ${hvor} har en kolonnebredde som ikke er et positivt tall.`,
  celler: (rad: number, hvor: string, celler: number, kolonner: number) =>
    `Rad ${rad} i tabellen i ${hvor} har ${celler} celler, men tabellen har ${kolonner} kolonner.`,
} as const;

/** Why a PDF could not be read, for the log beside the error code. */
export const PDF_READ_DETAILS = {
  tomFil: 'tom fil',
  utenSlutt: 'filen slutter før %%EOF',
} as const;
