/**
 * The words of a calendar invitation (.ics) for a meeting or the viewing: its title, what it is
 * for, and who attends. Used by src/main/documents/calendar.ts and ics.ts.
 */

/** Each meeting's title and purpose, as the invitation's summary and description say them. */
export const CALENDAR_EVENTS = {
  avklaringsmote: {
    title: 'Avklaringsmøte',
    purpose: 'Avklare om bytte er aktuelt, type bolig som er ønskelig og behov for oppfølging.',
  },
  mote_etter_ja: {
    title: 'Møte etter ja',
    purpose: 'Relevante tjenester i ny bydel deltar: type bolig, behov for oppfølging, og nye oppfølgere kobles på.',
  },
  overforingsmote: {
    title: 'Overføringsmøte',
    purpose: 'Alle som skal følge personen videre deltar, sammen med en person fra gammel bydel og personen selv.',
  },
  visning: {
    title: 'Visning av bolig',
    purpose: 'Boligbygg viser boligen. Ny og gammel bydel deltar, og om mulig den som skal være personens kontakt fremover.',
  },
} as const;

/** The invitation around the meeting: attendees, place and description. */
export const CALENDAR_TEXT = {
  gammelBydel: (bydel: string) => `Gammel bydel (${bydel})`,
  nyBydel: (bydel: string) => `Ny bydel (${bydel})`,
  kontaktFremover: (navn: string) => `${navn} (kontakt fremover)`,
  boligbygg: (navn: string) => `${navn} (Boligbygg)`,
  sted: (sted: string, bolig: string) => `${sted} (bolig ${bolig})`,
  bytte: (gammel: string, ny: string, referanse: string) => `Bytte av bolig fra ${gammel} til ${ny}, referanse ${referanse}.`,
  kontakt: (kontakt: string) => `Kontakt: ${kontakt}.`,
} as const;

/** A meeting the calendar file cannot be written for: a fault of the app, not of the coordinator. */
export const ICS_FAULTS = {
  starttidForm: (start: string) => `Ugyldig starttid "${start}": forventet ÅÅÅÅ-MM-DDTTT:mm.`,
  starttidFinnesIkke: (start: string) => `Ugyldig starttid "${start}": datoen eller klokkeslettet finnes ikke.`,
  manglerUid: 'Møtet mangler UID.',
  epost: (epost: string) => `Ugyldig e-postadresse "${epost}".`,
  varighet: (minutter: number) => `Ugyldig varighet: ${minutter} minutter.`,
  sekvens: (sekvens: number) => `Ugyldig sekvensnummer: ${sekvens}.`,
} as const;
