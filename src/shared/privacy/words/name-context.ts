// Words around a name that tell whether it is one: titles before it, street words after it,
// particles inside it, abbreviations whose dot ends no sentence, verbs a person does.

import { lowerSet, words } from './lists';

/** Lower-case words after a name that make the phrase a street or an institution, not a person. */
export const PLACE_WORDS_AFTER = lowerSet(
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
export const TITLES = lowerSet(
  words(`
    fru herr hr frk dr doktor lege fastlege advokat verge saksbehandler koordinator veileder
    konsulent sykepleier psykolog bydelsdirektør miljøarbeider miljøterapeut mor far bror søster
    sønn sønnen datter datteren kona kone mannen ektefelle samboer samboeren broren søsteren
    onkel tante bestemor bestefar
  `),
);

/** Lower-case name particles allowed between name words ("Ali bin Hassan", "van der Berg"). */
export const PARTICLES = lowerSet(['bin', 'ibn', 'binti', 'abu', 'al', 'el', 'van', 'von', 'der', 'de', 'da', 'dos', 'du', 'la']);

/** Abbreviations ending in a dot that do not end a sentence. */
export const ABBREVIATIONS = lowerSet(
  words(`
    kl ca nr tlf mob f eks bl a jf jfr evt ev mv osv dvs pga iht mht ift st dr hr frk ref adr avd
    vedr inkl ekskl hhv mnd kr tel stk nb pr ang prof sen sk obs ifm etc mm ol tom fom pt dd
  `),
);

/**
 * Finite verbs that typically follow a person as subject. After an ambiguous first name at a
 * sentence start they tip the balance to "name": "Per har", "Liv ønsker", "Tor bor".
 */
export const PERSON_VERBS = lowerSet(
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
