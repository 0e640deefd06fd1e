/**
 * What a coordinator reads when updates travel between partner districts: refusals with the
 * update's number and the district in them, and the outcome of an import or a fetch.
 * Used by src/main/sync/* and main's sync handlers.
 */
import { DISTRICT_TEXT } from './district-text';
export const SYNC_MESSAGES = {
  ikkeParetImport: (bydel: string) =>
    `Dere har ikke utvekslet partnernøkler med ${bydel} ennå, så appen kan ikke vite om dokumentet kommer derfra. Ingenting er importert. Importer nøkkelen deres under Innstillinger → Partnerbydeler, og sammenlign fingeravtrykket på telefon.`,
  ikkeParetSend: (bydel: string) =>
    `Dere har ikke utvekslet partnernøkler med bydel ${bydel} ennå, så en oppdatering kan ikke sendes dit. Ingenting er endret. Gå til Innstillinger → Partnerbydeler, og importer nøkkelen deres.`,
  ikkeParetMappe:
    'Dere har ikke paret med denne bydelen ennå, så en felles mappe kan ikke velges. Ingenting er lagret. Importer nøkkelen deres under Innstillinger → Partnerbydeler først.',
  feilFingeravtrykk:
    'Fingeravtrykket dere bekreftet hører ikke til denne filen. Ingenting er endret. Importer filen på nytt, og sammenlign fingeravtrykket på telefon.',
  /** How a sending district is named in the sentences below. */
  bydel: DISTRICT_TEXT.iTekst,
  ukjentBydel: 'en ukjent bydel',
  ekteIOvingsmodus: 'Dokumentet er ekte og kan ikke importeres i øvingsmodus. Ingenting er importert. Avslutt øvingsmodus, og importer det på nytt.',
  ikkeAktivtPar: (bydel: string) =>
    `Bydel ${bydel} er ikke en aktiv byttepartner for dere. Ingenting er importert. Aktiver bytteparet under Innstillinger, og importer dokumentet på nytt.`,
  alleredeImportert: (nr: number, fra: string) => `Oppdatering ${nr} fra ${fra} er allerede importert. Ingenting er endret.`,
  eldre: (nr: number, fra: string, siste: number) =>
    `Oppdatering ${nr} fra ${fra} er eldre enn oppdatering ${siste}, som dere allerede har importert, og den er ikke den samme. Ingenting er endret. Ring partnerbydelen og sammenlign.`,
  mangler: (forventet: number, fra: string, nr: number) =>
    `Oppdatering ${forventet} fra ${fra} mangler: be om den. Ingenting er importert. Importer oppdatering ${forventet} først, så denne (nr. ${nr}).`,
  profilMottatt: (fra: string, dato: string) => `Brukerprofilen ${fra} sendte ${dato}, er mottatt.`,
  mottattHendelse: (hva: string, av: string, nr: number) => `${hva} Registrert av ${av}, mottatt i oppdatering ${nr}.`,
  opprettes: (bydel: string, nr: number) => `Et nytt innkommende bytte fra bydel ${bydel} opprettes med oppdatering ${nr}.`,
  registreres: (nr: number, fra: string, referanse: string) => `Oppdatering ${nr} fra ${fra} registreres i byttet ${referanse}.`,
  opprettet: (nr: number, fra: string) => `Innkommende bytte opprettet fra oppdatering ${nr} fra ${fra}.`,
  ikkeTattInn: (antall: number) => ` ${antall} endring(er) ble ikke tatt inn og vises som uenighet i byttet.`,
  importert: (nr: number, fra: string, referanse: string) => `Oppdatering ${nr} fra ${fra} er importert i byttet ${referanse}.`,
  mappeFinnesIkke: (mappe: string) =>
    `Appen finner ikke mappen ${mappe}. Ingenting er lagret. Sjekk at stien er riktig og at nettverksstasjonen er tilkoblet, og prøv igjen.`,
  mappeErFil: (mappe: string) => `${mappe} er en fil, ikke en mappe. Ingenting er lagret. Skriv stien til mappen filen ligger i.`,
  mappeIkkeSkrivbar: (mappe: string) =>
    `Appen kan ikke skrive i mappen ${mappe}. Ingenting er lagret. Be IT om skrivetilgang til mappen, eller velg en annen mappe.`,
  ikkeSkrevet: (nr: number, mappe: string) =>
    `Oppdatering ${nr} ble laget, men appen fikk ikke skrevet den til mappen ${mappe}. Sjekk at mappen finnes og at nettverksstasjonen er tilkoblet, og trykk «Send til felles mappe» igjen: da legges den samme oppdateringen i mappen.`,
  filIkkeLest: (fil: string) => `Appen fikk ikke lest filen ${fil}. Ingenting er importert fra den. Sjekk at nettverksstasjonen er tilkoblet, og prøv igjen.`,
  venterPa: (nr: number, forventet: number) =>
    `Oppdatering ${nr} venter på oppdatering ${forventet}, som ikke er kommet ennå. Filen blir liggende i mappen og importeres når oppdatering ${forventet} er hentet.`,
  harFunn: (nr: number) =>
    `Oppdatering ${nr} kan inneholde personopplysninger og er ikke importert. Filen blir liggende i mappen: velg den under Importer dokument for å se funnene og bestemme om den skal importeres.`,
  ingenMappe:
    'Dere har ikke valgt en felles mappe med noen partnerbydel. Ingenting er hentet. Velg mappen under Innstillinger → Partnerbydeler og nøkler.',
  mappeIkkeLest: (mappe: string) =>
    `Appen fikk ikke lest mappen ${mappe}. Ingenting er hentet derfra. Sjekk at mappen finnes og at nettverksstasjonen er tilkoblet, og prøv igjen.`,
} as const;

/** Why a received change was not taken in (src/shared/sync/apply.ts), and how the change reads in the history. */
export const RECEIVED_CHANGE_MESSAGES = {
  profilFraGammel: 'Brukerprofilen kan bare komme fra gammel bydel.',
  alleredeSvart: 'Dere har allerede svart, så brukerprofilen kan ikke byttes ut.',
  ikkeTattInn: (registrertSelv: boolean) =>
    `${registrertSelv ? 'Dere har registrert dette selv' : 'Dette eier dere selv'}, så partnerbydelens versjon er ikke tatt inn.`,
  profilSendt: (dato: string) => `Brukerprofilen er sendt til ny bydel ${dato}.`,
  ikkeIOppdatering: 'Endringen hører ikke hjemme i en oppdatering.',
  /** The sections of an import preview that are not the profile's. */
  boligOgDelegering: 'Boligen og delegeringen',
} as const;

/** The partner's key, as the coordinator pins it. */
export const PARTNER_KEY_MESSAGES = {
  ikkePartnernokkel: 'Fingeravtrykket er ikke fra en partnernøkkel. Importer nøkkelfilen på nytt.',
} as const;
