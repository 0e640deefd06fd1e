/** The transfer meeting, both districts' responsibilities and closing. */

/** How long ago a day was: «i dag», «i går», «for 3 dager siden». */
const siden = (dager: number) => (dager === 0 ? 'i dag' : dager === 1 ? 'i går' : `for ${dager} dager siden`);

export const overforingsmote = {
  ingress:
    'Målet er at alle som skal følge personen videre deltar, samt en person fra gammel bydel, i tillegg til personen selv.',
  forslagDroppes: (dato: string, dagerSiden: number, grense: number) =>
    `Forslag: Siste møte var ${dato} (${siden(dagerSiden)}), innenfor ${grense} dager. Overføringsmøtet kan droppes hvis alle er koblet på.`,
  forslagHold: (dato: string, dagerSiden: number, grense: number) =>
    `Forslag: Hold overføringsmøte. Siste møte var ${dato} (${siden(dagerSiden)}), mer enn ${grense} dager siden.`,
  forslagIngenMote: 'Forslag: Hold overføringsmøte. Det er ikke holdt noe avklaringsmøte eller møte etter ja i dette byttet.',
  registrer: 'Registrer overføringsmøte',
  holdes: 'Holdes det et overføringsmøte?',
  holdesJa: 'Ja, møtet holdes',
  holdesNei: 'Nei, ikke nødvendig etter et nylig møte',
  hvorforIkke: 'Hvorfor trengs ikke overføringsmøtet?',
  registrerIkkeNodvendig: 'Registrer at møtet ikke trengs',
  registrert: 'Registrert overføringsmøte',
  ikkeNodvendig: 'Ikke nødvendig',
  neste: 'Gammel bydel fullfører sjekklisten, og saken overføres til ny bydel.',
};

export const ansvarGammel = {
  ingress: (avklart: number, innflytting?: string) =>
    `Gammel bydel har ansvaret til saken er overført. ${avklart} av 7 punkter er avklart${innflytting === undefined ? '' : `, innflytting ${innflytting}`}.`,
  sjekkliste: 'Sjekkliste for gammel bydel',
  innflyttingsdato: 'Innflyttingsdato',
  ikkeGjort: 'Ikke gjort ennå',
  gjort: 'Gjort',
  ikkeRelevant: 'Ikke relevant',
  gjortAv: (hvem: string, dato: string) => `Gjort av ${hvem}, ${dato}`,
  ikkeRelevantFordi: (grunn: string) => `Ikke relevant: ${grunn}`,
  hvem: 'Hvem gjorde det?',
  nar: 'Når?',
  hvorforIkkeRelevant: 'Hvorfor er punktet ikke relevant?',
  lagre: 'Lagre sjekklisten',
  neste:
    'Når innflyttingsdatoen er registrert, kan ny bydel registrere overføringen og første oppfølging. Oppfølgingen bør starte så snart som mulig etter innflytting.',
};

export const ansvarNy = {
  ingress: (dager: number) =>
    `Ny bydel tar over oppfølgingen når saken blir overført. Oppfølgingen bør starte så snart som mulig etter innflytting, innen ${dager} dager.`,
  innflytting: 'Innflytting',
  overfort: 'Saken overført',
  forsteOppfolging: 'Første oppfølging',
  dagerTilOppfolging: 'Dager fra innflytting til første oppfølging',
  overfortDato: 'Dato saken ble overført til ny bydel',
  forsteOppfolgingDato: 'Dato for første oppfølgingskontakt',
  neste: 'Når overføringen og første oppfølging er registrert, og sjekklisten er ferdig, avsluttes byttet som gjennomført.',
};

export const avsluttet = {
  klar: 'Alle steg er ferdige. Avslutt byttet som gjennomført.',
  ikkeKlar:
    'Byttet kan trekkes eller avbrytes når som helst, med en begrunnelse. Det kan avsluttes som gjennomført når overføringen er registrert, sjekklistene er ferdige og møte etter ja er holdt eller hoppet over.',
  gjennomfort: 'Gjennomført – personen er overført til ny bydel',
  trukket: 'Trukket – personen ønsker ikke lenger bytte',
  avbrutt: 'Avbrutt – byttet stoppes av en annen grunn',
  avslutt: 'Avslutt byttet',
  begrunnelseHjelp: 'Må fylles ut når byttet trekkes eller avbrytes.',
  gjenapne: 'Gjenåpne',
  gjenapneByttet: 'Gjenåpne byttet',
  hvorforGjenapne: 'Hvorfor gjenåpnes byttet?',
  neste: 'Et avsluttet bytte vises under «Avsluttede» i oversikten og kan gjenåpnes med en begrunnelse.',
};
