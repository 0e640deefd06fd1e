import { lowerSet, words } from './lists';

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
export const AMBIGUOUS_SURNAMES = lowerSet(
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
export const DISTINCTIVE_IMMIGRANT_SURNAMES = lowerSet(IMMIGRANT_SURNAMES.filter((s) => !AMBIGUOUS_SURNAMES.has(s.toLowerCase())));

export const SURNAMES: ReadonlySet<string> = lowerSet(NORWEGIAN_SURNAMES, IMMIGRANT_SURNAMES);
