/** First start: choosing the district. */
export const setup = {
  tittel: 'Velkommen til Bytteordning',
  ingress:
    'Sett opp appen for din bydel. Opplysningene brukes som avsender på brukerprofiler og andre dokumenter som sendes til partnerbydelen.',
  bydel: 'Din bydel',
  bydelHjelp: 'Bydelen denne installasjonen tilhører.',
  navn: 'Ditt navn (koordinator)',
  kontakt: 'Kontaktinformasjon på jobb',
  kontaktHjelp: 'Jobb-e-post eller jobbtelefon. Vises i dokumenter til partnerbydelen.',
  lagre: 'Fullfør oppsett',
  pilot: 'Stovner og Grünerløkka er satt opp som aktivt byttepar. Flere par kan settes opp under Innstillinger.',
};
