/**
 * The date rules' sentences (src/shared/exchange/date-rules.ts): each dated fact by name, as it
 * reads after «før», and what may not come before what. Every refusal names both dates and
 * ends with what to do.
 */

/** Each dated fact as it reads after «før» («før boligen ble tildelt 01.12.2026»). */
export const DATE_FACT_NAMES = {
  samtykke: 'samtykket',
  profilSendt: 'brukerprofilen ble sendt',
  avklaringsmoteHoldt: 'avklaringsmøtet',
  avklaringsmoteHoppetOver: 'avklaringsmøtet ble hoppet over',
  svar: 'svaret fra den nye bydelen',
  moteEtterJaHoldt: 'møtet etter ja',
  gericaBestilt: 'tilgangen til Gerica ble bestilt',
  gericaBekreftet: 'tilgangen til Gerica ble bekreftet',
  moteEtterJaHoppetOver: 'møtet etter ja ble hoppet over',
  soknad: 'søknaden om kommunal bolig',
  vedtak: 'vedtaket om kommunal bolig',
  boligFunnet: 'boligen ble funnet',
  delegert: 'tildelingsmyndigheten ble delegert',
  tildelt: 'boligen ble tildelt',
  visningPlanlagt: 'visningen',
  visningHoldt: 'visningen',
  visningUtfall: 'utfallet av visningen ble registrert',
  visningAkseptert: 'personen takket ja til boligen',
  overforingsmoteHoldt: 'overføringsmøtet',
  innflytting: 'innflyttingen',
  overfort: 'saken ble overført',
  forsteOppfolging: 'første oppfølging',
  avsluttet: 'byttet ble avsluttet',
  sjekkpunkt: (punkt: string) => `punktet «${punkt}» ble gjort`,
} as const;

/** What may not come before what, naming the later date (l) and the earlier one (e). */
export const ORDER_SENTENCES = {
  'samtykke<profilSendt': (e: string, l: string) => `Brukerprofilen kan ikke være sendt ${l}, før personen samtykket ${e}`,
  'profilSendt<avklaringsmoteHoldt': (e: string, l: string) => `Avklaringsmøtet ${l} kan ikke være holdt før brukerprofilen ble sendt ${e}`,
  'profilSendt<svar': (e: string, l: string) => `Svaret ${l} kan ikke være datert før brukerprofilen ble sendt ${e}`,
  'avklaringsmoteHoldt<svar': (e: string, l: string) => `Svaret ${l} kan ikke være datert før avklaringsmøtet ${e}`,
  'svar<moteEtterJaHoldt': (e: string, l: string) => `Møtet etter ja ${l} kan ikke være holdt før den nye bydelen svarte ja ${e}`,
  'gericaBestilt<gericaBekreftet': (e: string, l: string) => `Tilgangen til Gerica kan ikke være bekreftet ${l}, før den ble bestilt ${e}`,
  'soknad<vedtak': (e: string, l: string) => `Vedtaket ${l} kan ikke være fattet før personen søkte kommunal bolig ${e}`,
  'vedtak<boligFunnet': (e: string, l: string) => `Boligen kan ikke være funnet ${l}, før vedtaket om kommunal bolig ${e}`,
  'boligFunnet<delegert': (e: string, l: string) => `Tildelingsmyndigheten kan ikke være delegert ${l}, før boligen ble funnet ${e}`,
  'delegert<tildelt': (e: string, l: string) => `Boligen kan ikke være tildelt ${l}, før tildelingsmyndigheten ble delegert ${e}`,
  'svar<tildelt': (e: string, l: string) => `Boligen kan ikke være tildelt ${l}, før den nye bydelen svarte ja ${e}`,
  'tildelt<visningPlanlagt': (e: string, l: string) => `Visningen ${l} kan ikke være før boligen ble tildelt ${e}`,
  'visningHoldt<visningUtfall': (e: string, l: string) => `Utfallet kan ikke være registrert ${l}, før visningen ${e}`,
  'visningAkseptert<overforingsmoteHoldt': (e: string, l: string) => `Overføringsmøtet ${l} kan ikke være holdt før personen takket ja til boligen ${e}`,
  'tildelt<innflytting': (e: string, l: string) => `Innflyttingen ${l} kan ikke være før boligen ble tildelt ${e}`,
  'visningAkseptert<innflytting': (e: string, l: string) => `Innflyttingen ${l} kan ikke være før personen takket ja til boligen ${e}`,
  'innflytting<forsteOppfolging': (e: string, l: string) => `Første oppfølging ${l} kan ikke være før innflyttingen ${e}`,
} as const;

/** The parts of a date refusal. */
export const DATE_MESSAGES = {
  /** A period's to-date before its from-date (statistics, the overview's created-period). */
  periodeRekkefolge: 'Til-datoen kan ikke være før fra-datoen.',
  planleggMotet: 'planlegg møtet i stedet, og registrer det som holdt når det er holdt',
  ikkeIFremtiden: 'velg dagens dato eller en tidligere, eller registrer det når det har skjedd',
  etterIdag: (dato: string, idag: string) => `Datoen ${dato} er etter dagens dato ${idag}`,
  avsluttetFor: (l: string, fakta: string, e: string) => `Byttet kan ikke være avsluttet ${l}, før ${fakta} ${e}`,
  fraOgMed: (dato: string) => `velg en dato fra og med ${dato}`,
  tilOgMed: (dato: string) => `velg en dato til og med ${dato}`,
  /** The rule broken, then what to do. */
  medGrep: (brudd: string, grep: string) => `${brudd}: ${grep}.`,
} as const;
