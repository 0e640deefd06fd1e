/** The steps' shared words, and the steps up to the new district's answer. */
export const stepWords = {
  hvaSkjerNa: 'Hva skjer nå: ',
  hoppOver: 'Hopp over steget',
  hoppOverGrunn: 'Hvorfor trengs ikke møtet?',
};

export const kandidatStep = {
  endre: 'Endre kandidat',
  endreOpplysninger: 'Endre kandidatopplysninger',
  onsker: 'Ønsker kommunal bolig i ny bydel',
  samtykke: 'Samtykke til deling av anonym profil',
  samtykkeGitt: (dato: string) => `Ja, ${dato}`,
  nesteUtgaende: 'Fyll ut den anonyme brukerprofilen og send den til den nye bydelen.',
  nesteInnkommende: 'Registrer brukerprofilen dere har mottatt fra gammel bydel.',
};

export const mote = {
  ingressAvklaring:
    'Ved behov holdes et møte for å avklare om bytte er aktuelt, type bolig som er ønskelig, behov for oppfølging eller annet. Steget er valgfritt.',
  ingressEtterJa:
    'Ved behov holdes et møte der relevante tjenester i ny bydel deltar. Målet er at nye oppfølgere kobles på så tidlig som mulig. Steget er valgfritt.',
  registrerAvklaring: 'Registrer avklaringsmøte',
  registrerEtterJa: 'Registrer møte etter ja',
  registrert: 'Registrert møte',
  endre: 'Endre møtet',
  trengsIkke: 'Trengs ikke møtet?',
  oppfolgereINyBydel: 'Nye oppfølgere i ny bydel',
  oppfolgereHjelp: 'Navngi nye oppfølgere så tidlig som mulig, slik at tjenestene er på plass ved innflytting.',
  oppfolgerNr: (n: number) => `Oppfølger ${n}`,
  fjernOppfolger: (n: number) => `Fjern oppfølger ${n}`,
  leggTilOppfolger: 'Legg til oppfølger',
  nyeOppfolgere: 'Nye oppfølgere',
  gerica: 'Gerica',
  gericaAktuelt: 'Helse- og omsorgstjenester er aktuelle (ny bydel trenger tilgang til Gerica)',
  gericaBestilt: 'Tilgang til Gerica bestilt (dato)',
  gericaBekreftet: 'Tilgang til Gerica bekreftet (dato)',
  gericaStatus: (bestilt: string, bekreftet: string) => `Bestilt ${bestilt}, bekreftet ${bekreftet}`,
  ikkeAktuelt: 'Ikke aktuelt',
  nesteAvklaring: 'Den nye bydelen svarer ja eller nei til byttet.',
  nesteAvklaringEtterSvar: 'Svaret fra den nye bydelen er registrert. Neste steg står øverst på siden.',
  nesteEtterJa: 'Tildelingen av bolig går videre i fast rekkefølge: søknad, vedtak, bolig og delegering, tildeling.',
};

export const svar = {
  registrer: 'Registrer svar',
  sporsmal: 'Sier den nye bydelen ja til byttet?',
  registrerSvaret: 'Registrer svaret',
  ingress: 'Den nye bydelen vurderer brukerprofilen og svarer ja eller nei. Et nei avslutter byttet som avslått.',
  neste: 'Ved ja går byttet videre til møte etter ja (ved behov) og tildeling av bolig.',
  nesteJa:
    'Hold eventuelt et møte med tjenestene i ny bydel, og start tildelingen av bolig: personen søker kommunal bolig i gammel bydel.',
  nesteNei: 'Byttet er avsluttet som avslått. Det kan gjenåpnes under Avsluttet dersom den nye bydelen vurderer saken på nytt.',
};
