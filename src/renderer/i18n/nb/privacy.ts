/** The audit log, backups and deletion of closed exchanges. */
export const personvern = {
  loggTittel: 'Logg (revisjonsspor)',
  loggIngress:
    'Hvem som har åpnet, endret, eksportert eller importert byttet, og når. Loggen inneholder ingen opplysninger om personen og kan ikke endres.',
  ingenLogg: 'Ingenting er logget for dette byttet ennå.',
  hendelse: 'Hendelse',
  kontrollIngress:
    'Appen logger hver endring, hver eksport og import og hver gang et bytte åpnes: hvem, når og hva, uten innhold. Radene er lenket sammen og signert med denne installasjonens egen nøkkel, og historikken til hvert bytte er med i loggen. Den som endrer, sletter eller nummererer om rader utenfor appen, blir oppdaget, også om de har nøkkelen til databasen.',
  kontroller: 'Kontroller loggen',
  loggOk: (n: number) => `Loggen er i orden: ${n} rader er kontrollert, og ingen er endret eller slettet.`,
  /** What each problem «Kontroller loggen» can find means; loggHvaNa says what to do about any of them. */
  loggProblem: {
    endret: (rad: number) =>
      `Loggen er ikke i orden: rad ${rad} er endret etter at den ble skrevet, eller den er ikke signert med denne installasjonens nøkkel. Noen har endret databasen utenfor appen.`,
    mangler: (rad: number) => `Loggen er ikke i orden: rad ${rad} mangler. Den er slettet utenfor appen.`,
    avkortet: (sisteRad: number, skrevetTil: number) =>
      `Loggen er ikke i orden: den slutter ved rad ${sisteRad}, men appen har skrevet den minst til rad ${skrevetTil}. De siste radene er slettet utenfor appen, eller databasen er byttet ut med en eldre kopi.`,
    omnummerert: (rad: number) =>
      `Loggen er ikke i orden: rader er fjernet, og radene etter er nummerert om for å skjule det. Første rad som ikke stemmer, er rad ${rad}.`,
    historikkEndret: (referanse: string) =>
      `Loggen er ikke i orden: historikken til byttet ${referanse} stemmer ikke med loggen. En hendelse i historikken er endret eller slettet utenfor appen.`,
  },
  loggHvaNa:
    'Ikke slett noe, og kontakt personvernombudet og IT. Gjenopprett sammen med dem den nyeste sikkerhetskopien fra før endringen, og kontroller loggen igjen. Databasen slik den er nå, tas vare på som en egen sikkerhetskopi.',
  loggNokkel: (fingeravtrykk: string) => `Kontrollert med installasjonens nøkkel, fingeravtrykk ${fingeravtrykk}.`,
  kopiTittel: 'Sikkerhetskopier',
  kopiIngress: (keep: number) =>
    `Appen tar en kryptert sikkerhetskopi når den starter og deretter hver dag. Kopiene kan bare åpnes med databasens nøkkel. De ${keep} nyeste beholdes.`,
  taKopi: 'Ta sikkerhetskopi nå',
  kopiTatt: (tid: string) => `Sikkerhetskopien er tatt (${tid}).`,
  ingenKopier: 'Det finnes ingen sikkerhetskopier ennå. Ta en nå.',
  tatt: 'Tatt',
  gjenopprett: 'Gjenopprett',
  gjenopprettSporsmal: (tid: string) =>
    `Gjenopprette sikkerhetskopien fra ${tid}? Det som er registrert etter den, forsvinner fra databasen. Databasen slik den er nå, lagres først som en egen sikkerhetskopi, så du kan angre.`,
  gjenopprettBekreft: 'Ja, gjenopprett',
  gjenopprettet: (tid: string, kopi: string) =>
    `Databasen er gjenopprettet fra sikkerhetskopien fra ${tid}. Databasen slik den var, er lagret som sikkerhetskopien ${kopi}.`,
  kopiTyper: { automatisk: 'Automatisk', manuell: 'Tatt av koordinator', gjenoppretting: 'Før gjenoppretting' },
  kopiInnstillinger: 'Mappe og antall',
  mappe: 'Mappe for sikkerhetskopier',
  mappeHjelp: 'Hele stien. Velg gjerne en mappe som også kommunens egen sikkerhetskopiering tar vare på.',
  antall: 'Antall sikkerhetskopier som beholdes',
  slettTittel: 'Sletting av avsluttede bytter',
  slettIngress:
    'Avsluttede bytter slettes automatisk når oppbevaringstiden er ute, med historikk og dokumenter. Loggen beholder bare referansen og at byttet ble slettet. Bytter der ny bydel sa nei, slettes tidligere: de har ingen hensikt i ordningen lenger.',
  mndAvsluttet: 'Måneder etter avslutning (gjennomført, trukket eller avbrutt)',
  mndAvslatt: 'Måneder etter avslutning når ny bydel sa nei (avslått)',
  slettes: 'Slettes',
  forfalt: (n: number) => `Oppbevaringstiden er ute for ${n} bytter. De slettes automatisk innen en time, eller nå:`,
  snart: (n: number, dager: number) => `Slettes de neste ${dager} dagene (${n})`,
  ingenSnart: (dager: number) => `Ingen bytter skal slettes de neste ${dager} dagene.`,
  slettNa: 'Slett nå',
  slettSporsmal: (n: number) =>
    `Slette ${n} bytter nå? De kan etterpå bare hentes tilbake ved å gjenopprette en sikkerhetskopi.`,
  slettBekreft: 'Ja, slett',
  slettet: (refs: string) => `Slettet: ${refs}.`,
};
