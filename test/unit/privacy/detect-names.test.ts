import { describe, expect, it } from 'vitest';
import { type Expected, found } from './identifier-corpus';

const NAMES: ReadonlyArray<[string, Expected]> = [
  ['Kari Hansen ringte i går.', [['navn', 'Kari Hansen']]],
  ['Vi har snakket med Ali om boligen.', [['navn', 'Ali']]],
  ['Mohammed ønsker bolig nær skolen.', [['navn', 'Mohammed']]],
  ['Avtalt med fru Berg.', [['navn', 'Berg']]],
  ['Herr Lie møter kl. 10.00.', [['navn', 'Lie']]],
  ['Per Olav Hansen har søkt.', [['navn', 'Per Olav Hansen']]],
  ['Samtale med Kari K. Hansen.', [['navn', 'Kari K. Hansen']]],
  ['Anne-Lise Berg er kontaktperson.', [['navn', 'Anne-Lise Berg']]],
  ['Søkeren Ali bin Hassan har barn.', [['navn', 'Ali bin Hassan']]],
  ['Per har flyttet til Alna.', [['navn', 'Per']]],
  ['Per og Kari har søkt sammen.', [['navn', 'Per'], ['navn', 'Kari']]],
  ['Fatima og Ahmed ønsker større bolig.', [['navn', 'Fatima'], ['navn', 'Ahmed']]],
  ['Saken gjelder familien Nguyen.', [['navn', 'Nguyen']]],
  ['Vi venter på svar fra Hansen.', [['navn', 'Hansen']]],
  ['Karis søknad er mottatt.', [['navn', 'Karis']]],
  ['Tor bor i Alna.', [['navn', 'Tor']]],
  ['Liv ønsker å flytte.', [['navn', 'Liv']]],
  ['Ayan Mohamed er innkalt.', [['navn', 'Ayan Mohamed']]],
  ['Kari Nordmann er et eksempel.', [['navn', 'Kari Nordmann']]],
  ['Kontakt med Lumi Warsame.', [['navn', 'Lumi Warsame']]],
  ['NAVN: KARI HANSEN', [['navn', 'KARI HANSEN']]],
  ['Henvist av Dr. Olsen.', [['navn', 'Olsen']]],
  ['August Hansen flytter inn.', [['navn', 'August Hansen']]],
  ['Hans Petter Berg er verge.', [['navn', 'Hans Petter Berg']]],
  ['Møte med Ingrid Strand i bydelen.', [['navn', 'Ingrid Strand']]],
  ['Bydelen har kontakt med Amir.', [['navn', 'Amir']]],
  ['Kontaktperson: Per Strøm', [['navn', 'Per Strøm']]],
  ['Ingrid har fått tilbud.', [['navn', 'Ingrid']]],
  ['Sendt til Berg Hansen i dag.', [['navn', 'Berg Hansen']]],
  ['Advokat Elden er engasjert.', [['navn', 'Elden']]],
  ['Mor Hodan og sønnen Lumi flytter.', [['navn', 'Hodan'], ['navn', 'Lumi']]],
  ['Ahmed al-Hassan kom til møtet.', [['navn', 'Ahmed al-Hassan']]],
];

describe('name detector', () => {
  it.each(NAMES.map(([text, expected]) => [text, expected] as const))('finds the person names in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('does not flag ambiguous first names at a sentence start without a person verb', () => {
    for (const text of ['Per måned: 9 500 kr.', 'Liv og helse.', 'Tor ikke glem nøklene.', 'Siv langs vannet.', 'Eli ved siden av.', 'Kari med nøkler.']) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('flags ambiguous first names mid-sentence when capitalised', () => {
    expect(found('Vi møtte Per i går.')).toEqual([['navn', 'Per']]);
    expect(found('Samtale med Liv og Siv.')).toEqual([['navn', 'Liv'], ['navn', 'Siv']]);
  });

  it('does not flag ambiguous surnames alone, even mid-sentence', () => {
    for (const text of ['Boligen ligger ved Strand og Lund.', 'Vi gikk forbi Berg, Dahl og Vik.', 'Turen gikk til Moe og Eng.', 'Lie og Bakke er stedsnavn.']) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('flags ambiguous surnames next to a first name or title', () => {
    expect(found('Samtale med Ola Lie.')).toEqual([['navn', 'Ola Lie']]);
    expect(found('Samtale med herr Dahl.')).toEqual([['navn', 'Dahl']]);
    expect(found('Samtale med frk. Vik.')).toEqual([['navn', 'Vik']]);
  });

  it('does not carry a title or kinship word across a sentence end', () => {
    expect(found('God kontakt med søsteren. Liker å gå tur.')).toEqual([]);
    expect(found('Bor hos mor. Trives godt der.')).toEqual([]);
    expect(found('Henvist av fastlege. Venter på svar.')).toEqual([]);
    // Across an abbreviation's dot the title still names the next word; a known name is flagged anyway.
    expect(found('Henvist av dr. Lie.')).toEqual([['navn', 'Lie']]);
    expect(found('God kontakt med søsteren. Kari ringer ofte.')).toEqual([['navn', 'Kari']]);
  });

  it('never flags district names or month and weekday names', () => {
    const text = 'Alna Bjerke Frogner Gamle Oslo Grorud Grünerløkka Nordre Aker Nordstrand Sagene St. Hanshaugen Stovner Søndre Nordstrand Ullern Vestre Aker Østensjø Januar Februar Mars April Mai Juni Juli August September Oktober November Desember Mandag Tirsdag Onsdag Torsdag Fredag Lørdag Søndag';
    expect(found(text)).toEqual([]);
  });

  it('ignores lower-case names', () => {
    expect(found('vi snakket med kari hansen om per og liv.')).toEqual([]);
  });
});
