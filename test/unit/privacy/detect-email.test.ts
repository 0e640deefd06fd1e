import { describe, expect, it } from 'vitest';
import { type Expected, found } from './identifier-corpus';

const EMAILS: ReadonlyArray<[string, Expected]> = [
  ['Kontakt kari.hansen@example.com for avtale.', [['epost', 'kari.hansen@example.com']]],
  ['E-post: ola_nordmann+bolig@gmail.com', [['epost', 'ola_nordmann+bolig@gmail.com']]],
  ['Send til bjørn.østby@eksempel.no.', [['epost', 'bjørn.østby@eksempel.no']]],
  ['KLIENT@EXAMPLE.NO', [['epost', 'KLIENT@EXAMPLE.NO']]],
  ['<a.b-c@sub.domene.no>', [['epost', 'a.b-c@sub.domene.no']]],
];

describe('e-mail detector', () => {
  it.each(EMAILS.map(([text, expected]) => [text, expected] as const))('finds the e-mail address in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
