/** Registering a new candidate or an incoming exchange. */
export const kandidat = {
  tittel: 'Registrer ny kandidat for bytte',
  ingress:
    'Steg 1 i rutinen. Personen må ha utfordringer knyttet til rus og/eller psykisk helse, og ønske kommunal bolig i partnerbydelen.',
  partner: 'Partnerbydel (ny bydel)',
  partnerHjelp: 'Bare bydeler dere har et aktivt byttepar med, kan velges.',
  ingenPartnere: 'Dere har ingen aktive byttepar. Sett opp et byttepar under Innstillinger først.',
  malgruppe: 'Målgruppe',
  malgruppeHjelp: 'Velg alt som gjelder.',
  onsker: 'Personen ønsker kommunal bolig i den nye bydelen',
  grunner: 'Hvorfor ønsker personen å flytte?',
  grunnerHjelp: 'Skriv uten navn eller andre opplysninger som kan identifisere personen.',
  samtykke: 'Personen har samtykket til at en anonym brukerprofil deles med den nye bydelen',
  samtykkeDato: 'Dato for samtykke',
  internRef: 'Intern referanse',
  internRefHjelp: 'Deres egen saksreferanse. Vises bare i denne appen og sendes aldri til andre bydeler.',
  lagre: 'Registrer kandidat',
  hvaSkjerNa:
    'Hva skjer nå: Når kandidaten er registrert, fyller du ut den anonyme brukerprofilen og sender den til den nye bydelen.',
};

export const innkommende = {
  tittel: 'Registrer innkommende bytte',
  ingress:
    'Bruk dette når en partnerbydel har sendt en brukerprofil til dere. Referansen står øverst i brukerprofilen.',
  partner: 'Gammel bydel (avsender)',
  referanse: 'Referanse fra brukerprofilen',
  referanseHjelp: 'Formen er BYTTE-XXXX-XXXX.',
};
