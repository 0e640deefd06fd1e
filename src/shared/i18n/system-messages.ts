/**
 * What the app says about itself rather than about an exchange: starting, its keys and data
 * folder, backups, passwords, and the desktop app's menu. Used by src/main.
 */

/** The desktop app's menu: every item has a label of its own, since Electron's role labels are English. */
export const MENU_LABELS = {
  lastInnPaNytt: 'Last inn på nytt',
  utviklerverktoy: 'Utviklerverktøy',
  faktiskStorrelse: 'Faktisk størrelse',
  zoomInn: 'Zoom inn',
  zoomUt: 'Zoom ut',
  fullskjerm: 'Fullskjerm',
  fil: 'Fil',
  lukkVindu: 'Lukk vindu',
  avslutt: 'Avslutt',
  rediger: 'Rediger',
  angre: 'Angre',
  gjorOm: 'Gjør om',
  klippUt: 'Klipp ut',
  kopier: 'Kopier',
  limInn: 'Lim inn',
  merkAlt: 'Merk alt',
  vis: 'Vis',
  vindu: 'Vindu',
  minimer: 'Minimer',
  maksimer: 'Maksimer',
  lukk: 'Lukk',
  hjelp: 'Hjelp',
  omBytteordning: 'Om Bytteordning',
} as const;

/** The desktop app's own dialogs, when it starts or cannot. */
export const STARTUP_MESSAGES = {
  omDetaljer: (versjon: string) => `Versjon ${versjon}\nBytte av klienter mellom to bydeler i Oslo kommune (Sammen om bolig).`,
  gjenopprettingAvslatt:
    'Saksdatabasen er skadet, og sikkerhetskopien ble ikke gjenopprettet. Ikke slett noen filer. Start appen på nytt for å gjenopprette den, eller kontakt IT.',
  skadetUtenKopi: 'Saksdatabasen er skadet og kan ikke brukes, og det finnes ingen sikkerhetskopi som kan gjenopprettes. Ikke slett noen filer. Kontakt IT.',
  feilNokkel: 'Saksdatabasen kan ikke åpnes med nøkkelen som er lagret på denne maskinen. Ikke slett noen filer. Kontakt IT. Ingen data er endret.',
  kunneIkkeStarte: (teknisk: string) =>
    `Bytteordning kunne ikke starte. Prøv igjen; hjelper ikke det, kontakt IT og oppgi teksten under.\n\nTeknisk: ${teknisk}`,
  datamappe: (mappe: string) => `\n\nDatamappe: ${mappe}`,
  kanIkkeStarte: 'Bytteordning kan ikke starte',
  skadetTittel: 'Saksdatabasen er skadet',
  skadet: 'Saksdatabasen er skadet og kan ikke brukes.',
  gjenopprettSporsmal: (tid: string) =>
    `Vil du gjenopprette den nyeste sikkerhetskopien, fra ${tid}? Det som er registrert etter den, må registreres på nytt. Den skadede databasen tas vare på som en egen kopi, så ingenting blir slettet.`,
  gjenopprett: 'Gjenopprett sikkerhetskopien',
  avslutt: 'Avslutt',
  /** Who restored, as the audit trail names it. */
  gjenopprettetVedOppstart: 'Gjenoppretting ved oppstart',
  gjenopprettetFraKommandolinjen: 'Gjenoppretting fra kommandolinjen',
  gjenopprettet: (kopi: string) => `Databasen er gjenopprettet fra ${kopi}.`,
  forrigeTattVare: (fil: string, mappe: string) => ` Den forrige databasen er tatt vare på som ${fil} i ${mappe}.`,
} as const;

/** What browser mode (src/main/web/cli.ts) says in the terminal it was started from. */
export const WEB_MODE_MESSAGES = {
  manglerBygg: (mappe: string) => `Fant ikke det bygde brukergrensesnittet i ${mappe}. Kjør «npm run build» først.`,
  utenPassord:
    'Merk: uten passord ligger nøkkelen til databasen i datamappen, så en kopi av mappen kan leses. Bruk dette bare til test og opplæring; ' +
    'for ekte saker, bruk skrivebordsappen eller sett BYTTEORDNING_PASSPHRASE til et sterkt passord.',
  innloggingBrukt: (neste: string) => `Innloggingsadressen er brukt og virker ikke igjen. For en annen nettleser eller fane: ${neste}`,
  kjorer: (adresse: string) => `Bytteordning (nettlesermodus) kjører. Åpne denne adressen i nettleseren (den virker én gang): ${adresse}`,
  data: (mappe: string) => `Data: ${mappe}`,
} as const;

/** The keys that protect the case data, when the operating system's key store cannot give them. */
export const KEY_STORE_MESSAGES = {
  KRYPTERING_UTILGJENGELIG:
    'Bytteordning kan ikke beskytte saksdataene fordi operativsystemets nøkkellager ikke er tilgjengelig. ' +
    'Logg ut og inn igjen. Hjelper ikke det, kontakt IT. Ingen data er endret.',
  NOKKEL_ULESELIG:
    'Nøkkelen til saksdatabasen kan ikke leses. Filen kan være skadet, eller appen kjører under en annen brukerkonto enn den som opprettet dataene. ' +
    'Ikke slett noen filer. Kontakt IT. Ingen data er endret.',
  NOKKEL_MANGLER:
    'Saksdatabasen finnes, men nøkkelen til den mangler. Appen lager ikke en ny, tom database over den gamle. ' +
    'Ikke slett noen filer. Kontakt IT. Ingen data er endret.',
  SIGNERINGSNOKKEL_ULESELIG:
    'Installasjonens signeringsnøkkel kan ikke leses. Filen kan være skadet, eller appen kjører under en annen brukerkonto enn den som opprettet dataene. ' +
    'Ikke slett noen filer. Kontakt IT. Ingen data er endret.',
} as const;

/** The data folder, the browser mode's password and what it serves. */
export const INSTANCE_MESSAGES = {
  skrivebordsappen: 'skrivebordsappen',
  nettlesermodus: 'nettlesermodus',
  paDenneMaskinen: 'på denne maskinen',
  paMaskinen: (maskin: string) => `på maskinen ${maskin}`,
  datamappeIBruk: (hvem: string, hvor: string, prosess: number, startet: string) =>
    `Bytteordning kjører allerede med denne datamappen (${hvem} ${hvor}, prosess ${prosess}, startet ${startet}). Bruk den som kjører, eller avslutt den før du starter på nytt. Ingenting er endret.`,
  passordForKort: (minst: number) => `Passordet er for kort. Bruk minst ${minst} tegn, gjerne fire eller flere ord som ikke hører sammen.`,
  passordForLett:
    'Passordet er for lett å gjette: det er for kort når vanlige ord, bydelsnavn, gjentakelser og rekker (abc, 123) er trukket fra. Bruk fire eller flere ord som ikke hører sammen, eller et lengre passord.',
  ingentingOpprettet: (hvorfor: string) => `${hvorfor} Ingenting er opprettet.`,
  foresporselForStor: 'Forespørselen er for stor.',
  finnesIkke: 'Finnes ikke.',
  ukjentVindu: 'Forespørselen kom fra et ukjent vindu og ble avvist.',
  ingenKopier: (mappe: string, datamappe: string) => `Fant ingen sikkerhetskopier i ${mappe}. Kontakt IT, og ta med datamappen ${datamappe}.`,
  kopierI: (mappe: string) => `Sikkerhetskopier i ${mappe} (nyeste først):`,
  slikGjenoppretter: 'Slik gjenoppretter du den nyeste (en kopi av den skadede databasen tas vare på i samme mappe):',
  kopimappeIkkeSkrivbar: 'Appen kan ikke skrive til mappen. Velg en mappe du har skrivetilgang til, og lagre igjen.',
} as const;

/** Why a chosen file could not be read as a PDF, before anything in it is trusted. */
export const PDF_READ_MESSAGES = {
  not_pdf: 'Filen er ikke en PDF.',
  damaged: 'PDF-filen er skadet eller ufullstendig og kan ikke leses.',
  encrypted: 'PDF-filen er passordbeskyttet og kan ikke leses.',
  too_complex: 'PDF-filen er for stor eller sammensatt til å leses trygt.',
} as const;
