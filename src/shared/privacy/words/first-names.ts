import { lowerSet, words } from './lists';

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
export const AMBIGUOUS_FIRST_NAMES = lowerSet(
  words(`
    Per Liv Tor Siv Eli Kari Dag Sol Stein Tone Gro Line Hans Bjørn Storm Odd Even Are Iman Amal
    Noor Nour Said May Kai Finn Tom Stig Sten Jo Inge Max Rune Mina Dina Live Signe Vera Inga Linn
    Lene Else Saga Tale Tilde Unn Sami Isa Nur Rana Lin Roy Frank Jim Leo Ask Alf Ulf Ulv Mille
    Sunn Una Ine Aya Hana Hoa Nam Long Duc Hung Huy Deniz Vilde Vilja Stål Harry
    Dags
  `),
);

/** Month names that are also first names: a name only right before a known surname. */
export const MONTH_FIRST_NAMES = lowerSet(['August', 'Juni', 'Mai']);


export const FIRST_NAMES: ReadonlySet<string> = lowerSet(NORWEGIAN_MALE, NORWEGIAN_FEMALE, IMMIGRANT_MALE, IMMIGRANT_FEMALE);
