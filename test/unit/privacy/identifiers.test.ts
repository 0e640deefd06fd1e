import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IDENTIFIER_KINDS, IDENTIFIER_KIND_LABELS, findIdentifiers } from '../../../src/shared/privacy/identifiers';
import { CLEAN, dotted, type Expected, FNR_A, FNR_B, found, spaced } from './identifier-corpus';

/** Texts where several detectors find something: each finding kept, in order. */
const MIXED: ReadonlyArray<[string, Expected]> = [
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


describe('findIdentifiers – several detectors at once', () => {
  it.each(MIXED.map(([text, expected]) => [text, expected] as const))('finds every identifier in %j', (text, expected) => {
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

describe('findIdentifiers – properties', () => {
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
