import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { withControlDigits, pad } from '../../support/fodselsnummer';
import {
  IDENTIFIER_KINDS,
  IDENTIFIER_KIND_LABELS,
  findIdentifiers,
  type IdentifierKind,
} from '../../../src/shared/privacy/identifiers';



function makeFnr(day: number, month: number, yy: number, from = 0): string {
  for (let ind = from; ind <= 999; ind++) {
    const fnr = withControlDigits(`${pad(day)}${pad(month)}${pad(yy)}${pad(ind, 3)}`);
    if (fnr) return fnr;
  }
  throw new Error('no valid number');
}

/** An 11-digit number with a valid date but a wrong second control digit. */
function invalidFnr(valid: string): string {
  return valid.slice(0, 10) + String((Number(valid[10]) + 1) % 10);
}

const spaced = (f: string): string => `${f.slice(0, 6)} ${f.slice(6)}`;
const dashed = (f: string): string => `${f.slice(0, 6)}-${f.slice(6)}`;
const dotted = (f: string): string => `${f.slice(0, 2)}.${f.slice(2, 4)}.${f.slice(4, 6)} ${f.slice(6)}`;

const FNR_A = makeFnr(3, 4, 85, 123);
const FNR_B = makeFnr(1, 1, 1, 500); // born 2001
const FNR_C = makeFnr(17, 5, 92, 40);
const D_NUMBER = makeFnr(3 + 40, 4, 85, 200);
const H_NUMBER = makeFnr(12, 3 + 40, 77, 300);
const SYNTHETIC = makeFnr(14, 2 + 80, 89, 400); // Tenor-style synthetic person
const SYNTHETIC_D = makeFnr(20 + 40, 9 + 80, 95, 600);
const NOT_FNR = invalidFnr(FNR_A);

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

type Expected = Array<[IdentifierKind, string]>;

function found(text: string): Expected {
  return findIdentifiers(text).map((f) => [f.kind, text.slice(f.start, f.end)]);
}

// ---------------------------------------------------------------------------------------------
// Clean corpus: what coordinators write when they do it right. Nothing here may be flagged.
// ---------------------------------------------------------------------------------------------

const CLEAN: readonly string[] = [
  'Avklaringsmøte 12.03.2026 kl. 10.00 på Stovner bydelshus.',
  '2 roms leilighet, 45 kvm, 3. etasje.',
  'Husleie 9 500 kr per måned, strøm kommer i tillegg.',
  'Per måned betales 9 500 kr i husleie.',
  'Søker har fått vedtak om bostøtte fra Husbanken.',
  'Overføringsmøte avtalt med bydel Grünerløkka 14.04.2026 kl. 13.30.',
  'Sak 2026/1234 er oversendt til NAV Alna.',
  'Referanse BYT-2026-0042 gjelder byttet mellom Stovner og Grünerløkka.',
  'Boligen har referanse BB-123456 hos Boligbygg.',
  'Klienten følges opp av ACT-teamet og FACT Groruddalen.',
  'Oppfølging fra DPS Groruddalen annenhver uke.',
  'Visning onsdag 18. mars kl. 14.00.',
  'Tildeling skjer etter vedtak i bydel Søndre Nordstrand.',
  'Kontakt Frelsesarmeen eller Kirkens Bymisjon ved behov for møbler.',
  'Blå Kors har tilbud om ettervern.',
  'Klienten har vært innlagt på Lovisenberg og Oslo universitetssykehus.',
  'Adressen er registrert i Folkeregisteret, og post sendes via Posten.',
  'Søknad registrert i Gerica 02.02.2026.',
  'Avtalegiro for husleie er opprettet.',
  'Depositum 28 500 kr betales av NAV.',
  'Leiligheten ligger i 2. etasje med heis og balkong.',
  'Klienten ønsker bolig i St. Hanshaugen, Sagene eller Nordre Aker.',
  'Gamle Oslo og Vestre Aker har ledige boliger.',
  'Ullern, Frogner og Østensjø deltar ikke i piloten.',
  'Bjerke og Grorud vurderer å delta fra 2027.',
  'Alna, Stovner og Nordstrand har meldt interesse.',
  'Liv og helse er viktigst i denne fasen.',
  'Finn ut om bostøtte er søkt før innflytting.',
  'Tom leilighet fra 1. april 2026.',
  'Hans bolig er i 4. etasje uten heis.',
  'Strøm og internett er inkludert i husleien.',
  'Husleien økes med 3,5 % fra 1. januar.',
  'Skoleåret 2025-2026 er avsluttet før flytting.',
  'Saksnummer 20261234 er oppgitt i vedtaket.',
  'Møtet varer fra kl. 20.00-21.30.',
  'Nødnummer 113 og legevakt 116 117.',
  'Klienten har 3 barn på 4, 7 og 12 år.',
  'Org.nr. 974 760 673 står på fakturaen.',
  'Kjøpesum 3 450 000 kr, fellesgjeld 250 000 kr.',
  'Kommunal bolig, 3 rom, 62 kvm, 2. etasje.',
  'Mandag 9. mars kl. 09.00 er det visning.',
  'Fredag 20.03.2026 overtas nøklene.',
  'I august flytter familien til Bjerke.',
  'August og september er travle måneder.',
  'Juni er siste frist for søknad.',
  'Mai 2026: evaluering av piloten.',
  'Vedtaket ble fattet 2026-03-12 og gjelder i 36 måneder.',
  'Bydel Stovner har 12 saker, Grünerløkka 8 saker.',
  'Vurderingen 2 uker etter innflytting var positiv.',
  'Klienten betaler 25 % av inntekten i husleie.',
  'Sammen om bolig er en pilot for 2026 og 2027.',
  'Ny tildeling etter avklaringsmøte 3.4. kl 12.',
  'Overføringsmøtet ble flyttet til tirsdag kl. 11.15.',
  'Status: venter på svar fra Boligbygg.',
  'Merknad: Per 1. mars er husleien betalt.',
  'Klienten bruker Teams og Outlook i oppfølgingen.',
  'Ledig fra 01.05.2026, visning etter avtale.',
  'Boligen ligger nær Tøyen T-bane og Grønland.',
  'Det er 8 ledige boliger i Søndre Nordstrand.',
  'Husbanken innvilget startlån i februar.',
  'Frelsesarmeen henter møbler torsdag.',
  'Stein i trappeoppgangen er løs, meldt til vaktmester.',
  'Dag 1: innflytting. Dag 2: oppfølging.',
  'Klienten har 2 katter og ønsker hage.',
  'Tidsrom 2026-2027.',
  'Kontonummer oppgis ikke i profilen.',
  'Se vedlegg 3 av 5.',
  'Leie 12 500 kr + 1 200 kr i felleskostnader.',
  'Kl. 08.30 møtes vi på Furuset senter.',
  'Fastlegen er orientert, jf. avtale med DPS.',
  'Tiltaksplanen revideres hver 6. måned.',
  'Sol og varme er ikke avgjørende, men balkong er ønsket.',
  'Avtalen gjelder fra 01.06.2026 til 31.05.2029.',
  'Egenandel 1 350 kr per time.',
  'Klienten ønsker å bo nær Holmlia stasjon eller Mortensrud.',
  'Tilbud via Fontenehuset og Kirkens Bymisjon på Grønland.',
  'Boligen har 3 soverom og 95 kvm.',
  'Frist for klage er 3 uker.',
  'Fra 2026 gjelder nye satser.',
  'Kl. 10.00-11.00 møte med NAV Stovner.',
  'Telefontid mandag-fredag 09.00-15.00.',
  'Hjemmebesøk uke 12 og uke 14.',
  'Mandag 2. mars: visning i Hagegata.',
  'Nummeret 412 34 56 har bare sju sifre.',
  'Et ni-sifret nummer som 123 456 789 er ikke et telefonnummer.',
  'Strømforbruket var 4 500 kWh i 2025.',
  'Møtet i Karl Johans gate gikk fint.',
  'Vi møttes på Carl Berner og gikk til Sinsen.',
  'Budsjett 2026 Oslo kommune er vedtatt.',
  'Lie og bakke gjør adkomsten bratt, jf. befaringen.',
  'Bostøtte fra Husbanken utbetales den 20. hver måned.',
  'Klienten har avtale med fastlege og Oslo universitetssykehus, Ullevål.',
  'Innflytting 15. august, overføringsmøte 1. september.',
  'Dette gjelder f.eks. 12.03.2026 og 13.03.2026.',
  'Leie: 11 250 kr. Depositum: 33 750 kr.',
  'Robin Hood Huset tilbyr gratis middag.',
  'Møte i Storgata 12. mars.',
  'Vi bodde på Hotell Strand i to netter.',
  'Veileder NAV Alna deltar.',
  'Saksbehandler Alna har saken.',
];

// ---------------------------------------------------------------------------------------------
// Identifier corpus: each text with the exact findings (kind and substring), in order.
// ---------------------------------------------------------------------------------------------

const IDENTIFYING: ReadonlyArray<[string, Expected]> = [
  // Fødselsnummer, D-nummer, H-nummer, synthetic
  [`Fnr ${FNR_A}`, [['fodselsnummer', FNR_A]]],
  [`Fødselsnummer: ${spaced(FNR_A)}.`, [['fodselsnummer', spaced(FNR_A)]]],
  [`${dashed(FNR_A)} er registrert hos NAV.`, [['fodselsnummer', dashed(FNR_A)]]],
  [`fnr. ${dotted(FNR_A)}`, [['fodselsnummer', dotted(FNR_A)]]],
  [`Personnummer ${FNR_B}, bor i Alna.`, [['fodselsnummer', FNR_B]]],
  [`(${FNR_C})`, [['fodselsnummer', FNR_C]]],
  [`Klientens nummer er ${FNR_C}.`, [['fodselsnummer', FNR_C]]],
  [`D-nummer ${D_NUMBER}`, [['d_nummer', D_NUMBER]]],
  [`Har D-nummer ${spaced(D_NUMBER)} fra Skatteetaten.`, [['d_nummer', spaced(D_NUMBER)]]],
  [`H-nummer ${H_NUMBER} ble brukt ved innleggelse.`, [['h_nummer', H_NUMBER]]],
  [`Testperson ${SYNTHETIC} fra Tenor.`, [['fodselsnummer', SYNTHETIC]]],
  [`Syntetisk D-nummer ${dashed(SYNTHETIC_D)}`, [['d_nummer', dashed(SYNTHETIC_D)]]],
  [`født ${dotted(FNR_A)}`, [['fodselsnummer', dotted(FNR_A)]]],
  [`${FNR_A} og ${FNR_B}`, [['fodselsnummer', FNR_A], ['fodselsnummer', FNR_B]]],
  [`Avklaringsmøte 12.03.2026 kl. 10.00, fnr ${spaced(FNR_B)}`, [['fodselsnummer', spaced(FNR_B)]]],
  [`${FNR_A.slice(0, 6)}.${FNR_A.slice(6)}`, [['fodselsnummer', `${FNR_A.slice(0, 6)}.${FNR_A.slice(6)}`]]],
  [`Kjøpesum 3 450 000 ${dotted(D_NUMBER)}`, [['d_nummer', dotted(D_NUMBER)]]],

  // Other 11-digit numbers
  [`Kontonr. 1234.56.78903`, [['mulig_personnummer', '1234.56.78903']]],
  [`Konto 1234 56 78903 for husleie`, [['mulig_personnummer', '1234 56 78903']]],
  [`Nummer ${NOT_FNR} stemmer ikke`, [['mulig_personnummer', NOT_FNR]]],
  [`Oppgitt: ${spaced(NOT_FNR)}`, [['mulig_personnummer', spaced(NOT_FNR)]]],
  [`Nr 12345678901`, [['mulig_personnummer', '12345678901']]],
  [`Utbetales til 1503.12.34567.`, [['mulig_personnummer', '1503.12.34567']]],

  // Phone numbers
  ['Ring 41234567 etter kl. 12.', [['telefon', '41234567']]],
  ['Tlf. 412 34 567', [['telefon', '412 34 567']]],
  ['Mobil: 41 23 45 67.', [['telefon', '41 23 45 67']]],
  ['Nås på 4123 4567 på dagtid', [['telefon', '4123 4567']]],
  ['Ring +47 41234567', [['telefon', '+47 41234567']]],
  ['Ring +47 412 34 567', [['telefon', '+47 412 34 567']]],
  ['Tlf 0047 41234567', [['telefon', '0047 41234567']]],
  ['Tlf (+47) 412 34 567', [['telefon', '(+47) 412 34 567']]],
  ['Tlf +4741234567', [['telefon', '+4741234567']]],
  ['Fasttelefon 22 33 44 55.', [['telefon', '22 33 44 55']]],
  ['mob. 412-34-567', [['telefon', '412-34-567']]],
  ['Ring 930 12 345 eller 98 76 54 32', [['telefon', '930 12 345'], ['telefon', '98 76 54 32']]],
  ['Mor: 91234567, far: 47654321', [['telefon', '91234567'], ['telefon', '47654321']]],
  ['Tlf.41.23.45.67', [['telefon', '41.23.45.67']]],
  ['Uke 12 41 23 45 67', [['telefon', '41 23 45 67']]],
  ['Ring 41 23 45 67 2 ganger.', [['telefon', '41 23 45 67']]],
  ['I 2026 4123 4567', [['telefon', '4123 4567']]],
  ['Kjøpesum 3 450 000 412 34 567', [['telefon', '412 34 567']]],
  ['Ring 41234567 41234568', [['telefon', '41234567'], ['telefon', '41234568']]],
  ['Tlf +47 2000 0018', [['telefon', '+47 2000 0018']]],

  // E-mail
  ['Kontakt kari.hansen@example.com for avtale.', [['epost', 'kari.hansen@example.com']]],
  ['E-post: ola_nordmann+bolig@gmail.com', [['epost', 'ola_nordmann+bolig@gmail.com']]],
  ['Send til bjørn.østby@eksempel.no.', [['epost', 'bjørn.østby@eksempel.no']]],
  ['KLIENT@EXAMPLE.NO', [['epost', 'KLIENT@EXAMPLE.NO']]],
  ['<a.b-c@sub.domene.no>', [['epost', 'a.b-c@sub.domene.no']]],

  // Street addresses and postcodes
  ['Bor i Trondheimsveien 100.', [['adresse', 'Trondheimsveien 100']]],
  ['Adresse: Karl Johans gate 22, 0159 Oslo', [['adresse', 'Karl Johans gate 22'], ['postadresse', '0159 Oslo']]],
  ['Tokerudberget 3 B, 0975 Oslo', [['adresse', 'Tokerudberget 3 B'], ['postadresse', '0975 Oslo']]],
  ['Flytter fra Hagegata 23b i mars.', [['adresse', 'Hagegata 23b']]],
  ['Maridalsveien 12A er ledig.', [['adresse', 'Maridalsveien 12A']]],
  ['Bygdøy allé 5', [['adresse', 'Bygdøy allé 5']]],
  ['Thorvald Meyers gate 50 og Olaf Ryes plass 3', [['adresse', 'Thorvald Meyers gate 50'], ['adresse', 'Olaf Ryes plass 3']]],
  ['Storgata 1, 0155 OSLO', [['adresse', 'Storgata 1'], ['postadresse', '0155 OSLO']]],
  ['Furulia 4', [['adresse', 'Furulia 4']]],
  ['Ekebergveien 128 C', [['adresse', 'Ekebergveien 128 C']]],
  ['Nedre Slottsgate 3', [['adresse', 'Nedre Slottsgate 3']]],
  ['Haugerudvn. 12', [['adresse', 'Haugerudvn. 12']]],
  ['Postadresse 0557 Oslo', [['postadresse', '0557 Oslo']]],
  ['1081 OSLO', [['postadresse', '1081 OSLO']]],
  ['Flytter til 2000 Lillestrøm', [['postadresse', '2000 Lillestrøm']]],
  ['Postboks i 1450 NESODDTANGEN', [['postadresse', '1450 NESODDTANGEN']]],
  ['Trondheimsveien 100, 0557 Oslo', [['adresse', 'Trondheimsveien 100'], ['postadresse', '0557 Oslo']]],

  // Dates of birth
  ['født 03.04.1985', [['fodselsdato', '03.04.1985']]],
  ['Mann, f. 3/4-85, ønsker bolig.', [['fodselsdato', '3/4-85']]],
  ['fødselsdato: 1985-04-03', [['fodselsdato', '1985-04-03']]],
  ['Kvinne født 3. april 1985.', [['fodselsdato', '3. april 1985']]],
  ['Født: 12.12.1979', [['fodselsdato', '12.12.1979']]],
  ['DOB 1990-01-31', [['fodselsdato', '1990-01-31']]],
  ['fødd 4.5.1970', [['fodselsdato', '4.5.1970']]],
  ['født den 17. mai 1992', [['fodselsdato', '17. mai 1992']]],
  ['f.d. 01.02.1960', [['fodselsdato', '01.02.1960']]],
  ['født 030485', [['fodselsdato', '030485']]],
  ['Født 25121985', [['fodselsdato', '25121985']]],

  // Person names
  ['Kari Hansen ringte i går.', [['navn', 'Kari Hansen']]],
  ['Vi har snakket med Ali om boligen.', [['navn', 'Ali']]],
  ['Mohammed ønsker bolig nær skolen.', [['navn', 'Mohammed']]],
  ['Avtalt med fru Berg.', [['navn', 'Berg']]],
  ['Herr Lie møter kl. 10.00.', [['navn', 'Lie']]],
  ['Per Olav Hansen har søkt.', [['navn', 'Per Olav Hansen']]],
  ['Samtale med Kari K. Hansen.', [['navn', 'Kari K. Hansen']]],
  ['Anne-Lise Berg er kontaktperson.', [['navn', 'Anne-Lise Berg']]],
  ['Søkeren Ali bin Hassan har barn.', [['navn', 'Ali bin Hassan']]],
  ['Per har flyttet til Alna.', [['navn', 'Per']]],
  ['Per og Kari har søkt sammen.', [['navn', 'Per'], ['navn', 'Kari']]],
  ['Fatima og Ahmed ønsker større bolig.', [['navn', 'Fatima'], ['navn', 'Ahmed']]],
  ['Saken gjelder familien Nguyen.', [['navn', 'Nguyen']]],
  ['Vi venter på svar fra Hansen.', [['navn', 'Hansen']]],
  ['Karis søknad er mottatt.', [['navn', 'Karis']]],
  ['Tor bor i Alna.', [['navn', 'Tor']]],
  ['Liv ønsker å flytte.', [['navn', 'Liv']]],
  ['Ayan Mohamed er innkalt.', [['navn', 'Ayan Mohamed']]],
  ['Kari Nordmann er et eksempel.', [['navn', 'Kari Nordmann']]],
  ['Kontakt med Lumi Warsame.', [['navn', 'Lumi Warsame']]],
  ['NAVN: KARI HANSEN', [['navn', 'KARI HANSEN']]],
  ['Henvist av Dr. Olsen.', [['navn', 'Olsen']]],
  ['August Hansen flytter inn.', [['navn', 'August Hansen']]],
  ['Hans Petter Berg er verge.', [['navn', 'Hans Petter Berg']]],
  ['Møte med Ingrid Strand i bydelen.', [['navn', 'Ingrid Strand']]],
  ['Bydelen har kontakt med Amir.', [['navn', 'Amir']]],
  ['Kontaktperson: Per Strøm', [['navn', 'Per Strøm']]],
  ['Ingrid har fått tilbud.', [['navn', 'Ingrid']]],
  ['Sendt til Berg Hansen i dag.', [['navn', 'Berg Hansen']]],
  ['Advokat Elden er engasjert.', [['navn', 'Elden']]],
  ['Mor Hodan og sønnen Lumi flytter.', [['navn', 'Hodan'], ['navn', 'Lumi']]],
  ['Ahmed al-Hassan kom til møtet.', [['navn', 'Ahmed al-Hassan']]],

  // Mixed
  [
    'Kari Hansen, Trondheimsveien 100, 0557 Oslo, tlf. 412 34 567',
    [
      ['navn', 'Kari Hansen'],
      ['adresse', 'Trondheimsveien 100'],
      ['postadresse', '0557 Oslo'],
      ['telefon', '412 34 567'],
    ],
  ],
  [
    `Ali Hassan (f. 03.04.1985), fnr ${spaced(FNR_A)}, e-post ali@example.no`,
    [
      ['navn', 'Ali Hassan'],
      ['fodselsdato', '03.04.1985'],
      ['fodselsnummer', spaced(FNR_A)],
      ['epost', 'ali@example.no'],
    ],
  ],
  [
    'Avklaringsmøte 12.03.2026 kl. 10.00 på Stovner bydelshus med Fatima, mob. 98765432.',
    [
      ['navn', 'Fatima'],
      ['telefon', '98765432'],
    ],
  ],
];

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

describe('findIdentifiers – clean texts', () => {
  it('has a corpus of at least 60 clean sentences', () => {
    expect(CLEAN.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CLEAN.map((s) => [s]))('finds nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('finds nothing in the whole clean corpus as one text', () => {
    expect(found(CLEAN.join(' '))).toEqual([]);
    expect(found(CLEAN.join('\n'))).toEqual([]);
  });

  it('returns nothing for empty and whitespace-only text', () => {
    expect(findIdentifiers('')).toEqual([]);
    expect(findIdentifiers('   \n\t')).toEqual([]);
  });
});

describe('findIdentifiers – identifying texts', () => {
  it('has a corpus of at least 80 identifying texts', () => {
    expect(IDENTIFYING.length).toBeGreaterThanOrEqual(80);
  });

  it.each(IDENTIFYING.map(([text, expected]) => [text, expected] as const))('finds the identifiers in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports UTF-16 offsets with end exclusive', () => {
    const text = `Ærlig talt: 👍 ${FNR_A} og Åse.`;
    const findings = findIdentifiers(text);
    const fnrStart = text.indexOf(FNR_A);
    expect(findings).toEqual([
      { kind: 'fodselsnummer', start: fnrStart, end: fnrStart + 11 },
      { kind: 'navn', start: text.indexOf('Åse'), end: text.indexOf('Åse') + 3 },
    ]);
  });

  it('keeps the more specific finding when kinds overlap', () => {
    // The date of birth inside a dotted fødselsnummer, a name inside an e-mail address,
    // a person name inside a street name.
    expect(found(`født ${dotted(FNR_B)}`)).toEqual([['fodselsnummer', dotted(FNR_B)]]);
    expect(found('Kari.Hansen@example.com')).toEqual([['epost', 'Kari.Hansen@example.com']]);
    expect(found('Christian Krohgs gate 16')).toEqual([['adresse', 'Christian Krohgs gate 16']]);
  });
});

describe('findIdentifiers – names: precision rules', () => {
  it('does not flag ambiguous first names at a sentence start without a person verb', () => {
    for (const text of ['Per måned: 9 500 kr.', 'Liv og helse.', 'Tor ikke glem nøklene.', 'Siv langs vannet.', 'Eli ved siden av.', 'Kari med nøkler.']) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('flags ambiguous first names mid-sentence when capitalised', () => {
    expect(found('Vi møtte Per i går.')).toEqual([['navn', 'Per']]);
    expect(found('Samtale med Liv og Siv.')).toEqual([['navn', 'Liv'], ['navn', 'Siv']]);
  });

  it('does not flag ambiguous surnames alone, even mid-sentence', () => {
    for (const text of ['Boligen ligger ved Strand og Lund.', 'Vi gikk forbi Berg, Dahl og Vik.', 'Turen gikk til Moe og Eng.', 'Lie og Bakke er stedsnavn.']) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('flags ambiguous surnames next to a first name or title', () => {
    expect(found('Samtale med Ola Lie.')).toEqual([['navn', 'Ola Lie']]);
    expect(found('Samtale med herr Dahl.')).toEqual([['navn', 'Dahl']]);
    expect(found('Samtale med frk. Vik.')).toEqual([['navn', 'Vik']]);
  });

  it('does not carry a title or kinship word across a sentence end', () => {
    expect(found('God kontakt med søsteren. Liker å gå tur.')).toEqual([]);
    expect(found('Bor hos mor. Trives godt der.')).toEqual([]);
    expect(found('Henvist av fastlege. Venter på svar.')).toEqual([]);
    // Across an abbreviation's dot the title still names the next word; a known name is flagged anyway.
    expect(found('Henvist av dr. Lie.')).toEqual([['navn', 'Lie']]);
    expect(found('God kontakt med søsteren. Kari ringer ofte.')).toEqual([['navn', 'Kari']]);
  });

  it('never flags district names or month and weekday names', () => {
    const text = 'Alna Bjerke Frogner Gamle Oslo Grorud Grünerløkka Nordre Aker Nordstrand Sagene St. Hanshaugen Stovner Søndre Nordstrand Ullern Vestre Aker Østensjø Januar Februar Mars April Mai Juni Juli August September Oktober November Desember Mandag Tirsdag Onsdag Torsdag Fredag Lørdag Søndag';
    expect(found(text)).toEqual([]);
  });

  it('ignores lower-case names', () => {
    expect(found('vi snakket med kari hansen om per og liv.')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Property-style tests
// ---------------------------------------------------------------------------------------------

const FNR_KINDS: ReadonlySet<IdentifierKind> = new Set(['fodselsnummer', 'd_nummer', 'h_nummer']);

const fnrFormats: ReadonlyArray<(f: string) => string> = [
  (f) => f,
  spaced,
  dashed,
  dotted,
  (f) => `${f.slice(0, 6)}.${f.slice(6)}`,
  (f) => `${f.slice(0, 2)}.${f.slice(2, 4)}.${f.slice(4, 6)}-${f.slice(6)}`,
];

/** Inserts `value` between two words of `sentence`; returns the text and the value's offset. */
function insertAt(sentence: string, position: number, value: string): { text: string; start: number } {
  const words = sentence.split(' ');
  const at = position % (words.length + 1);
  const before = words.slice(0, at).join(' ');
  const prefix = at === 0 ? '' : `${before} `;
  const text = [...words.slice(0, at), value, ...words.slice(at)].join(' ');
  return { text, start: prefix.length };
}

function expectFoundOnce(text: string, start: number, end: number, kinds: ReadonlySet<IdentifierKind>): void {
  const findings = findIdentifiers(text);
  const hits = findings.filter((f) => kinds.has(f.kind));
  expect(hits.map((f) => [f.start, f.end]), text).toEqual([[start, end]]);
  // Moving words around may turn e.g. "Per måned" into mid-sentence "Per"; nothing may touch the number.
  expect(findings.filter((f) => f.end > start && f.start < end).length, text).toBe(1);
}

const REFERENCE_WORD_BEFORE = /(?:sak|saksnummer|referanse|org\.nr\.)\s*$/i;

describe('findIdentifiers – properties', () => {
  it('finds a random valid fødselsnummer in any format at any position of a clean sentence', () => {
    const fnrArb = fc
      .record({
        day: fc.integer({ min: 1, max: 28 }),
        month: fc.integer({ min: 1, max: 12 }),
        yy: fc.integer({ min: 0, max: 99 }),
        individual: fc.integer({ min: 0, max: 999 }),
        variant: fc.constantFrom(0, 1, 2, 3), // ordinary, D, H, synthetic
      })
      .map(({ day, month, yy, individual, variant }) =>
        withControlDigits(
          `${pad(variant === 1 ? day + 40 : day)}${pad(variant === 2 ? month + 40 : variant === 3 ? month + 80 : month)}${pad(yy)}${pad(individual, 3)}`,
        ),
      )
      .filter((f): f is string => f !== undefined);
    fc.assert(
      fc.property(
        fnrArb,
        fc.integer({ min: 0, max: fnrFormats.length - 1 }),
        fc.integer({ min: 0, max: CLEAN.length - 1 }),
        fc.nat(),
        (fnr, format, sentenceIndex, position) => {
          const value = (fnrFormats[format] ?? ((f: string) => f))(fnr);
          const { text, start } = insertAt(CLEAN[sentenceIndex] ?? '', position, value);
          expectFoundOnce(text, start, start + value.length, FNR_KINDS);
        },
      ),
      { seed: 20260312, numRuns: 1500 },
    );
  });

  it('finds a random mobile or landline number in any grouping at any position', () => {
    const groupings: ReadonlyArray<(d: string) => string> = [
      (d) => d,
      (d) => `${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5)}`,
      (d) => `${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)} ${d.slice(6)}`,
      (d) => `${d.slice(0, 4)} ${d.slice(4)}`,
      (d) => `+47 ${d}`,
      (d) => `+47 ${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5)}`,
      (d) => `0047 ${d.slice(0, 4)} ${d.slice(4)}`,
      (d) => `(+47) ${d}`,
    ];
    fc.assert(
      fc.property(
        fc.constantFrom('2', '3', '4', '5', '6', '7', '9'),
        fc.integer({ min: 0, max: 9_999_999 }),
        fc.integer({ min: 0, max: groupings.length - 1 }),
        fc.integer({ min: 0, max: CLEAN.length - 1 }),
        fc.nat(),
        (first, rest, grouping, sentenceIndex, position) => {
          const digits = `${first}${String(rest).padStart(7, '0')}`;
          const value = (groupings[grouping] ?? ((d: string) => d))(digits);
          const { text, start } = insertAt(CLEAN[sentenceIndex] ?? '', position, value);
          // By design a number right after "sak", "referanse", "org.nr." is a reference, not a phone.
          fc.pre(!REFERENCE_WORD_BEFORE.test(text.slice(0, start)));
          // "uke 20 20 00 00 14" is ambiguous even to a human reader: without the checksum a
          // fødselsnummer has, a phone number written right next to a bare number cannot be
          // delimited. Those positions are left out (the fødselsnummer property keeps them).
          fc.pre(!/\d $/.test(text.slice(0, start)) && !/^ \d/.test(text.slice(start + value.length)));
          expectFoundOnce(text, start, start + value.length, new Set(['telefon']));
        },
      ),
      { seed: 47, numRuns: 1000 },
    );
  });

  it('returns sorted, non-overlapping findings within bounds for arbitrary text', () => {
    const pieces = fc.constantFrom(
      ...CLEAN.slice(0, 20),
      FNR_A,
      spaced(FNR_B),
      '41 23 45 67',
      'kari@example.no',
      'Kari Hansen',
      'Hagegata 23b',
      '0557 Oslo',
      'født 03.04.1985',
      ' ',
      '\n',
      '.',
      '-',
      '12',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 12 })), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const findings = findIdentifiers(text);
        let lastEnd = 0;
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(lastEnd);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          lastEnd = f.end;
        }
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});

describe('findIdentifiers – performance and API', () => {
  it('scans a 20,000-character text', () => {
    const chunk = `${CLEAN.join(' ')} Kari Hansen, Hagegata 23b, 0557 Oslo, tlf. 412 34 567, ${FNR_A}, kari@example.no. `;
    const text = chunk.repeat(Math.ceil(20_000 / chunk.length)).slice(0, 20_000);
    expect(text.length).toBe(20_000);
    expect(findIdentifiers(text).length).toBeGreaterThan(0);
    // Worst cases for back-tracking: long runs of digits, letters and separators.
    findIdentifiers('1 '.repeat(10_000));
    findIdentifiers('a'.repeat(20_000));
    findIdentifiers('Aa '.repeat(6_000));
    findIdentifiers('1.'.repeat(10_000));
  });

  it('labels every kind in Norwegian', () => {
    expect(IDENTIFIER_KINDS).toHaveLength(10);
    for (const kind of IDENTIFIER_KINDS) expect(IDENTIFIER_KIND_LABELS[kind]).toMatch(/^\p{Lu}/u);
    expect(IDENTIFIER_KIND_LABELS.fodselsnummer).toBe('Fødselsnummer');
    expect(IDENTIFIER_KIND_LABELS.telefon).toBe('Telefonnummer');
    expect(IDENTIFIER_KIND_LABELS.navn).toBe('Personnavn');
  });
});
