/** Settings, training mode and the screens shown when the app cannot work. */
export const training = {
  banner: 'ØVINGSMODUS – fiktive bytter.',
  bannerHjelp: 'Det du gjør her, lagres bare i øvingsdatabasen og påvirker aldri de ekte sakene.',
  avslutt: 'Avslutt øvingsmodus',
  start: 'Start øvingsmodus',
  tittel: 'Øvingsmodus',
  ingress:
    'Øvingsmodus åpner en egen database med fiktive bytter på alle steg i rutinen. Bruk den til å lære rutinen, til opplæring og til skjermbilder. De ekte sakene berøres ikke.',
};

export const settings = {
  oppsett: 'Bydel og koordinator',
  par: 'Byttepar',
  parIngress: 'Et byttepar er to bydeler som bytter klienter. Et par kan settes på pause.',
  handling: 'Handling',
  leggTilPar: 'Legg til byttepar',
  aktiv: 'Aktiv',
  pause: 'På pause',
  settPaPause: 'Sett på pause',
  aktiver: 'Aktiver',
  frister: 'Frister',
  oppfolgingDager: 'Første oppfølging etter innflytting (dager)',
  stoppDager: 'Et steg regnes som stoppet etter (dager)',
  nyligDager: 'Et avklaringsmøte regnes som nylig i (dager)',
  lagret: 'Innstillingene er lagret.',
};

export const ingenKontakt = {
  tittel: 'Ingen kontakt med Bytteordning',
  skrivAv: 'Det du har skrevet i dette vinduet, er ikke lagret: skriv det av før du åpner den nye adressen.',
};

export const skadet = {
  tittel: 'Saksdatabasen er skadet',
  ingress:
    'Appen kontrollerer saksdatabasen hver gang den starter, og fant en feil i den. For å beskytte sakene lagrer appen ingenting i den skadede databasen. Gjenopprett den nyeste sikkerhetskopien. Den skadede databasen tas vare på som en egen kopi, så ingenting blir slettet.',
  banner: 'Saksdatabasen er skadet, og ingenting kan lagres. Skriv av det du holder på med, og gjenopprett en sikkerhetskopi.',
  tilGjenoppretting: 'Gjenopprett en sikkerhetskopi',
  velg: 'Velg sikkerhetskopien du vil gjenopprette. Den nyeste står øverst.',
  ingenKopier: (mappe: string) => `Fant ingen sikkerhetskopier i ${mappe}. Ikke slett noen filer, og kontakt IT.`,
  tilOversikten: 'Gå til oversikten',
};
