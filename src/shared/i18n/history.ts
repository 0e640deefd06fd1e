/**
 * The case history's sentences: one per change, in the routine's words, with dates and counts
 * but never free text (src/shared/exchange/describe.ts, main's exchange and sync handlers).
 */
export const HISTORY_TEXTS = {
  kandidatOpprettet: 'Kandidat for bytte registrert.',
  innkommendeOpprettet: 'Innkommende bytte registrert etter melding fra gammel bydel.',
  /** The reasons of an incoming exchange's candidate step, which the old district did. */
  registrertAvGammelBydel: 'Registrert av gammel bydel.',
  /** Who did it: the coordinator and their district. */
  aktor: (koordinator: string, bydel: string) => `${koordinator}, bydel ${bydel}`,
  kandidatOppdatert: 'Kandidatopplysningene er oppdatert.',
  utkastLagret: 'Utkast til brukerprofil lagret.',
  utkastMedFunn: (antall: number) => `Utkast til brukerprofil lagret. ${antall} mulige personopplysninger er vurdert og avvist med begrunnelse.`,
  profilSendt: (dato: string) => `Brukerprofilen er sendt til ny bydel ${dato}.`,
  motePlanlagt: (mote: string, tidspunkt: string, deltakere: number) => `${mote} planlagt: ${tidspunkt}, ${deltakere} deltakere innkalt.`,
  avklaringsmoteHoldt: (tidspunkt: string, deltakere: number) => `Avklaringsmøte registrert: ${tidspunkt}, ${deltakere} deltakere.`,
  hoppetOver: (steg: string, dato: string) => `${steg} hoppet over ${dato}. Begrunnelse er registrert.`,
  svarJa: (dato: string) => `Ny bydel svarte ja ${dato}.`,
  svarNei: (dato: string, grunn: string) => `Ny bydel svarte nei ${dato} (${grunn}). Byttet er avsluttet som avslått.`,
  moteEtterJaHoldt: (tidspunkt: string, oppfolgere: number) => `Møte etter ja registrert: ${tidspunkt}, ${oppfolgere} nye oppfølgere navngitt.`,
  soknad: (dato: string) => `Søknad om kommunal bolig i gammel bydel registrert (${dato}).`,
  vedtak: (dato: string, innvilget: boolean) => `Vedtak om kommunal bolig registrert (${dato}, ${innvilget ? 'innvilget' : 'avslag'}).`,
  bolig: (referanse: string, type: string, rom: number, delegert: string) =>
    `Bolig ${referanse} (${type}, ${rom} rom) funnet; tildelingsmyndighet delegert ${delegert}.`,
  tildelt: (dato: string) => `Boligen er tildelt av gammel bydel ${dato}.`,
  visningPlanlagt: (tidspunkt: string) => `Visning satt opp ${tidspunkt}.`,
  takketJa: (dato: string) => `Personen takket ja til boligen på visningen (${dato}).`,
  takketNei: (dato: string, grunn: string | undefined) =>
    `Personen takket nei til boligen (${dato}${grunn ? `, ${grunn}` : ''}). Ny bydel finner en annen bolig.`,
  overforingsmoteHoldt: (tidspunkt: string) => `Overføringsmøte registrert: ${tidspunkt}.`,
  overforingsmoteIkkeNodvendig: 'Overføringsmøte registrert som ikke nødvendig. Begrunnelse er registrert.',
  innflytting: (dato: string) => ` Innflytting ${dato}.`,
  sjekkliste: (avklart: number, alle: number, innflytting: string) => `Sjekkliste for gammel bydel oppdatert: ${avklart} av ${alle} punkter avklart.${innflytting}`,
  overfort: (dato: string) => `overført ${dato}`,
  forsteOppfolging: (dato: string) => `første oppfølging ${dato}`,
  ansvarNy: (deler: string[]) => (deler.length ? `Ansvar ny bydel oppdatert: ${deler.join(', ')}.` : 'Ansvar ny bydel oppdatert.'),
  avsluttet: (utfall: string, dato: string) => `Byttet er avsluttet som ${utfall} ${dato}.`,
  gjenapnet: 'Byttet er gjenåpnet. Begrunnelse er registrert.',
} as const;
