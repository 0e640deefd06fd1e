import { DISTRICTS } from '../../districts';
import { lowerSet, words } from './lists';

// ---------------------------------------------------------------------------------------------
// Words that are never (part of) a person's name in coordinators' text.
// ---------------------------------------------------------------------------------------------

const OSLO_PLACES = words(`
  Oslo Tøyen Grønland Majorstuen Majorstua Furuset Romsås Vestli Haugerud Tveita Holmlia
  Mortensrud Bøler Manglerud Lambertseter Ryen Skullerud Kalbakken Linderud Veitvet Årvoll Sinsen
  Torshov Bislett Ullevål Blindern Skøyen Røa Bogstad Holmenkollen Helsfyr Bryn Ensjø Hasle Løren
  Økern Kampen Vålerenga Gamlebyen Sofienberg Rodeløkka Storo Nydalen Kjelsås Grefsen Tåsen
  Nordberg Sogn Smestad Montebello Lilleaker Bjørnsletta Hovseter Ammerud Rommen Haugenstua
  Trosterud Lindeberg Hellerud Høybråten Rødtvet Tonsenhagen Risløkka Vollebekk Lindern Bjølsen
  Iladalen Homansbyen Fagerborg Bygdøy Tjuvholmen Bjørvika Sentrum Groruddalen Nordmarka Østmarka
  Ekeberg Bekkelaget Ljan Hauketo Prinsdal Bjørndal Rosenholm Kastellet Lofthus Ulsrud Oppsal
  Abildsø Godlia Bryn Teisen Vestre Østre Lysejordet Vinderen Slemdal Ris Ullernåsen Huseby
  Frognerparken Vigelandsparken Sofienbergparken Birkelunden Marienlyst Adamstuen Lovisenberg
  Jernbanetorget Nationaltheatret Stortinget Akershus Viken Lillestrøm
  Lørenskog Bærum Asker Drammen Romerike Follo Norge Sverige Danmark Finland Europa Somalia
  Pakistan Polen Irak Syria Eritrea Etiopia Afghanistan Iran Tyrkia Vietnam Marokko Litauen
  Sri Lanka India Kurdistan Ukraina Russland Bosnia Kosovo Sudan Filippinene Thailand Chile
`);

const SERVICES = words(`
  NAV Nav Boligbygg ACT FACT Gerica Folkeregisteret Posten Husbanken DPS OUS Universitetssykehus
  Universitetssykehuset Lovisenberg Diakonale Sykehus Sykehuset Kirkens Bymisjon Frelsesarmeen
  Blå Kors Røde Fontenehuset Kommune Kommunen Helseetaten Velferdsetaten Sykehjemsetaten
  Skatteetaten Tenor Politiet Barnevernet Altinn Visma Acos Elements Teams Outlook Excel Word Profil
  Helsenorge Lånekassen Kriminalomsorgen Friomsorgen Statsforvalteren Kemneren Sosialtjenesten
  Tildelingskontoret Boligkontoret Oslobygg Startlån Bostøtte Ruspoliklinikk Legevakt Legevakten
  Fastlege Fastlegen Kirkens Sosialtjeneste Bydelsoverlege Ullevål Aker Diakonhjemmet Sagene
  Frelsesarmeens Bymisjonen Stiftelsen Uteseksjonen Ungdomsteam
  Helsestasjon Helsestasjonen Tjenestekontoret Tjenestekontor Forvaltningskontoret Velferd
  Sammen Bolig Byrådsavdeling Byrådsavdelingen Boligsosialt Utekontakten Ungdomsloset
`);

const MONTHS_AND_DAYS = words(`
  Januar Februar Mars April Mai Juni Juli August September Oktober November Desember
  Mandag Tirsdag Onsdag Torsdag Fredag Lørdag Søndag Feb Mar Apr Jun Jul Aug Sep Sept Okt Nov Des
  Påske Påsken Jul Julen Nyttår Pinse Helg Helgen
`);

const ROUTINE_WORDS = words(`
  Bydel Bydelen Bydelshus Bydelshuset Bolig Boligen Boliger Vedtak Vedtaket Tildeling Tildelingen
  Visning Visningen Oppfølging Oppfølgingen Avklaringsmøte Avklaringsmøtet Overføringsmøte
  Overføringsmøtet Husleie Husleien Bostøtte Bostøtten Avtalegiro Leilighet Leiligheten
  Klient Klienten Søker Søkeren Koordinator Koordinatoren Saksbehandler Veileder Miljøarbeider
  Møte Møtet Samtale Kontrakt Kontrakten Depositum Garanti Innflytting Utflytting Nøkler Nøkkel
  Oppsigelse Bytte Byttet Søknad Søknaden Sak Saken Profil Profilen Brukerprofil Merknad Status
  Frist Dato Tid Sted Adresse Kontakt Kontaktperson Referanse Notat Oppsummering Tiltak Behov
  Ønsker Ønske Familie Familien Barn Voksen Voksne Husstand Husstanden Etasje Heis Balkong Bad
  Kjøkken Stue Soverom Rom Kvm Innbo Møbler Flyttebil Flytting Flyttingen Rehabilitering Rus
  Psykisk Helse Økonomi Gjeld Inntekt Trygd Uføretrygd Sosialhjelp Kvalifiseringsprogrammet
  Introduksjonsprogrammet Skole Skolen Barnehage Barnehagen Jobb Arbeid Kommunal Kommunale
  Privat Private Norsk Norske Engelsk Somalisk Arabisk Urdu Tolk Tolken Ja Nei Ok Obs Info
  Neste Forrige Første Andre Tredje Fjerde Ny Nye Gammel Gamle Store Lille Nordre Søndre Vestre
  Østre Øvre Nedre Sankt St Oppmøte Oppmøtested Lørdagsåpent Hverdager Ettermiddag Formiddag
  Morgen Kveld
`);

/** Places whose names are also person names; masked as whole phrases before name detection. */
export const PLACE_PHRASES: readonly string[][] = [
  ['carl', 'berner'],
  ['karl', 'johan'],
  ['karl', 'johans'],
  ['robin', 'hood'],
  ['st', 'hanshaugen'],
  ['st', 'olav'],
  ['st', 'olavs'],
  ['ole', 'brumm'],
  ['sankt', 'hans'],
  ['kong', 'haakon'],
  ['dronning', 'eufemia'],
];

function districtWords(): string[] {
  return DISTRICTS.flatMap((d) => d.name.replace(/\./g, '').split(/[\s-]+/));
}

export const STOPWORDS: ReadonlySet<string> = lowerSet(
  districtWords(),
  OSLO_PLACES,
  SERVICES,
  MONTHS_AND_DAYS,
  ROUTINE_WORDS,
);
