/**
 * Stable error codes (for tests and logs) with the Norwegian sentence a coordinator sees when
 * a refusal carries no more specific one. Every sentence says what happened and what to do.
 */
export const ERROR_MESSAGES = {
  UGYLDIG_INNDATA: 'Noen av feltene er ikke fylt ut riktig. Rett feltene som er merket, og prøv igjen.',
  UKJENT_KANAL: 'Appen fikk en forespørsel den ikke kjenner. Start appen på nytt; hjelper ikke det, kontakt IT.',
  IKKE_SATT_OPP: 'Appen er ikke satt opp ennå. Velg bydel og fyll inn kontaktinformasjon først.',
  ALLEREDE_SATT_OPP: 'Appen er allerede satt opp for en bydel. Endre innstillingene i stedet.',
  IKKE_AKTIVT_PAR: 'Bydelen er ikke en aktiv byttepartner. Sett opp eller aktiver byttepar under Innstillinger.',
  SAMME_BYDEL: 'Et byttepar må bestå av to ulike bydeler.',
  BYTTE_FINNES_IKKE: 'Fant ikke byttet. Det kan være slettet. Gå tilbake til oversikten.',
  REFERANSE_FINNES: 'Det finnes allerede et bytte med denne referansen.',
  STEG_IKKE_KLART: 'Steget kan ikke registreres ennå. Gjør ferdig stegene før først.',
  STEG_IKKE_VALGFRITT: 'Dette steget kan ikke hoppes over.',
  BYTTE_AVSLUTTET: 'Byttet er avsluttet. Gjenåpne byttet med en begrunnelse for å gjøre endringer.',
  BYTTE_ER_AKTIVT: 'Byttet er ikke avsluttet, så det kan ikke gjenåpnes.',
  KAN_IKKE_ENDRES: 'Dette kan ikke endres lenger fordi senere steg allerede er registrert.',
  PROFIL_UFULLSTENDIG: 'Brukerprofilen er ikke fullstendig. Fyll ut feltene som mangler før den sendes.',
  PROFIL_HAR_FUNN: 'Brukerprofilen kan inneholde opplysninger som identifiserer personen. Fjern dem, eller avvis hvert funn med en begrunnelse.',
  IKKE_KLAR_FOR_AVSLUTNING: 'Byttet kan ikke avsluttes som gjennomført før overføringen er registrert og sjekklistene er ferdige. Gjør ferdig stegene som står som «Pågår», eller avslutt byttet som trukket eller avbrutt.',
  INTERN_FEIL: 'Noe gikk galt, og ingenting ble lagret. Prøv igjen; hjelper ikke det, kontakt IT.',
  FEIL_NOKKEL: 'Databasen kunne ikke åpnes med denne nøkkelen. Bruk riktig nøkkelfil eller passord; databasen er ikke endret.',
  SIGNERINGSNOKKEL_ULESELIG:
    'Installasjonens signeringsnøkkel kan ikke leses fordi filen er skadet. Ikke slett noen filer. Kontakt IT. Ingenting er endret.',
  NYERE_DATABASE: 'Databasen er laget av en nyere versjon av Bytteordning. Installer den nyeste versjonen av appen.',
  IKKE_TILGANG:
    'Denne fanen har ikke tilgang til Bytteordning, eller appen er startet på nytt. Åpne adressen som ble skrevet ut sist Bytteordning startet; hver oppstart har en ny adresse.',
  PASSORD_FOR_SVAKT: 'Passordet er for svakt til å beskytte ekte saker. Velg et lengre passord. Ingenting er opprettet.',
  INNLOGGING_BRUKT:
    'Innloggingslenken er allerede brukt, eller den er fra en tidligere oppstart. Bruk den nyeste adressen Bytteordning har skrevet ut, eller start appen på nytt.',
  INGEN_KONTAKT:
    'Fikk ikke kontakt med Bytteordning. Hvis appen er avsluttet, start den igjen. Åpne så adressen den skriver ut; nettlesermodus får en ny adresse ved hver oppstart.',
  UGYLDIG_ADRESSE: 'Adressen er ugyldig. Åpne adressen som ble skrevet ut da Bytteordning startet.',
  DATAMAPPE_I_BRUK:
    'Bytteordning kjører allerede med denne datamappen. Bruk den som kjører, eller avslutt den før du starter på nytt. Ingenting er endret.',
  DATABASE_SKADET:
    'Saksdatabasen er skadet og kan ikke brukes. Ikke slett noen filer. Gjenopprett den nyeste sikkerhetskopien (nettlesermodus: start med --restore og filnavnet), eller kontakt IT.',
  SIKKERHETSKOPI_UGYLDIG:
    'Sikkerhetskopien kan ikke brukes: den er skadet eller laget med en annen nøkkel. Ingenting er endret. Velg en annen sikkerhetskopi.',
  SIKKERHETSKOPI_FINNES_IKKE: 'Fant ikke sikkerhetskopien i mappen. Ingenting er endret. Oppdater listen og velg en som finnes.',
  SIKKERHETSKOPI_FEILET:
    'Sikkerhetskopien kunne ikke lages. Sjekk at mappen finnes, at du har skrivetilgang og at det er nok ledig plass, og prøv igjen.',
  IKKE_I_OVINGSMODUS: 'Sikkerhetskopier gjelder de ekte sakene og kan ikke tas eller gjenopprettes i øvingsmodus. Avslutt øvingsmodus først.',
  DOKUMENT_IKKE_TILGJENGELIG: 'Dokumentet kan ikke lages ennå. Registrer opplysningene det bygger på først.',
  DOKUMENT_FOR_STOR: 'Filen er for stor til å være et dokument fra Bytteordning (grensen er 1,4 MB). Velg PDF-filen du fikk fra partnerbydelen.',
  DOKUMENT_FOR_KOMPLEKS: 'PDF-filen er for stor eller sammensatt til å leses trygt, så appen stoppet lesingen. Ingenting er importert. Sjekk at du valgte PDF-filen fra partnerbydelen, eller be dem lage dokumentet på nytt i Bytteordning.',
  DOKUMENT_IKKE_PDF: 'Filen er ikke en PDF. Ingenting er importert. Velg PDF-filen du fikk fra partnerbydelen.',
  DOKUMENT_SKADET: 'PDF-filen er skadet eller ufullstendig og kan ikke leses. Ingenting er importert. Be partnerbydelen sende dokumentet på nytt.',
  DOKUMENT_KRYPTERT: 'PDF-filen er passordbeskyttet og kan ikke leses. Ingenting er importert. Be partnerbydelen sende PDF-en fra Bytteordning uten passord.',
  DOKUMENT_MANGLER_DATA: 'PDF-filen er ikke laget av Bytteordning og har ingen opplysninger appen kan importere. Be partnerbydelen sende dokumentet fra Bytteordning, eller registrer opplysningene for hånd.',
  DOKUMENT_ENDRET: 'Opplysningene i dokumentet stemmer ikke med kontrollsummen, så dokumentet kan være endret etter at det ble laget. Ingenting er importert. Be partnerbydelen lage og sende dokumentet på nytt.',
  DOKUMENT_UKJENT_VERSJON: 'Dokumentet er laget av en versjon av Bytteordning som denne appen ikke kjenner. Ingenting er importert. Oppdater appen, og prøv igjen.',
  DOKUMENT_UGYLDIG: 'Dokumentet har opplysninger appen ikke kan lese. Ingenting er importert. Be partnerbydelen lage dokumentet på nytt i Bytteordning.',
  DOKUMENT_FEIL_MOTTAKER: 'Dokumentet er sendt til en annen bydel enn din. Ingenting er importert. Gi beskjed til avsenderen.',
  DOKUMENT_UKJENT_BYTTE: 'Appen kjenner ikke byttet dokumentet gjelder. Ingenting er importert. Sjekk referansen i dokumentet mot byttene i oversikten, og gi beskjed til avsenderen om den er feil.',
  EIES_AV_PARTNER:
    'Dette registreres av partnerbydelen og kommer hit når de sender en oppdatering. Ingenting er endret. Be dem registrere det og sende oppdateringen.',
  DOKUMENT_USIGNERT:
    'Dokumentet er ikke signert av en partnerbydel, så appen kan ikke vite hvem som har laget det. Ingenting er importert. Be partnerbydelen sende det på nytt fra Bytteordning.',
  DOKUMENT_FEIL_SIGNATUR:
    'Signaturen stemmer ikke med partnernøkkelen dere har godkjent, så dokumentet kan være laget eller endret av noen andre. Ingenting er importert. Ring partnerbydelen og sammenlign nøkkelens fingeravtrykk under Innstillinger.',
  PARTNER_IKKE_PARET:
    'Dere har ikke utvekslet partnernøkler med denne bydelen ennå. Ingenting er importert. Importer partnernøkkelen deres under Innstillinger, og sammenlign fingeravtrykket på telefon.',
  OPPDATERING_FINNES: 'Oppdateringen er allerede importert. Ingenting er endret.',
  OPPDATERING_ELDRE: 'Oppdateringen er eldre enn en dere allerede har importert. Ingenting er endret.',
  OPPDATERING_MANGLER: 'En tidligere oppdatering fra partnerbydelen mangler. Ingenting er importert. Be dem sende den som mangler.',
  OPPDATERING_BRUTT_KJEDE:
    'Oppdateringen henger ikke sammen med den forrige dere fikk fra partnerbydelen. Ingenting er importert. Ring partnerbydelen og be dem sende oppdateringene på nytt.',
  OPPDATERING_HAR_FUNN:
    'Oppdateringen kan inneholde personopplysninger (se funnene). Ingenting er importert. Ring partnerbydelen og be dem rette og sende på nytt, eller bekreft at dere har sett funnene og importer likevel.',
  INGEN_ENDRINGER: 'Det er ingen nye endringer å sende. Partnerbydelen har alt dere har registrert.',
  PARTNERNOKKEL_UGYLDIG: 'Filen er ikke en partnernøkkel fra Bytteordning. Ingenting er endret. Be partnerbydelen lage den på nytt under Innstillinger.',
  PARTNERNOKKEL_EGEN: 'Dette er deres egen partnernøkkel. Importer nøkkelen dere har fått fra partnerbydelen.',
  PARTNERNOKKEL_ENDRET:
    'Partnerbydelen har en ny nøkkel. Den gamle er fortsatt godkjent til dere har sammenlignet fingeravtrykket på telefon og valgt «Bytt nøkkel».',
  OPPDATERING_KAN_IKKE_APNES:
    'Filen er en kryptert oppdatering, men den kan ikke åpnes med nøkkelen til denne installasjonen: den er laget til en annen mottaker, eller endret etter at den ble laget. Ingenting er importert. Be partnerbydelen sende oppdateringen på nytt, og sjekk under Innstillinger at dere har godkjent hverandres nyeste nøkler.',
  FELLES_MAPPE_UGYLDIG:
    'Appen finner ikke mappen, eller kan ikke skrive i den. Ingenting er lagret. Sjekk stien og at du har skrivetilgang til mappen, og prøv igjen.',
  FELLES_MAPPE_MANGLER:
    'Dere har ikke valgt en felles mappe med partnerbydelen. Ingenting er sendt. Velg mappen under Innstillinger → Partnerbydeler og nøkler, eller send oppdateringen som PDF.',
  FELLES_MAPPE_UTILGJENGELIG:
    'Appen fikk ikke lest eller skrevet i den felles mappen, så ingenting er sendt eller hentet. Sjekk at mappen finnes og at nettverksstasjonen er tilkoblet, og prøv igjen.',
  DOKUMENT_OVINGSMODUS: 'Dokumentet er laget i øvingsmodus og har fiktive opplysninger. Ingenting er importert. Det kan bare importeres i øvingsmodus.',
} as const;
