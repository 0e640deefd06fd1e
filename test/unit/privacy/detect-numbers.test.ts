import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { withControlDigits, pad } from '../../support/fodselsnummer';
import { findIdentifiers, type IdentifierKind } from '../../../src/shared/privacy/identifiers';
import {
  CLEAN,
  D_NUMBER,
  dashed,
  dotted,
  type Expected,
  FNR_A,
  FNR_B,
  FNR_C,
  found,
  H_NUMBER,
  NOT_FNR,
  spaced,
  SYNTHETIC,
  SYNTHETIC_D,
} from './identifier-corpus';

const ID_NUMBERS: ReadonlyArray<[string, Expected]> = [
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
];

const OTHER_ELEVEN_DIGITS: ReadonlyArray<[string, Expected]> = [
  // Other 11-digit numbers
  [`Kontonr. 1234.56.78903`, [['mulig_personnummer', '1234.56.78903']]],
  [`Konto 1234 56 78903 for husleie`, [['mulig_personnummer', '1234 56 78903']]],
  [`Nummer ${NOT_FNR} stemmer ikke`, [['mulig_personnummer', NOT_FNR]]],
  [`Oppgitt: ${spaced(NOT_FNR)}`, [['mulig_personnummer', spaced(NOT_FNR)]]],
  [`Nr 12345678901`, [['mulig_personnummer', '12345678901']]],
  [`Utbetales til 1503.12.34567.`, [['mulig_personnummer', '1503.12.34567']]],
];

const PHONES: ReadonlyArray<[string, Expected]> = [
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
];

describe('number detector – identifying texts', () => {
  it.each(ID_NUMBERS.map(([text, expected]) => [text, expected] as const))('finds the fødselsnummer, D- or H-nummer in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each(OTHER_ELEVEN_DIGITS.map(([text, expected]) => [text, expected] as const))('finds the 11-digit number in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each(PHONES.map(([text, expected]) => [text, expected] as const))('finds the phone numbers in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

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

describe('number detector – properties', () => {
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
});
