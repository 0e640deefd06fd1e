/**
 * Files outside the catalogues that the glossary test passes over, and why. Everything else
 * under src must take its Norwegian text from a catalogue.
 */
export const NOT_TEXT: Readonly<Record<string, string>> = {
  'src/shared/privacy/words/first-names.ts': 'word lists the personal-data detector matches free text against',
  'src/shared/privacy/words/surnames.ts': 'word lists the personal-data detector matches free text against',
  'src/shared/privacy/words/not-names.ts': 'word lists the personal-data detector matches free text against',
  'src/shared/privacy/words/name-context.ts': 'word lists the personal-data detector matches free text against',
  'src/shared/privacy/detectors/addresses.ts': 'street-name endings and prefixes the address detector matches',
  'src/shared/privacy/detectors/postcodes.ts': 'place names the postcode detector matches',
  'src/shared/privacy/detectors/birth-dates.ts': 'the words before a birth date the detector matches',
  'src/main/training/scenarios.ts': "the training mode's fictive exchanges, written as a coordinator would fill them in",
  'src/main/training/seed.ts': "the training mode's fictive coordinator",
  'src/main/spawn-worker.ts': 'JavaScript source for a worker',
  'src/main/documents/engine/fonts.ts': 'the glyphs a font subset must hold',
};

/**
 * Norwegian texts still written where they are used, by file: how many each file has left.
 * The test fails when a file has more (a new inline text: put it in a catalogue) and when it
 * has fewer (lower the number, or drop the file), so the list only shrinks.
 */
export const INLINE_TEXTS_LEFT: Readonly<Record<string, number>> = {
  'src/main/web/passphrase.ts': 1,
  'src/shared/districts.ts': 3,
};
