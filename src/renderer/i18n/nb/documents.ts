/** Documents of an exchange, importing them and fetching from the shared folder. */
import { common } from './common';

export const documents = {
  tittel: 'Dokumenter',
  ingress: (partner: string) =>
    `Dokumentene lages fra opplysningene i byttet. Brukerprofilen, svaret og delegeringen har opplysningene også i maskinlesbar form, så bydel ${partner} kan importere dem i stedet for å skrive dem inn.`,
  tilPartner: (partner: string) => `Til bydel ${partner}`,
  agendaer: 'Agendaer for møter',
  kalender: 'Kalenderinvitasjoner',
  utskrift: 'Til utskrift',
  lastNed: (label: string, format: string) => `Last ned ${label} (${format})`,
  laget: 'Dokumenter som er laget',
  ingenLaget: 'Ingen dokumenter er laget for dette byttet ennå.',
  dokument: 'Dokument',
  versjon: 'Versjon',
  lagetTid: 'Laget',
  av: 'Av',
  filnavn: 'Filnavn',
  importHint: (partner: string) => `Har du fått et dokument fra bydel ${partner}?`,
};

export const importer = {
  tittel: 'Importer dokument',
  ingress:
    'Importer et dokument som partnerbydelen har sendt som PDF fra Bytteordning: en brukerprofil, et svar, en delegering eller en oppdatering til partnerbydelen. Dokumentet må være signert av en bydel dere har paret med under Innstillinger. Du ser nøyaktig hva som blir lagret før du bekrefter.',
  velgFil: 'Velg PDF-filen fra partnerbydelen',
  slipp: 'Dra PDF-filen fra partnerbydelen hit, eller velg den med knappen.',
  slippAktiv: 'Slipp filen her.',
  forhandsvisning: 'Dette blir lagret',
  oppdateringFra: (nr: number, bydel: string) => `Oppdatering nr. ${nr} fra bydel ${bydel}`,
  fil: 'Fil',
  oppdatering: 'Oppdatering',
  avsender: 'Sendt av',
  endringer: 'Dette skrives i byttets historikk',
  ingenEndringer: 'Oppdateringen endrer ingenting i byttet.',
  innhold: 'Innholdet i dokumentet',
  profilTittel: 'Endringer i brukerprofilen',
  profilIngress:
    'Brukerprofilen dere har fra før, blir endret. Se over hvert felt: det som står under «Nå», erstatter det som står under «Før».',
  felt: 'Felt',
  for: 'Før',
  na: 'Nå',
  uenighetTittel: 'Ikke tatt inn – dere har registrert dette selv',
  uenighetIngress:
    'Disse endringene fra partnerbydelen blir ikke tatt inn. Det dere har registrert, blir stående. Endringene vises som uenighet i byttet, så dere kan avklare dem med partnerbydelen.',
  funnTittel: 'Mulige personopplysninger i teksten fra partnerbydelen',
  funnIngress:
    'Appen fant noe som kan være personopplysninger i fritekst som partnerbydelen har skrevet. Brukerprofilen skal være anonym. Kontakt partnerbydelen hvis noe må fjernes, og be dem sende en ny oppdatering.',
  funnLinje: (felt: string, type: string, tekst: string) => `${felt}: ${type} – «${tekst}»`,
  funnBekreft: 'Jeg har sett funnene og vil importere likevel',
  funnMaBekreftes: 'Kryss av for at du har sett funnene før du importerer.',
  bekreft: 'Importer dokumentet',
  annenFil: 'Velg en annen fil',
  feilTittel: 'Dokumentet kan ikke importeres',
  hintManuell: 'Har du fått brukerprofilen som PDF fra Bytteordning? Da kan du importere den i stedet, så slipper du å skrive inn noe.',
  filTyper: 'Du kan også velge en fil fra den felles mappen (.bytteordning), for eksempel en oppdatering som ble liggende der fordi den må vurderes.',
};

export const fellesMappe = {
  tittel: 'Hent fra felles mappe',
  ingress:
    'Henter oppdateringene partnerbydelene har lagt i de felles mappene, og importerer dem i riktig rekkefølge. En oppdatering med mulige personopplysninger blir liggende i mappen til du har sett på den.',
  henter: 'Henter oppdateringer fra de felles mappene …',
  ingenNye: 'Ingen nye oppdateringer i de felles mappene.',
  resultat: 'Dette ble hentet',
  alleredeImportert: (n: number) =>
    n === 1 ? '1 fil var allerede importert og er fjernet fra mappen.' : `${n} filer var allerede importert og er fjernet fra mappen.`,
  ukjentBytte: 'Filer som ikke kunne leses',
  apneBytte: (referanse: string) => `Åpne byttet ${referanse}`,
  utfall: {
    importert: 'Importert',
    funn: 'Ikke importert – se funnene',
    venter: common.venter,
    avvist: 'Avvist',
  },
  fraBydel: (bydel: string) => `Fra bydel ${bydel}`,
};
