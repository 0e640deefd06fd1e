import type {
  ALDERSGRUPPER,
  AnsvarGammelPunkt,
  AVSLAGSGRUNNER,
  BOLIGSTORRELSER,
  BOLIGTYPER,
  BOSITUASJONER,
  FLYTTEGRUNNER,
  HUSSTANDER,
  INNTEKTSTYPER,
  INTENSITETER,
  KJONN,
  MALGRUPPER,
  TILLEGGSUTFORDRINGER,
  TJENESTER,
  VISNING_AVSLAGSGRUNNER,
  Utfall,
} from '../exchange/model';
import type { DocumentKind } from '../documents/catalog';
import type { NextActionCode } from '../exchange/next-action';
import type { StepId, StepStatus } from '../exchange/workflow';

/**
 * The routine's own words, in bokmål: one place for every domain label that both the screens
 * and the documents show. A nynorsk or English edition would be a sibling of this file.
 */
type Labels<T extends readonly string[]> = Record<T[number], string>;

export const STEP_LABELS: Record<StepId, string> = {
  kandidat: 'Kandidat',
  brukerprofil: 'Brukerprofil',
  avklaringsmote: 'Avklaringsmøte',
  svar: 'Svar fra ny bydel',
  mote_etter_ja: 'Møte etter ja',
  tildeling: 'Tildeling av bolig',
  visning: 'Visning',
  overforingsmote: 'Overføringsmøte',
  ansvar_gammel: 'Ansvar gammel bydel',
  ansvar_ny: 'Ansvar ny bydel',
  avsluttet: 'Avsluttet',
};

export const STEP_STATUS_LABELS: Record<StepStatus, string> = {
  done: 'Fullført',
  skipped: 'Hoppet over',
  current: 'Pågår',
  waiting: 'Ikke startet',
};

export const MALGRUPPE_LABELS: Labels<typeof MALGRUPPER> = {
  rus: 'Rus',
  psykisk_helse: 'Psykisk helse',
  tilleggsproblematikk: 'Tilleggsproblematikk',
};

export const ALDERSGRUPPE_LABELS: Labels<typeof ALDERSGRUPPER> = {
  '18-25': '18–25 år',
  '26-35': '26–35 år',
  '36-45': '36–45 år',
  '46-55': '46–55 år',
  '56-66': '56–66 år',
  '67+': '67 år eller eldre',
};

export const KJONN_LABELS: Labels<typeof KJONN> = {
  kvinne: 'Kvinne',
  mann: 'Mann',
  annet: 'Annet',
  oppgis_ikke: 'Oppgis ikke',
};

export const HUSSTAND_LABELS: Labels<typeof HUSSTANDER> = {
  alene: 'Bor alene',
  med_partner: 'Med partner',
  med_barn: 'Med barn',
  med_partner_og_barn: 'Med partner og barn',
};

export const TILLEGGSUTFORDRING_LABELS: Labels<typeof TILLEGGSUTFORDRINGER> = {
  somatisk_helse: 'Somatisk helse',
  kognitiv_funksjon: 'Kognitiv funksjon',
  okonomi_gjeld: 'Økonomi og gjeld',
  voldsrisiko: 'Voldsrisiko',
  straffegjennomforing: 'Straffegjennomføring',
  ensomhet_isolasjon: 'Ensomhet og isolasjon',
  annet: 'Annet',
};

export const BOSITUASJON_LABELS: Labels<typeof BOSITUASJONER> = {
  kommunal_bolig: 'Kommunal bolig',
  privat_leie: 'Leier privat',
  eid_bolig: 'Eier bolig',
  midlertidig_botilbud: 'Midlertidig botilbud',
  institusjon: 'Institusjon',
  uten_fast_bolig: 'Uten fast bolig',
  annet: 'Annet',
};

export const FLYTTEGRUNN_LABELS: Labels<typeof FLYTTEGRUNNER> = {
  naerhet_nettverk: 'Nærhet til nettverk',
  bort_fra_rusmiljo: 'Bort fra rusmiljø',
  ny_start: 'Ønsker en ny start',
  konflikt_i_nabolaget: 'Konflikt i nabolaget',
  behov_annen_boligtype: 'Behov for en annen type bolig',
  naerhet_tjenester: 'Nærhet til tjenester',
  annet: 'Annet',
};

export const BOLIGTYPE_LABELS: Labels<typeof BOLIGTYPER> = {
  ordinaer: 'Ordinær bolig',
  bemannet: 'Bolig med bemanning',
  samlokalisert: 'Samlokalisert bolig',
  tilrettelagt: 'Tilrettelagt bolig',
};

export const BOLIGSTORRELSE_LABELS: Labels<typeof BOLIGSTORRELSER> = {
  hybel: 'Hybel',
  '1_rom': '1 rom',
  '2_rom': '2 rom',
  '3_rom_eller_mer': '3 rom eller mer',
};

export const TJENESTE_LABELS: Labels<typeof TJENESTER> = {
  rus_psykisk_helse: 'Rus- og psykisk helsetjeneste',
  act_fact: 'ACT/FACT-team',
  hjemmetjenester: 'Hjemmetjenester',
  nav: 'NAV',
  boveiledning: 'Boveiledning',
  fastlege: 'Fastlege',
  spesialisthelsetjeneste: 'Spesialisthelsetjeneste',
  lar: 'LAR (legemiddelassistert rehabilitering)',
  annet: 'Annen tjeneste',
};

export const INTENSITET_LABELS: Labels<typeof INTENSITETER> = {
  lav: 'Lav',
  middels: 'Middels',
  hoy: 'Høy',
};

export const INNTEKT_LABELS: Labels<typeof INNTEKTSTYPER> = {
  arbeid: 'Arbeidsinntekt',
  aap: 'Arbeidsavklaringspenger (AAP)',
  uforetrygd: 'Uføretrygd',
  sosialhjelp: 'Økonomisk sosialhjelp',
  kvalifiseringsstonad: 'Kvalifiseringsstønad',
  alderspensjon: 'Alderspensjon',
  annet: 'Annet',
};

export const AVSLAGSGRUNN_LABELS: Labels<typeof AVSLAGSGRUNNER> = {
  ingen_egnet_bolig: 'Ingen egnet bolig tilgjengelig',
  mangler_kapasitet_oppfolging: 'Mangler kapasitet til oppfølging',
  tjenester_ikke_tilgjengelige: 'Nødvendige tjenester er ikke tilgjengelige',
  utenfor_malgruppen: 'Utenfor målgruppen',
  personen_passer_ikke_i_tilbudet: 'Tilbudet passer ikke for personen',
  annet: 'Annen grunn',
};

export const VISNING_AVSLAGSGRUNN_LABELS: Labels<typeof VISNING_AVSLAGSGRUNNER> = {
  beliggenhet: 'Beliggenhet',
  storrelse: 'Størrelse eller planløsning',
  standard: 'Standard eller tilstand',
  tilgjengelighet: 'Tilgjengelighet',
  bomiljo: 'Bomiljø eller naboer',
  husleie: 'Husleie',
  annet: 'Annen grunn',
};

export const UTFALL_LABELS: Record<Utfall, string> = {
  gjennomfort: 'Gjennomført',
  avslatt: 'Avslått',
  trukket: 'Trukket',
  avbrutt: 'Avbrutt',
};

export const ANSVAR_GAMMEL_LABELS: Record<AnsvarGammelPunkt, string> = {
  etablert_i_boligen: 'Personen er ferdig etablert i boligen',
  husleie_forste_maned: 'Husleien er betalt første måned etter overføring',
  strom_avtalegiro: 'Strøm er bestilt, og eventuelt avtalegiro opprettet',
  flyttemelding: 'Flytting er meldt i Folkeregisteret og hos Posten',
  bostotte: 'Det er søkt om bostøtte',
  fast_trekk: 'Det er søkt om fast trekk av husleie, dersom det er aktuelt',
  oppfolging_til_overforing: 'Personen er fulgt opp frem til overføring til ny bydel',
};

/** The checklist items in a word or two, for a list of what is still open where the full sentences are already shown. */
export const ANSVAR_GAMMEL_SHORT_LABELS: Record<AnsvarGammelPunkt, string> = {
  etablert_i_boligen: 'etablert i boligen',
  husleie_forste_maned: 'husleie første måned',
  strom_avtalegiro: 'strøm og avtalegiro',
  flyttemelding: 'flyttemelding',
  bostotte: 'bostøtte',
  fast_trekk: 'fast trekk',
  oppfolging_til_overforing: 'oppfølging frem til overføring',
};

export const NEXT_ACTION_LABELS: Record<NextActionCode, string> = {
  registrer_kandidat: 'Registrer kandidaten',
  fyll_ut_brukerprofil: 'Fyll ut og send brukerprofilen',
  avklaringsmote_eller_hopp_over: 'Hold avklaringsmøte, eller hopp over',
  svar_fra_ny_bydel: 'Ny bydel svarer ja eller nei',
  mote_etter_ja_eller_hopp_over: 'Hold møte etter ja, eller hopp over',
  soknad_kommunal_bolig: 'Personen søker kommunal bolig i gammel bydel',
  vedtak_kommunal_bolig: 'Gammel bydel fatter vedtak om kommunal bolig',
  finn_bolig_og_deleger: 'Ny bydel finner bolig og delegerer tildelingsmyndighet',
  tildel_bolig: 'Gammel bydel tildeler boligen',
  visning: 'Visning av boligen',
  overforingsmote: 'Hold overføringsmøte',
  ansvar_gammel_sjekkliste: 'Gammel bydel fullfører sjekklisten',
  innflytting: 'Registrer innflyttingsdato',
  overfor_saken: 'Saken overføres til ny bydel',
  forste_oppfolging: 'Ny bydel starter oppfølgingen',
  avslutt_gjennomfort: 'Avslutt byttet som gjennomført',
  ingen: 'Ingen – byttet er avsluttet',
};

/** The viewing's contact at Boligbygg, on screen and in the invitation. */
export const BOLIGBYGG_KONTAKT_LABELS = {
  navn: 'Kontaktperson i Boligbygg',
  info: 'Telefon eller e-post til kontaktpersonen i Boligbygg',
  /** One line: the name, then how to reach them. */
  linje: (navn: string | undefined, info: string | undefined): string => [navn, info].filter(Boolean).join(', '),
} as const;

export const SIDE_LABELS = { vi: 'Vår bydel', partner: 'Partnerbydelen', begge: 'Begge bydeler' } as const;

export const DIRECTION_LABELS = { utgaende: 'Utgående', innkommende: 'Innkommende' } as const;

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  brukerprofil: 'Brukerprofil',
  svar: 'Svar fra ny bydel',
  delegering: 'Delegering av tildelingsmyndighet',
  oppdatering: 'Oppdatering til partnerbydelen',
  agenda_avklaringsmote: 'Agenda for avklaringsmøte',
  agenda_overforingsmote: 'Agenda for overføringsmøte',
  kalender_avklaringsmote: 'Kalenderinvitasjon til avklaringsmøte',
  kalender_mote_etter_ja: 'Kalenderinvitasjon til møte etter ja',
  kalender_overforingsmote: 'Kalenderinvitasjon til overføringsmøte',
  kalender_visning: 'Kalenderinvitasjon til visning',
  brukerprofil_mottatt: 'Brukerprofil (mottatt)',
};
