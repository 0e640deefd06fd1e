/**
 * Stable error codes (for tests and logs) with the Norwegian sentence a coordinator sees.
 * Every sentence says what happened and what to do.
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
  IKKE_KLAR_FOR_AVSLUTNING: 'Byttet kan ikke avsluttes som gjennomført før overføringen er registrert og sjekklistene er ferdige.',
  INTERN_FEIL: 'Noe gikk galt, og ingenting ble lagret. Prøv igjen; hjelper ikke det, kontakt IT.',
  FEIL_NOKKEL: 'Databasen kunne ikke åpnes med denne nøkkelen. Bruk riktig nøkkelfil eller passord; databasen er ikke endret.',
  NYERE_DATABASE: 'Databasen er laget av en nyere versjon av Bytteordning. Installer den nyeste versjonen av appen.',
  IKKE_TILGANG: 'Forespørselen manglet tilgangsnøkkel og ble avvist.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export interface FieldError {
  path: string;
  message: string;
}

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  fields?: FieldError[];
}

/** An expected refusal: carried to the UI as-is, never logged as a crash. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldError[];

  constructor(code: ErrorCode, message: string = ERROR_MESSAGES[code], fields?: FieldError[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (fields) this.fields = fields;
  }

  toShape(): AppErrorShape {
    return { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) };
  }
}
