/** One exchange's page around its steps. */
export const exchange = {
  stegOversikt: 'Stegene i rutinen',
  hoppTilSteg: 'Hopp over stegene, til skjemaet for steget',
  historikk: 'Historikk',
  ingenHistorikk: 'Ingen hendelser ennå.',
  utgaende: (partner: string) => `Utgående bytte til ${partner}`,
  innkommende: (partner: string) => `Innkommende bytte fra ${partner}`,
  ansvarlig: 'Ansvarlig',
  forfalt: 'Fristen er passert',
  avsluttet: 'Byttet er avsluttet',
  rapportertAvPartner: (partner: string) =>
    `Dette steget utføres av ${partner}. Registrer det ${partner} har meldt til dere.`,
  venter: 'Dette steget kan starte når stegene før er ferdige.',
};
