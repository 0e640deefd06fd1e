import type { ExchangeAction } from '../../shared/exchange/actions';
import type { Brukerprofil, Kandidat, Mote } from '../../shared/exchange/model';

/**
 * Fictional, anonymous exchanges in the routine's own terms: training mode's data, and the
 * tests' fixtures (one set, so what is practised is what is tested).
 */
export const kandidat: Kandidat = {
  malgruppe: ['rus', 'psykisk_helse'],
  onskerKommunalBolig: true,
  grunner: 'Ønsker å komme bort fra miljøet og nærmere familie i den nye bydelen.',
  samtykke: true,
  samtykkeDato: '2026-03-02',
};

export const profil: Brukerprofil = {
  aldersgruppe: '36-45',
  kjonn: 'mann',
  husstand: 'alene',
  husdyr: false,
  tilleggsutfordringer: ['okonomi_gjeld'],
  bosituasjon: 'kommunal_bolig',
  bosituasjonKommentar: 'Bor i dag i kommunal leilighet med mye uro i oppgangen.',
  flyttegrunner: ['bort_fra_rusmiljo', 'naerhet_nettverk'],
  flyttegrunnerKommentar: 'Ønsker en ny start nær søsken på Grünerløkka.',
  boligtype: 'ordinaer',
  boligstorrelse: '1_rom',
  trinnfri: false,
  heis: false,
  omradeonsker: 'Nær T-bane og dagsenter.',
  unnga: 'Bør ikke bo nær kjente rusmiljøer.',
  tjenester: [
    { tjeneste: 'rus_psykisk_helse', harNa: true, behovNyBydel: true, intensitet: 'middels' },
    { tjeneste: 'lar', harNa: true, behovNyBydel: true, intensitet: 'lav', kommentar: 'Henter medisiner på apoteket to ganger i uken.' },
  ],
  inntekt: 'uforetrygd',
  behovBostotte: true,
  behovFastTrekk: true,
  ressurser: 'Møter stabilt til avtaler og har god kontakt med familien.',
  annet: 'Røyker ikke innendørs.',
};

export const mote = (tidspunkt: string): Mote => ({
  tidspunkt,
  sted: 'Stovner bydelshus, møterom 2',
  deltakere: [
    { navn: 'Koordinator Stovner', rolle: 'Koordinator', tjeneste: 'Bolig', bydel: 'stovner', erPersonen: false },
    { navn: 'Personen', rolle: '', tjeneste: '', bydel: '', erPersonen: true },
  ],
  byttAktuelt: 'ja',
  boligtype: 'ordinaer',
  oppfolgingsbehov: 'Ukentlig oppfølging fra rus- og psykisk helsetjenesten.',
  annet: '',
});

export const bolig = (referanse: string) => ({
  referanse,
  type: 'ordinaer' as const,
  rom: 2,
  funnetDato: '2026-04-10',
  delegertDato: '2026-04-11',
});

/** The whole routine for an outgoing exchange, in order, with one declined viewing. */
export function fullRoutine(): ExchangeAction[] {
  return [
    { type: 'brukerprofil.lagre', profil, avvisteFunn: [] },
    { type: 'brukerprofil.sendt', dato: '2026-03-05' },
    { type: 'avklaringsmote.holdt', mote: mote('2026-03-12T10:00') },
    { type: 'svar.registrer', svar: { svar: 'ja', dato: '2026-03-15', kommentar: '' } },
    { type: 'mote_etter_ja.holdt', mote: { ...mote('2026-03-20T13:00'), nyeOppfolgere: [{ navn: 'Oppfølger Grünerløkka', tjeneste: 'Rus og psykisk helse' }], gericaAktuelt: true, gericaBestiltDato: '2026-03-21', gericaBekreftetDato: '2026-03-25' } },
    { type: 'tildeling.soknad', dato: '2026-03-22' },
    { type: 'tildeling.vedtak', vedtak: { dato: '2026-04-01', referanse: '2026/1234', resultat: 'innvilget' } },
    { type: 'tildeling.bolig', bolig: bolig('BB-100200') },
    { type: 'tildeling.tildelt', dato: '2026-04-12' },
    {
      type: 'visning.planlegg',
      plan: {
        tidspunkt: '2026-04-15T12:00',
        sted: 'Ved inngangen',
        gammelBydelDeltar: true,
        nyBydelDeltar: true,
        kontaktperson: 'Oppfølger Grünerløkka',
        boligbyggKontakt: 'Berit Utleier',
        boligbyggKontaktinfo: 'berit.utleier@boligbygg.oslo.kommune.no',
      },
    },
    { type: 'visning.utfall', utfall: 'avslatt', grunnKode: 'storrelse', grunn: 'For trang leilighet.', dato: '2026-04-15' },
    { type: 'tildeling.bolig', bolig: { ...bolig('BB-100300'), funnetDato: '2026-04-20', delegertDato: '2026-04-20' } },
    { type: 'tildeling.tildelt', dato: '2026-04-21' },
    { type: 'visning.planlegg', plan: { tidspunkt: '2026-04-23T12:00', sted: 'Ved inngangen', gammelBydelDeltar: true, nyBydelDeltar: true, kontaktperson: '' } },
    { type: 'visning.utfall', utfall: 'akseptert', grunn: '', dato: '2026-04-23' },
    { type: 'overforingsmote.registrer', overforingsmote: { type: 'holdt', mote: mote('2026-04-28T09:00') } },
    {
      type: 'ansvar_gammel.lagre',
      ansvar: {
        innflyttingsdato: '2026-05-01',
        punkter: {
          etablert_i_boligen: { status: 'gjort', hvem: 'Koordinator', dato: '2026-05-03' },
          husleie_forste_maned: { status: 'gjort', hvem: 'NAV', dato: '2026-05-01' },
          strom_avtalegiro: { status: 'gjort', hvem: 'Koordinator', dato: '2026-04-30' },
          flyttemelding: { status: 'gjort', hvem: 'Personen med koordinator', dato: '2026-05-02' },
          bostotte: { status: 'gjort', hvem: 'Koordinator', dato: '2026-05-02' },
          fast_trekk: { status: 'ikke_relevant', grunn: 'Husleien betales med avtalegiro.' },
          oppfolging_til_overforing: { status: 'gjort', hvem: 'Koordinator', dato: '2026-05-05' },
        },
      },
    },
    { type: 'ansvar_ny.lagre', ansvar: { overfortDato: '2026-05-05', forsteOppfolgingDato: '2026-05-04' } },
    { type: 'avslutt', avsluttet: { utfall: 'gjennomfort', dato: '2026-05-06', grunn: '' } },
  ];
}
