/**
 * Person-name detection for the anonymisation guard.
 *
 * Bundled word lists (no file I/O: this layer is pure TypeScript, no Node, no DOM) and the
 * rules that turn capitalised words into "this looks like a person's name".
 *
 * Precision/recall balance (names are the noisiest identifier, so the rules are explicit):
 * - Only capitalised words are considered. Lower-case names ("kari") and ALL-CAPS single
 *   words ("ALI", which could be an acronym) are not flagged; an ALL-CAPS first name followed
 *   by another ALL-CAPS known name ("KARI HANSEN") is.
 * - A known first name followed by more name-like words ("Kari Hansen", "Kari K. Hansen",
 *   "Anne-Lise Berg", "Ali bin Hassan") is one finding, wherever it stands.
 * - A lone known first name is flagged when it stands mid-sentence (capitalisation there is a
 *   strong signal). At a sentence start it is flagged too, unless the name is also an ordinary
 *   word (Per, Liv, Tor, Dag, Hans, Finn, Tom, Kari, …; see AMBIGUOUS_FIRST_NAMES). Such a name
 *   at a sentence start is flagged only when the next word is a finite verb typical of a person
 *   ("Per har søkt", "Liv ønsker") or "og" + another first name ("Per og Kari"). "Per måned",
 *   "Liv og helse", "Hans bolig", "Finn ut" therefore stay clean; "Tor bor i Alna" is caught.
 * - Surnames: a patronymic (-sen/-son) or a distinctive immigrant surname (Nguyen, Khan,
 *   Hussain, …) is flagged alone. Surnames that are ordinary words or place names (Lie, Berg,
 *   Dahl, Strand, Moe, Lund, Bakke, Vik, Eng, Haugen, Solberg, …) are flagged only next to a
 *   first name, another surname or a title ("fru Berg", "herr Lie"). "Strøm" (electricity, a
 *   routine word) is one of them, so it is never flagged alone but "Per Strøm" is.
 * - A title, role or kinship word (fru, herr, dr., advokat, verge, mor, sønnen, …) followed by
 *   a capitalised word makes that word a name even when it is in no list, but not across a
 *   sentence end ("… med søsteren. Liker å gå tur." is clean; "dr. Olsen" is a name).
 * - District names, Oslo place names, services, months, weekdays and routine vocabulary are
 *   never part of a name, and stop a name sequence. Months that are also first names
 *   (August, Juni, Mai) count only directly before a known surname.
 * - A name followed by a street word ("Karl Johans gate", "Olaf Ryes plass") or preceded by
 *   "St." is a place, not a person.
 */

import { DISTRICTS } from '../districts';

export interface NameSpan {
  start: number;
  end: number;
}

const words = (list: string): string[] => list.trim().split(/\s+/);
const lowerSet = (...lists: string[][]): Set<string> => new Set(lists.flat().map((w) => w.toLowerCase()));

// ---------------------------------------------------------------------------------------------
// First names. Common in Norway (SSB name statistics) plus names common in Oslo's immigrant
// population (Somali, Pakistani, Arabic, Turkish, Kurdish, Persian, Vietnamese, Polish,
// Lithuanian, Eritrean/Ethiopian, Indian).
// ---------------------------------------------------------------------------------------------

const NORWEGIAN_MALE = words(`
  Jan Per Bjørn Ole Lars Kjell Knut Arne Svein Hans Geir Tor Morten Terje Odd Erik Martin Andreas
  John Anders Rune Trond Tore Jon Harald Olav Gunnar Espen Stian Kristian Daniel Magnus Jonas
  Fredrik Tom Christian Øyvind Johan Helge Marius Kåre Einar Ivar Roger Frode Nils Steinar Petter
  Eirik Leif Tommy Henrik Sindre Vidar Stein Dag Kristoffer Øystein Egil Sverre Jørgen Alexander
  Aleksander Sigurd Mathias Matias Sebastian Emil Tobias Håkon Haakon Jakob Jacob Elias Oliver
  William Lukas Lucas Filip Philip Noah Isak Isac Aksel Axel Sander Benjamin Theodor Teodor Oskar
  Oscar Markus Marcus Even Vetle Ola Trygve Ragnar Arild Atle Asbjørn Audun Bjarne Eivind Erlend
  Finn Gaute Gisle Glenn Hallvard Halvor Ingvar Jarle Jens Joakim Johannes Jørn Karl Carl Kenneth
  Ketil Kim Kurt Leon Magne Mats Mikkel Mads Nikolai Nicolai Oddvar Olaf Pål Paul Peder Peter
  Reidar Robert Roar Rolf Ronny Simen Simon Sigmund Sondre Stig Sturla Sveinung Sølve Thor
  Torbjørn Tord Torgeir Tormod Torstein Trym Ulrik Vegard Viktor Victor Vebjørn Amund Adrian Alf
  Arvid Anton Birger Bendik Brage Casper Kasper Christoffer David Edvard Eilif Endre Erling
  Ferdinand Georg Gustav Herman Hermann Ingar Iver Jesper Jostein Kai Kevin Konrad Lasse Leo
  Ludvig Max Odin Patrick Preben Rasmus Robin Sivert Sten Tarjei Torleif Ulf Vemund Vilhelm
  Wilhelm Ørjan Åge Arnt Bård Bernt Dagfinn Eskil Eyvind Fridtjof Gudmund Hallstein Harry Hugo
  Idar Inge Ingolf Jo Jonny Kolbjørn Lorentz Njål Oddbjørn Ottar Ove Ragnvald Reinert Rolv Runar
  Severin Sigve Snorre Stefan Steffen Thomas Thorleif Tollef Torfinn Yngve Åsmund Øivind Ørnulf
  André Arnfinn Bjarte Borgar Dennis Fabian Felix Gabriel Ingvald Jonatan Jonathan Julian
  Kristofer Leander Liam Mikael Michael Nikolas Niklas Nicolas Olai Samuel Vincent Vilmer Viljar
  Are Kristen Roy Frank Jim Sondre Eilert Eldar Elling Gjermund Halvard Helmer Ivan Jørund Kjetil
  Lennart Lorents Nikolay Oddmund Ole-Martin Ragnvald Reidulf Rikard Sigbjørn
  Sjur Stål Tarald Terkel Thorbjørn Torkel Trond-Erik Ulv Vidkun Åsmund
`);

const NORWEGIAN_FEMALE = words(`
  Anne Inger Kari Marit Ingrid Liv Eva Berit Astrid Bjørg Hilde Anna Solveig Marianne Randi Ida
  Nina Maria Elisabeth Kristin Bente Heidi Silje Hanne Gunn Wenche Tone Ragnhild Turid Camilla
  Ellen Karin Hege Grete Kirsten Unni Mona Julie Monica Monika Line Ann Tove Trine Sissel Linda
  Kristine Aud Lene Ingeborg Jorunn Gerd Marte Mari Hanna Hannah Sara Emma Nora Sofie Sophie Ella
  Olivia Maja Leah Lea Emilie Thea Tiril Amalie Frida Vilde Mathilde Malin Andrea Sunniva Selma
  Alma Hedda Iben Live Linnea Mia Oda Signe Sigrid Tuva Vera Aurora Ellinor Eline Elise Guro
  Helene Ingvild Johanne Karoline Katrine Kaja Lise Maren Marthe Martine Mette Mina Nathalie
  Pernille Ronja Siri Siv Stine Synne Synnøve Therese Tonje Torill Vibeke Victoria Viktoria
  Yvonne Åse Åshild Gro Grethe Gunhild Gunvor Irene Janne Jenny Kine Laila Lillian Margrethe
  Marita Merete Pia Reidun Rita Ruth Sigrun Sonja Sylvia Tora Torunn Trude Vigdis Agnes Alice
  Anita Anette Annette Beate Birgit Britt Cathrine Kathrine Cecilie Christina Kristina Dagny Eli
  Elin Else Eldbjørg Evy Hjørdis Inga Ingunn Jane Kjersti Lena Magnhild Marie May Norunn Oddny
  Oddrun Petra Ragna Rannveig Solfrid Svanhild Tordis Vivian Ylva Anniken Benedicte Charlotte
  Christine Dorthe Ebba Eirin Elena Elsa Ester Esther Frøydis Gina Hedvig Helga Henny Ine
  Ingebjørg Isabel Isabella Isabelle Jannicke Josefine Julia Kamilla Karen Katharina Klara Clara
  Kristiane Lilly Lily Linn Liva Lotte Lovise Louise Madeleine Magdalena Margit Marlene Martha
  Matilde Maud Mille Milla Mira Nelly Nanna Rakel Regine Saga Selina Silja Sol Susanne Svea Tale
  Thale Thora Tilde Tina Torhild Una Unn Valborg Veronica Veronika Vilja Wilma Åsta Øydis
  Annika Birgitte Borghild Brit Elisabet Gudrun Gunnhild Hanne-Lise Henriette Ingrid-Marie
  Jorid Karianne Kirsti Liss Malene Mariann Marion Marianne Oline Ragnfrid Rebekka Rigmor
  Sigrunn Siren Solbjørg Steinunn Sunn Synnøve Tove-Lise Turi Vibecke Åsne Ågot
`);

const IMMIGRANT_MALE = words(`
  Mohammed Mohammad Muhammad Mohamed Mohamad Muhammed Mohamud Ali Ahmed Ahmad Hassan Hussein
  Husein Hussain Omar Umar Abdi Abdullah Abdullahi Abdul Abdirahman Abdirizak Abdikarim Abdiaziz
  Abdulkadir Abdiwahab Abdisalam Yusuf Yousef Youssef Ibrahim Ismail Mustafa Mahmoud Mahmood
  Mahmud Khalid Hamza Bilal Amir Amin Ayub Ayoub Adam Idris Yasin Yassin Zakaria Suleiman
  Sulaiman Salah Said Saeed Karim Rashid Tariq Imran Usman Osman Faisal Farhan Arslan Asif Naveed
  Nadeem Waqas Zeeshan Shahid Sajid Kamran Adnan Irfan Jamal Nasir Aziz Farid Hamid Majid Reza
  Mehdi Hossein Arash Dariush Ramin Kaveh Behzad Abbas Jafar Ehsan Emre Mehmet Murat Ahmet Burak
  Kerem Deniz Tuan Minh Hung Duc Thanh Huy Quang Ravi Raj Arjun Sanjay Rahul Vikram Gurpreet
  Harpreet Jaspreet Mandeep Piotr Pawel Paweł Tomasz Krzysztof Marcin Michal Michał Jakub Kacper
  Andrzej Marek Darius Tomas Mantas Dmitri Dmitrij Sergei Sergej Andrei Vladimir Mikhail Yonas
  Dawit Tesfaye Haile Abel Yohannes Filmon Habtom Mulugeta Goitom Mehari Kidane Mahad Liban Guled
  Mukhtar Bashir Nur Yahya Musa Isa Issa Jibril Hamse Khadar Sharmarke Samatar Arman Aryan Zain
  Zaid Zayd Ayaan Rayan Ilyas Elyas Younes Anas Sami Nabil Walid Hicham Rachid Mourad Yassine
  Karwan Dilan Rebin Hemin Shwan Kawa Soran Sherko Aram Azad Baran Fahad Hamed Hadi Jawad Junaid
  Kashif Mohsin Nawaz Qasim Rizwan Sohail Talha Umer Zubair Abdinasir Abdifatah Abdulahi Hussen
`);

const IMMIGRANT_FEMALE = words(`
  Fatima Fatema Fatuma Aisha Aicha Ayesha Amina Aminah Ayan Hodan Hibo Ifrah Sahra Zahra Hawa
  Halima Khadija Maryam Mariam Asma Sana Samira Yasmin Yasmine Jasmin Nadia Leila Layla Huda Hana
  Hanan Iman Amal Noor Nour Rania Rana Dina Lina Salma Safiya Sumaya Sumaia Sadia Saima Shazia
  Nazia Rabia Rukhsana Farah Fariha Hira Hina Mehwish Aliya Zainab Zaynab Zeynep Elif Ayse Ayşe
  Emine Fatma Merve Esra Hatice Linh Hoa Huong Thao Trang Ngoc Thuy Priya Anjali Sunita Harjit
  Simran Agnieszka Katarzyna Joanna Małgorzata Malgorzata Ewa Aleksandra Natalia Olga Irina
  Svetlana Tatiana Jurgita Senait Selam Saba Meron Rahel Luwam Yordanos Tigist Almaz Nasra Sagal
  Ubah Deqa Filsan Istahil Najma Nimo Ikram Rahma Shukri Anisa Amira Aya Yara Malak Maha Jana
  Nawal Soraya Shirin Parisa Nasrin Roya Leyla Sevda Roza Nazanin Asha Faduma Ladan Muna Nafisa
  Nasteho Qamar Sabrina Samia Sumayo Zamzam Bushra Iqra Mahnoor Nabila Rubina Samina Tahira
`);

/**
 * First names that are also ordinary words (or abbreviations, or common capitalised words at a
 * sentence start). At a sentence start they need a person verb or a second name to be flagged.
 */
const AMBIGUOUS_FIRST_NAMES = lowerSet(
  words(`
    Per Liv Tor Siv Eli Kari Dag Sol Stein Tone Gro Line Hans Bjørn Storm Odd Even Are Iman Amal
    Noor Nour Said May Kai Finn Tom Stig Sten Jo Inge Max Rune Mina Dina Live Signe Vera Inga Linn
    Lene Else Saga Tale Tilde Unn Sami Isa Nur Rana Lin Roy Frank Jim Leo Ask Alf Ulf Ulv Mille
    Sunn Una Ine Aya Hana Hoa Nam Long Duc Hung Huy Deniz Vilde Vilja Stål Harry
    Dags
  `),
);

/** Month names that are also first names: a name only right before a known surname. */
const MONTH_FIRST_NAMES = lowerSet(['August', 'Juni', 'Mai']);

// ---------------------------------------------------------------------------------------------
// Surnames. Most common in Norway (SSB) and common immigrant surnames in Oslo.
// ---------------------------------------------------------------------------------------------

const NORWEGIAN_SURNAMES = words(`
  Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen
  Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen
  Henriksen Lund Sørensen Jakobsen Moen Gundersen Iversen Strand Solberg Svendsen Eide Knutsen
  Martinsen Paulsen Bakken Kristoffersen Mathisen Lie Amundsen Rasmussen Lunde Solheim Berntsen
  Moe Kristensen Bakke Nygård Fredriksen Lien Holm Christensen Aas Sandvik Ødegård Myhre Arnesen
  Danielsen Antonsen Hauge Sæther Ellingsen Thorsen Edvardsen Isaksen Tangen Evensen Birkeland
  Ruud Nielsen Haugland Mikkelsen Wold Nygaard Hovland Brekke Thomassen Gulbrandsen Lorentzen Vik
  Eng Aasen Aune Berge Bergh Bjørnstad Bråten Dale Dalen Engen Fjeld Foss Gjerde Grønli Hammer
  Hanssen Helland Hetland Holen Holmen Hove Husby Jenssen Kleven Knudsen Kvam Kvamme Langeland
  Lind Lindberg Løken Mathiesen Myklebust Nes Ness Næss Nordby Nyberg Nyhus Olafsen Ottesen
  Pettersson Rønning Sandberg Sand Sandnes Simonsen Skaug Skogen Solli Stene Sunde Syversen Sæle
  Thoresen Torgersen Tveit Ulriksen Wiik Abrahamsen Adolfsen Albrigtsen Andresen Bang Bjørnsen
  Brandt Bull Carlsen Dahle Ek Eliassen Engebretsen Fosse Gabrielsen Gjertsen Grande Gustavsen
  Haaland Hald Hamre Haug Helgesen Hermansen Holt Husebø Jahr Johannesen Kolstad Kvale Larssen
  Lyng Madsen Markussen Mortensen Mo Myrvold Nilssen Nordli Olaussen Opsahl Reinertsen Riise Rød
  Rustad Schou Skare Stensrud Strøm Sundby Sundt Svensson Sætre Tobiassen Torp Tveiten Vang
  Wang Wilhelmsen Ødegaard Østby Øien Aamodt Bakkevold Berntzen Bjerkeli Dyrnes Eikeland Flaten
  Fossum Gravdal Grønvold Haugan Hegge Hoel Holter Kjos Krogh Kvernmo Lysne Moholt Nesse Nordahl
  Nordmann Ottesen Rognes Sagen Sandvold Skjervheim Skoglund Steen Stokke Strand Teigen Thorstensen
  Tollefsen Trondsen Vestby Vold Westby Økland Aarseth Olsson Jonassen Jonsen Ingebrigtsen
  Kittelsen Mathisen Sivertsen Steinsland Wahl Benjaminsen Hoff Lindahl Ramberg Aasland
`);

const IMMIGRANT_SURNAMES = words(`
  Nguyen Ali Ahmed Khan Hussain Hussein Hassan Mohamed Mohammed Mohammad Mohamud Abdi Omar Osman
  Yusuf Farah Jama Warsame Ibrahim Ismail Iqbal Butt Malik Shah Akhtar Rana Chaudhry Mahmood
  Rashid Aslam Bibi Begum Kaur Singh Tran Pham Le Vu Hoang Huynh Phan Vo Dang Bui Do Ho Ngo Duong
  Ly Kowalski Nowak Wiśniewski Wisniewski Wojcik Wójcik Kowalczyk Kaminski Kamiński Lewandowski
  Zielinski Szymanski Wozniak Woźniak Kaya Yilmaz Yılmaz Demir Sahin Şahin Celik Çelik Yildiz
  Ozturk Öztürk Aydin Aydın Petrovic Jovanovic Nikolic Hodzic Begic Tesfay Tekle Haile
  Gebremedhin Berhe Mengistu Kahsay Tesfamariam Abdullahi Abdirahman Mohamoud Guled Elmi Aden
  Dahir Hersi Egal Nur Noor Javed Anwar Hameed Raza Siddiqui Qureshi Sheikh Mirza Bhatti
  Chaudhary Gill Sandhu Dhillon Sidhu Ahmadi Hosseini Rezaei Karimi Mohammadi Jafari Rahimi
  Amiri Haidari Nazari Sultani Barzani Mustafa Kareem Saleh Mansour Haddad Khalil Nasser Aziz
  Rahman Islam Hossain Uddin Chowdhury Rahimi Popescu Ivanov Petrov Kazlauskas Jankauskas
`);

/** Surnames that are ordinary words or place names: only flagged next to another name or a title. */
const AMBIGUOUS_SURNAMES = lowerSet(
  words(`
    Lie Berg Dahl Strand Moe Lund Bakke Vik Eng Haugen Hagen Bakken Moen Holm Aas Lien Eide Lunde
    Dale Dalen Foss Nes Ness Sand Strøm Hammer Bang Bull Holt Ek Mo Rød Lind Lyng Berge Brekke
    Hauge Haug Tangen Tveit Torp Vang Wang Grande Skogen Engen Holmen Løken Kleven Solli Stene
    Sunde Nordby Rustad Ruud Wold Myhre Hove Husby Helland Aune Kvam Fjeld Solberg Solheim Sandvik
    Nygård Nygaard Ødegård Ødegaard Hovland Birkeland Haugland Bråten Gjerde Le Do Ho Vo Ly Vu
    Butt Rana Bibi Begum Sagen Steen Vold Wahl Hoff Islam Gill Noor Nur Aden Egal Flaten Fossum
    Hoel Krogh Lysne Teigen Stokke Kjos Sæle Jahr Hald Hamre Dahle Kvale Skare Schou Sundt
    Mustafa Aziz Singh Kaur
  `),
);

/** Immigrant surnames that are distinctive enough to flag on their own, capitalised. */
const DISTINCTIVE_IMMIGRANT_SURNAMES = lowerSet(IMMIGRANT_SURNAMES.filter((s) => !AMBIGUOUS_SURNAMES.has(s.toLowerCase())));

/** Patronymic surnames (Hansen, Olsson, …) are distinctive: few ordinary words look like them. */
const PATRONYMIC_RE = /(?:sen|ssen|son|sson|zen)$/;

export const FIRST_NAMES: ReadonlySet<string> = lowerSet(NORWEGIAN_MALE, NORWEGIAN_FEMALE, IMMIGRANT_MALE, IMMIGRANT_FEMALE);
export const SURNAMES: ReadonlySet<string> = lowerSet(NORWEGIAN_SURNAMES, IMMIGRANT_SURNAMES);

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
const PLACE_PHRASES: readonly string[][] = [
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

const STOPWORDS: ReadonlySet<string> = lowerSet(
  districtWords(),
  OSLO_PLACES,
  SERVICES,
  MONTHS_AND_DAYS,
  ROUTINE_WORDS,
);

/** Lower-case words after a name that make the phrase a street or an institution, not a person. */
const PLACE_WORDS_AFTER = lowerSet(
  words(`
    gate gata gaten gt vei veien vn veg vegen allé alle alléen plass plassen pl torg torget park
    parken terrasse bakke bakken sti stien brygge bryggen kirke kirken skole skolen sykehus
    hospital senter senteret stiftelse stiftelsen hus huset barnehage barnehagen gård gården minne
    vgs bru brua ungdomsskole barneskole videregående stadion hall hallen
  `),
);

/**
 * Titles, roles and kinship words that make the following capitalised word a name
 * ("fru Berg", "advokat Elden", "verge Lie", "sønnen Lumi"). A stopword after them still
 * is no name ("veileder NAV", "saksbehandler Alna").
 */
const TITLES = lowerSet(
  words(`
    fru herr hr frk dr doktor lege fastlege advokat verge saksbehandler koordinator veileder
    konsulent sykepleier psykolog bydelsdirektør miljøarbeider miljøterapeut mor far bror søster
    sønn sønnen datter datteren kona kone mannen ektefelle samboer samboeren broren søsteren
    onkel tante bestemor bestefar
  `),
);

/** Lower-case name particles allowed between name words ("Ali bin Hassan", "van der Berg"). */
const PARTICLES = lowerSet(['bin', 'ibn', 'binti', 'abu', 'al', 'el', 'van', 'von', 'der', 'de', 'da', 'dos', 'du', 'la']);

/** Abbreviations ending in a dot that do not end a sentence. */
const ABBREVIATIONS = lowerSet(
  words(`
    kl ca nr tlf mob f eks bl a jf jfr evt ev mv osv dvs pga iht mht ift st dr hr frk ref adr avd
    vedr inkl ekskl hhv mnd kr tel stk nb pr ang prof sen sk obs ifm etc mm ol tom fom pt dd
  `),
);

/**
 * Finite verbs that typically follow a person as subject. After an ambiguous first name at a
 * sentence start they tip the balance to "name": "Per har", "Liv ønsker", "Tor bor".
 */
const PERSON_VERBS = lowerSet(
  words(`
    har hadde er var blir ble bor bodde ønsker ønsket vil ville skal skulle kan kunne må måtte
    trenger trengte får fikk flytter flyttet sier sa mener mente ringte ringer kom kommer møtte
    møter takket takker søker søkte går gikk jobber jobbet mottar mottok venter ventet liker likte
    gleder fortalte forteller sendte sender svarte svarer bekrefter bekreftet godtar godtok avslo
    avslår signerte signerer sitter satt står sto meldte melder trives trivdes husker glemte
    glemmer betaler betalte eier eide leier leide deltok deltar opplyser opplyste ga gir tok tar
    fortsetter begynte begynner skriver skrev spurte spør ønsker uttrykte uttrykker
  `),
);

// ---------------------------------------------------------------------------------------------
// Lookups
// ---------------------------------------------------------------------------------------------

/** The word without a genitive ending ("Karis", "Hansens", "Kari's"), or undefined. */
function genitiveStem(lower: string): string | undefined {
  if (lower.endsWith("'s") || lower.endsWith('’s')) return lower.slice(0, -2);
  if (lower.endsWith("'") || lower.endsWith('’')) return lower.slice(0, -1);
  if (lower.endsWith('s') && lower.length > 3) return lower.slice(0, -1);
  return undefined;
}

function inSetOrGenitive(set: ReadonlySet<string>, lower: string): boolean {
  if (set.has(lower)) return true;
  const stem = genitiveStem(lower);
  return stem !== undefined && set.has(stem);
}

/** Hyphenated names count when every part is capitalised and the first (first names) or any part (surnames) is known. */
function hyphenParts(word: string): string[] | undefined {
  if (!word.includes('-')) return undefined;
  const parts = word.split('-');
  return parts.every((p) => isCapitalised(p)) ? parts.map((p) => p.toLowerCase()) : undefined;
}

export function isStopword(word: string): boolean {
  const lower = word.toLowerCase();
  if (inSetOrGenitive(STOPWORDS, lower)) return true;
  return lower.includes('-') && lower.split('-').some((p) => STOPWORDS.has(p));
}

export function isFirstName(word: string): boolean {
  const lower = word.toLowerCase();
  if (inSetOrGenitive(FIRST_NAMES, lower)) return true;
  const parts = hyphenParts(word);
  return parts !== undefined && parts[0] !== undefined && FIRST_NAMES.has(parts[0]);
}

export function isSurname(word: string): boolean {
  const lower = word.toLowerCase();
  if (inSetOrGenitive(SURNAMES, lower)) return true;
  const parts = hyphenParts(word);
  return parts !== undefined && parts.some((p) => SURNAMES.has(p));
}

/** A surname that is flagged on its own: patronymic or distinctive immigrant surname. */
export function isDistinctiveSurname(word: string): boolean {
  const lower = word.toLowerCase();
  const candidates = [lower, genitiveStem(lower)].filter((w): w is string => w !== undefined);
  return candidates.some(
    (w) =>
      (SURNAMES.has(w) && !AMBIGUOUS_SURNAMES.has(w) && PATRONYMIC_RE.test(w)) || DISTINCTIVE_IMMIGRANT_SURNAMES.has(w),
  );
}

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && word.slice(1) !== word.slice(1).toUpperCase();
}

// ---------------------------------------------------------------------------------------------
// Tokenisation
// ---------------------------------------------------------------------------------------------

type Shape = 'cap' | 'upper' | 'lower';

interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  shape: Shape;
  /** Separated from the previous token by exactly one space (or ". " after an initial). */
  joined: boolean;
  sentenceStart: boolean;
  stop: boolean;
  first: boolean;
  sur: boolean;
  initial: boolean;
}

const WORD_RE = /\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*/gu;
/** Characters ignored when looking back for the end of the previous sentence. */
const GAP_NOISE_RE = /[\s"'«»“”‘’()[\]•*·\-–—]/u;

/** Lower-case name prefixes glued to a capitalised name: "al-Hassan", "el-Amin", "d'Souza". */
const GLUED_PARTICLE_RE = /^(?:al|el|ul|ad|as|abu|bin|ibn|de|di|da|du|van|von|d)[-'’]\p{Lu}/u;

function shapeOf(word: string): Shape {
  if (GLUED_PARTICLE_RE.test(word)) return 'cap';
  const first = word.charAt(0);
  if (first === first.toLowerCase()) return 'lower';
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length > 1 && letters === letters.toUpperCase() ? 'upper' : 'cap';
}

/** Whether the gap between two tokens (and the previous token) ends a sentence. */
function startsSentence(gap: string, prev: Token | undefined): boolean {
  if (gap.includes('\n')) return true;
  let i = gap.length - 1;
  while (i >= 0 && GAP_NOISE_RE.test(gap.charAt(i))) i--;
  if (i < 0) return prev === undefined;
  const ch = gap.charAt(i);
  if (ch === ':' || ch === '!' || ch === '?') return true;
  if (ch !== '.') return false;
  // "kl.", "St.", "f.eks." and initials ("K.") do not end a sentence; a digit before the dot
  // ("12. Kari", "1. Kari") is treated as a list item or ordinal that starts one.
  if (i === 0 && prev !== undefined) return !(ABBREVIATIONS.has(prev.lower) || prev.text.length === 1);
  return true;
}

function isJoined(gap: string, prev: Token | undefined): boolean {
  if (gap === ' ' || gap === '\u00a0') return true;
  return prev !== undefined && prev.initial && (gap === '. ' || gap === '.');
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD_RE)) {
    const start = m.index;
    const word = m[0];
    const prev = tokens[tokens.length - 1];
    const gap = text.slice(prevEnd, start);
    const shape = shapeOf(word);
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      lower: word.toLowerCase(),
      shape,
      joined: prev !== undefined && isJoined(gap, prev),
      sentenceStart: startsSentence(gap, prev),
      stop: shape !== 'lower' && isStopword(word),
      first: shape !== 'lower' && isFirstName(word),
      sur: shape !== 'lower' && isSurname(word),
      initial: word.length === 1 && shape === 'cap',
    });
    prevEnd = start + word.length;
  }
  maskPlacePhrases(tokens);
  return tokens;
}

/** Marks tokens of place phrases that look like names ("Carl Berner", "Karl Johan") as stopwords. */
function maskPlacePhrases(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of PLACE_PHRASES) {
      if (phrase[0] !== tokens[i]?.lower) continue;
      const matches = phrase.every((w, k) => {
        const t = tokens[i + k];
        return t !== undefined && t.lower === w && (k === 0 || t.joined || isAbbrevJoin(tokens, i + k));
      });
      if (!matches) continue;
      for (let k = 0; k < phrase.length; k++) {
        const t = tokens[i + k];
        if (t) t.stop = true;
      }
    }
  }
}

/** "St. Olav": the dot after an abbreviation still joins the phrase. */
function isAbbrevJoin(tokens: Token[], index: number): boolean {
  const prev = tokens[index - 1];
  const t = tokens[index];
  return prev !== undefined && t !== undefined && ABBREVIATIONS.has(prev.lower) && t.start - prev.end <= 2;
}

// ---------------------------------------------------------------------------------------------
// Name rules
// ---------------------------------------------------------------------------------------------

/** A capitalised word that may continue a name: known name, initial, or unknown capitalised word. */
function continuesName(t: Token): boolean {
  return t.shape === 'cap' && !t.stop;
}

function isKnownName(t: Token): boolean {
  return (t.first || t.sur) && !t.stop;
}

/**
 * Extends a name run to the right from `i`. `allowUnknown` lets unknown capitalised words join
 * ("Kari Nordmann" where Nordmann is in no list); surname-anchored runs do not, so "Strand Hotel"
 * is not a person.
 */
function extendRun(tokens: Token[], i: number, allowUnknown: boolean): number {
  let j = i;
  while (j - i < 5) {
    const next = tokens[j + 1];
    if (!next || !next.joined) break;
    if (continuesName(next) && (allowUnknown || isKnownName(next) || next.initial)) {
      j++;
      continue;
    }
    const after = tokens[j + 2];
    if (PARTICLES.has(next.text) && after && after.joined && continuesName(after)) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

/** "Karl Johans gate", "Olaf Ryes plass", "St. Olav": places named after people. */
function isPlaceNamedAfterPerson(tokens: Token[], i: number, j: number): boolean {
  const next = tokens[j + 1];
  if (next && next.shape === 'lower' && PLACE_WORDS_AFTER.has(next.lower) && next.start - (tokens[j]?.end ?? 0) === 1) return true;
  const prev = tokens[i - 1];
  return prev !== undefined && (prev.lower === 'st' || prev.lower === 'sankt') && (tokens[i]?.start ?? 0) - prev.end <= 2;
}

/** The word right after token j (any case), when only whitespace separates them. */
function nextWord(tokens: Token[], j: number, text: string): Token | undefined {
  const t = tokens[j];
  const next = tokens[j + 1];
  if (!t || !next) return undefined;
  return /^\s+$/.test(text.slice(t.end, next.start)) ? next : undefined;
}

/** Rule for a known first name standing alone. See the module comment. */
function loneFirstNameIsName(tokens: Token[], i: number, text: string): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (!t.sentenceStart) return true;
  // The genitive of an ambiguous name ("Karis søknad", "Pers bolig") is not an ordinary word.
  if (!AMBIGUOUS_FIRST_NAMES.has(t.lower)) return true;
  const next = nextWord(tokens, i, text);
  if (!next) return false;
  if (PERSON_VERBS.has(next.lower)) return true;
  const after = nextWord(tokens, i + 1, text);
  return next.lower === 'og' && after !== undefined && after.shape === 'cap' && after.first && !after.stop;
}

interface RunResult {
  end: number; // index of the last token consumed
  span?: NameSpan;
}

function span(tokens: Token[], i: number, j: number): NameSpan {
  return { start: tokens[i]?.start ?? 0, end: tokens[j]?.end ?? 0 };
}

/** Title + capitalised word(s): "fru Hansen", "herr Lie", "dr. Olsen". */
function matchTitle(tokens: Token[], i: number, text: string): RunResult | undefined {
  const title = tokens[i];
  const next = tokens[i + 1];
  if (!title || !next || !TITLES.has(title.lower) || next.shape !== 'cap' || next.stop) return undefined;
  const gap = text.slice(title.end, next.start);
  if (gap !== ' ' && gap !== '. ' && gap !== '\u00a0') return undefined;
  // "dr. Olsen" and "frk. Vik" go on past the dot; "… med søsteren. Liker å gå tur." starts a new sentence.
  if (gap === '. ' && next.sentenceStart) return undefined;
  const j = extendRun(tokens, i + 1, true);
  if (isPlaceNamedAfterPerson(tokens, i + 1, j)) return { end: j };
  return { end: j, span: span(tokens, i + 1, j) };
}

function matchFirstName(tokens: Token[], i: number, text: string): RunResult | undefined {
  const t = tokens[i];
  if (!t || t.shape !== 'cap') return undefined;
  const monthName = MONTH_FIRST_NAMES.has(t.lower);
  if (monthName) {
    const next = tokens[i + 1];
    if (!next || !next.joined || !next.sur || next.stop) return undefined;
  } else if (!t.first || t.stop) {
    return undefined;
  }
  const j = extendRun(tokens, i, true);
  if (isPlaceNamedAfterPerson(tokens, i, j)) return { end: j };
  if (j > i || loneFirstNameIsName(tokens, i, text)) return { end: j, span: span(tokens, i, j) };
  return { end: i };
}

function matchSurname(tokens: Token[], i: number): RunResult | undefined {
  const t = tokens[i];
  if (!t || t.shape !== 'cap' || !t.sur || t.stop) return undefined;
  const j = extendRun(tokens, i, false);
  if (isPlaceNamedAfterPerson(tokens, i, j)) return { end: j };
  let known = 0;
  let distinctive = false;
  for (let k = i; k <= j; k++) {
    const tk = tokens[k];
    if (!tk) continue;
    if (isKnownName(tk)) known++;
    if (tk.first || isDistinctiveSurname(tk.text)) distinctive = true;
  }
  if (distinctive || known >= 2) return { end: j, span: span(tokens, i, j) };
  return { end: j };
}

/**
 * Unknown capitalised word mid-sentence directly before a distinctive surname: "med Lumi
 * Warsame". Ambiguous surnames do not count here, so "på Hotell Strand" stays clean.
 */
function matchUnknownBeforeSurname(tokens: Token[], i: number): RunResult | undefined {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || t.shape !== 'cap' || t.stop || t.sentenceStart || t.initial) return undefined;
  if (!next.joined || next.shape !== 'cap' || next.stop || !isDistinctiveSurname(next.text)) return undefined;
  const j = extendRun(tokens, i + 1, false);
  if (isPlaceNamedAfterPerson(tokens, i, j)) return { end: j };
  return { end: j, span: span(tokens, i, j) };
}

/** ALL-CAPS names count only as two known names in a row: "KARI HANSEN". */
function matchShouted(tokens: Token[], i: number): RunResult | undefined {
  const t = tokens[i];
  if (!t || t.shape !== 'upper' || !t.first || t.stop) return undefined;
  let j = i;
  while (true) {
    const next = tokens[j + 1];
    if (!next || !next.joined || next.shape !== 'upper' || next.stop || !(next.first || next.sur)) break;
    j++;
  }
  return j > i ? { end: j, span: span(tokens, i, j) } : undefined;
}

const MATCHERS = [matchTitle, matchShouted, matchFirstName, matchSurname, matchUnknownBeforeSurname] as const;

/** Finds person names in `text`. Spans are sorted and non-overlapping. */
export function findNames(text: string): NameSpan[] {
  const tokens = tokenize(text);
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    let result: RunResult | undefined;
    for (const matcher of MATCHERS) {
      result = matcher(tokens, i, text);
      if (result) break;
    }
    if (result?.span) spans.push(result.span);
    i = result ? Math.max(result.end, i) + 1 : i + 1;
  }
  return spans;
}
