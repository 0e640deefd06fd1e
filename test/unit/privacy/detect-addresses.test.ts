import { describe, expect, it } from 'vitest';
import { type Expected, found } from './identifier-corpus';

const ADDRESSES: ReadonlyArray<[string, Expected]> = [
  ['Bor i Trondheimsveien 100.', [['adresse', 'Trondheimsveien 100']]],
  ['Adresse: Karl Johans gate 22, 0159 Oslo', [['adresse', 'Karl Johans gate 22'], ['postadresse', '0159 Oslo']]],
  ['Tokerudberget 3 B, 0975 Oslo', [['adresse', 'Tokerudberget 3 B'], ['postadresse', '0975 Oslo']]],
  ['Flytter fra Hagegata 23b i mars.', [['adresse', 'Hagegata 23b']]],
  ['Maridalsveien 12A er ledig.', [['adresse', 'Maridalsveien 12A']]],
  ['Bygdøy allé 5', [['adresse', 'Bygdøy allé 5']]],
  ['Thorvald Meyers gate 50 og Olaf Ryes plass 3', [['adresse', 'Thorvald Meyers gate 50'], ['adresse', 'Olaf Ryes plass 3']]],
  ['Storgata 1, 0155 OSLO', [['adresse', 'Storgata 1'], ['postadresse', '0155 OSLO']]],
  ['Furulia 4', [['adresse', 'Furulia 4']]],
  ['Ekebergveien 128 C', [['adresse', 'Ekebergveien 128 C']]],
  ['Nedre Slottsgate 3', [['adresse', 'Nedre Slottsgate 3']]],
  ['Haugerudvn. 12', [['adresse', 'Haugerudvn. 12']]],
  ['Postadresse 0557 Oslo', [['postadresse', '0557 Oslo']]],
  ['1081 OSLO', [['postadresse', '1081 OSLO']]],
  ['Flytter til 2000 Lillestrøm', [['postadresse', '2000 Lillestrøm']]],
  ['Postboks i 1450 NESODDTANGEN', [['postadresse', '1450 NESODDTANGEN']]],
  ['Trondheimsveien 100, 0557 Oslo', [['adresse', 'Trondheimsveien 100'], ['postadresse', '0557 Oslo']]],
];

describe('street address and postcode detectors', () => {
  it.each(ADDRESSES.map(([text, expected]) => [text, expected] as const))('finds the street address and postcode in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
