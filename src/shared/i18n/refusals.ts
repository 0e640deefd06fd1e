/**
 * The specific sentence of a refusal, where the error code's general one (./errors.ts) would not
 * tell the coordinator what to do. The code stays the stable part for tests and logs.
 */

/** What the routine refuses in an exchange (src/shared/exchange/actions.ts, ownership.ts, main's exchange handlers). */
export const EXCHANGE_REFUSALS = {
  profilSendt: 'Brukerprofilen er allerede sendt til den nye bydelen og kan ikke endres.',
  moteRegistrert: 'Møtet er allerede registrert som holdt eller hoppet over.',
  avklaringsmoteEtterSvar: 'Avklaringsmøtet kan ikke endres etter at den nye bydelen har svart.',
  moteHoldt: 'Møtet er allerede registrert som holdt.',
  neiEtterStart: 'Svaret kan ikke endres til nei etter at møte eller tildeling er registrert. Avbryt byttet i stedet.',
  soknadEtterVedtak: 'Søknaden kan ikke endres etter at vedtaket er registrert.',
  soknadForst: 'Registrer først at personen har søkt kommunal bolig i gammel bydel.',
  vedtakEtterBolig: 'Vedtaket kan ikke endres etter at bolig er funnet.',
  vedtakForst: 'Gammel bydel må ha fattet vedtak om kommunal bolig før den nye bydelen finner bolig.',
  boligTildelt: 'Boligen er allerede tildelt. Registrer visningen først.',
  boligForst: 'Den nye bydelen må finne bolig og delegere tildelingsmyndighet før gammel bydel kan tildele.',
  boligAkseptert: 'Boligen er allerede akseptert.',
  visningForst: 'Registrer først når visningen er.',
  overforingsmoteTrengs: (dager: number) =>
    `Overføringsmøtet kan bare droppes når det er holdt et avklaringsmøte eller et møte etter ja de siste ${dager} dagene. Hold overføringsmøtet og registrer det.`,
  moteEtterJaPagar:
    'Møte etter ja står som «Pågår». Registrer møtet som holdt, eller hopp over det med en begrunnelse, før byttet avsluttes som gjennomført.',
  avslattGjennomSvar: 'Et bytte avsluttes som avslått ved å registrere den nye bydelens svar «nei».',
  eiesAvBydel: (bydel: string) =>
    `Dette registreres av bydel ${bydel}, og kommer hit når de sender en oppdatering. Ingenting er endret. Be dem registrere det og sende oppdateringen.`,
  eiesAvGammelBydel: 'Dette registreres av gammel bydel. Ingenting er endret.',
  partnerErEgenBydel: 'Partnerbydelen må være en annen bydel enn din egen.',
  bydelHarBytter: 'Bydelen kan ikke endres når det finnes bytter i databasen.',
} as const;

/** A field's refusal that a schema cannot express on its own: shown at the field. */
export const FIELD_REFUSALS = {
  visningGrunnKode: 'Velg hvorfor personen takket nei til boligen.',
  visningGrunn: 'Skriv hvorfor boligen ble takket nei til.',
  begrunnelse: 'Skriv en begrunnelse.',
} as const;

/** Why a document cannot be made yet (src/shared/documents/catalog.ts): what to register first, or who makes it. */
export const DOCUMENT_REFUSALS = {
  planleggForst: {
    avklaringsmote: 'Planlegg avklaringsmøtet med tidspunkt, sted og deltakere først.',
    mote_etter_ja: 'Planlegg møtet etter ja med tidspunkt, sted og deltakere først.',
    overforingsmote: 'Planlegg overføringsmøtet med tidspunkt, sted og deltakere først.',
    visning: 'Registrer tidspunkt og oppmøtested for visningen først.',
  },
  avklaringsmoteHoppetOver: 'Avklaringsmøtet ble hoppet over.',
  moteEtterJaHoppetOver: 'Møtet etter ja ble hoppet over.',
  overforingsmoteIkkeNodvendig: 'Overføringsmøtet er registrert som ikke nødvendig.',
  visningAkseptert: 'Visningen er holdt, og personen har takket ja til boligen.',
  lagesAv: { gammel: 'Dokumentet lages av gammel bydel.', ny: 'Dokumentet lages av den nye bydelen.' },
  profilIkkeSendt: 'Registrer at brukerprofilen sendes (knappen «Marker som sendt») først; da lages PDF-en med profilen i.',
  svarForst: 'Registrer svaret under steget «Svar fra ny bydel» først.',
  boligForst: 'Registrer boligen og delegeringen under steget «Tildeling av bolig» først.',
  profilIkkeMottatt: 'Brukerprofilen er ikke mottatt fra gammel bydel ennå.',
} as const;
