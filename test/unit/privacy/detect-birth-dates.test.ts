import { describe, expect, it } from 'vitest';
import { type Expected, found } from './identifier-corpus';

const BIRTH_DATES: ReadonlyArray<[string, Expected]> = [
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
];

describe('birth-date detector', () => {
  it.each(BIRTH_DATES.map(([text, expected]) => [text, expected] as const))('finds the date of birth in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('does not flag a bare birth year or an impossible date', () => {
    expect(found('Kvinne født 1985, ønsker bolig.')).toEqual([]);
    expect(found('født 32.13.1985')).toEqual([]);
  });
});
