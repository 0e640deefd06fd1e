/**
 * What the identifier tests share: test fødselsnumre in the formats people write them, and the
 * clean corpus (what coordinators write when they do it right, which no detector may flag).
 */

import { withControlDigits, pad } from '../../support/fodselsnummer';
import { findIdentifiers, type IdentifierKind } from '../../../src/shared/privacy/identifiers';


export function makeFnr(day: number, month: number, yy: number, from = 0): string {
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

export const spaced = (f: string): string => `${f.slice(0, 6)} ${f.slice(6)}`;
export const dashed = (f: string): string => `${f.slice(0, 6)}-${f.slice(6)}`;
export const dotted = (f: string): string => `${f.slice(0, 2)}.${f.slice(2, 4)}.${f.slice(4, 6)} ${f.slice(6)}`;

export const FNR_A = makeFnr(3, 4, 85, 123);
export const FNR_B = makeFnr(1, 1, 1, 500); // born 2001
export const FNR_C = makeFnr(17, 5, 92, 40);
export const D_NUMBER = makeFnr(3 + 40, 4, 85, 200);
export const H_NUMBER = makeFnr(12, 3 + 40, 77, 300);
export const SYNTHETIC = makeFnr(14, 2 + 80, 89, 400); // Tenor-style synthetic person
export const SYNTHETIC_D = makeFnr(20 + 40, 9 + 80, 95, 600);
export const NOT_FNR = invalidFnr(FNR_A);

export type Expected = Array<[IdentifierKind, string]>;

/** Each finding as its kind and the text it covers. */
export function found(text: string): Expected {
  return findIdentifiers(text).map((f) => [f.kind, text.slice(f.start, f.end)]);
}

// ---------------------------------------------------------------------------------------------
// Clean corpus: what coordinators write when they do it right. Nothing here may be flagged.
// ---------------------------------------------------------------------------------------------

export const CLEAN: readonly string[] = [
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
