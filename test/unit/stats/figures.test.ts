import { describe, expect, it } from 'vitest';
import { balanceFigures } from '../../../src/shared/stats/balance';
import { statsCsv } from '../../../src/shared/stats/csv';
import { pilotFigures, type PilotRaw } from '../../../src/shared/stats/pilot';
import { balanceTables, pilotTables } from '../../../src/shared/stats/tables';

/** A hand-made period: every figure below is worked out by hand from these numbers. */
const raw: PilotRaw = {
  started: 14,
  closedByOutcome: { gjennomfort: 6, avslatt: 3, trukket: 1 },
  durations: {
    svar: [10, 3, 7, 30, 5],
    tildeling: [20, 40],
    innflytting: [4, 4, 10, 2],
    oppfolging: [],
  },
  refusalsByReason: { ingen_egnet_bolig: 3 },
  declinedViewings: 4,
  exchangesWithDeclinedViewings: 2,
  declinedByReason: { storrelse: 3, bomiljo: 1 },
};

describe('pilotFigures', () => {
  const pilot = pilotFigures(raw);

  it('counts outcomes, hiding trukket (1), and avslått (3) with it since 1 = 10 − 6 − 3 − 0; avbrutt is 0 and shown', () => {
    expect(pilot.started).toBe(14);
    expect(pilot.outcomes).toEqual([
      { outcome: 'gjennomfort', count: 6 },
      { outcome: 'avslatt', count: null },
      { outcome: 'trukket', count: null },
      { outcome: 'avbrutt', count: 0 },
    ]);
    expect(pilot.closed).toBe(10);
  });

  it('gives median and spread where there are three cases or more, and nothing otherwise', () => {
    expect(pilot.durations).toEqual([
      { measure: 'svar', n: 5, median: 7, p25: 5, p75: 10, min: 3, max: 30 },
      { measure: 'tildeling', n: null, median: null, p25: null, p75: null, min: null, max: null },
      { measure: 'innflytting', n: 4, median: 4, p25: 3.5, p75: 5.5, min: 2, max: 10 },
      { measure: 'oppfolging', n: 0, median: null, p25: null, p75: null, min: null, max: null },
    ]);
  });

  it('shows refusal reasons of three or more and hides the rest; declined viewings likewise', () => {
    expect(pilot.refusals.total).toBe(3);
    expect(pilot.refusals.reasons.find((r) => r.reason === 'ingen_egnet_bolig')?.count).toBe(3);
    expect(pilot.refusals.reasons.filter((r) => r.reason !== 'ingen_egnet_bolig').every((r) => r.count === 0)).toBe(true);
    // Størrelse (3) would give away bomiljø (1) as 4 − 3, so it is hidden too; the reasons nobody gave are 0.
    expect(pilot.declinedViewings.viewings).toBe(4);
    expect(pilot.declinedViewings.exchanges).toBeNull();
    expect(pilot.declinedViewings.reasons.map((r) => r.count)).toEqual([0, null, 0, 0, null, 0, 0, 0]);
  });

  it('counts declined viewings per reason, those registered before the codes as «ikke registrert»', () => {
    const declined = pilotFigures({ ...raw, declinedViewings: 7, exchangesWithDeclinedViewings: 5, declinedByReason: { storrelse: 3, bomiljo: 3 } }).declinedViewings;
    // The one uncoded viewing alone would be 7 − 3 − 3: the first of the smallest shown above 0 goes with it.
    expect(declined.reasons).toEqual([
      { reason: 'beliggenhet', count: 0 },
      { reason: 'storrelse', count: null },
      { reason: 'standard', count: 0 },
      { reason: 'tilgjengelighet', count: 0 },
      { reason: 'bomiljo', count: 3 },
      { reason: 'husleie', count: 0 },
      { reason: 'annet', count: 0 },
      { reason: 'ikke_registrert', count: null },
    ]);
    expect(declined.viewings).toBe(7);
    expect(declined.exchanges).toBe(5);
  });

  it('turns into tables where hidden figures read «færre enn 3» and zeros 0', () => {
    const [bytter, tid, nei, visninger] = pilotTables(pilot);
    expect(bytter!.rows).toEqual([
      ['Registrert i perioden', '14'],
      ['Avsluttet som gjennomført', '6'],
      ['Avsluttet som avslått', 'færre enn 3'],
      ['Avsluttet som trukket', 'færre enn 3'],
      ['Avsluttet som avbrutt', '0'],
      ['Avsluttet i alt', '10'],
    ]);
    expect(tid!.rows[1]).toEqual(['Fra ja til tildelt bolig', 'færre enn 3', 'færre enn 3', 'færre enn 3', 'færre enn 3', 'færre enn 3', 'færre enn 3']);
    expect(tid!.rows[2]).toEqual(['Fra tildelt bolig til innflytting', '4', '4', '3,5', '5,5', '2', '10']);
    // No case at all: 0, and no median to show, not «færre enn 3».
    expect(tid!.rows[3]).toEqual(['Fra innflytting til første oppfølging', '0', '–', '–', '–', '–', '–']);
    expect(nei!.rows.at(-1)).toEqual(['Nei i alt', '3']);
    expect(visninger!.rows.slice(-3)).toEqual([
      ['Ikke registrert', '0'],
      ['Visninger der personen takket nei, i alt', '4'],
      ['Bytter med minst én slik visning', 'færre enn 3'],
    ]);
    expect(visninger!.rows[1]).toEqual(['Størrelse eller planløsning', 'færre enn 3']);
  });
});

describe('balanceFigures', () => {
  const balance = balanceFigures(
    'stovner',
    ['grunerlokka'],
    [2025, 2026],
    [
      { partner: 'grunerlokka', year: 2025, sentByUs: 5, sentByPartner: 4, dwellingsByUs: 3, dwellingsByPartner: 4 },
      { partner: 'grunerlokka', year: 2026, sentByUs: 6, sentByPartner: 1, dwellingsByUs: 3, dwellingsByPartner: 0 },
    ],
  );

  it('gives every year and the total, each column suppressed on its own, and the balance over the period', () => {
    expect(balance.years).toEqual([2025, 2026]);
    expect(balance.pairs).toEqual([
      {
        partner: 'grunerlokka',
        years: [
          // sentByPartner: 1 hidden, so 4 too (the total 5 would give it away); a 0 is shown.
          { year: 2025, sentByUs: 5, sentByPartner: null, dwellingsByUs: 3, dwellingsByPartner: 4 },
          { year: 2026, sentByUs: 6, sentByPartner: null, dwellingsByUs: 3, dwellingsByPartner: 0 },
        ],
        total: { sentByUs: 11, sentByPartner: 5, dwellingsByUs: 6, dwellingsByPartner: 4 },
        difference: { sent: { shown: 'exact', difference: 6 }, dwellings: { shown: 'exact', difference: 2 } },
      },
    ]);
  });

  it('lists a partner with nothing in the period with zeros, not «færre enn 3»', () => {
    const empty = balanceFigures('stovner', ['alna'], [2026], []);
    expect(empty.pairs[0]!.total).toEqual({ sentByUs: 0, sentByPartner: 0, dwellingsByUs: 0, dwellingsByPartner: 0 });
    expect(balanceTables(empty)[0]!.rows).toEqual([
      ['2026', '0', '0', '0', '0'],
      ['Totalt', '0', '0', '0', '0'],
    ]);
  });

  it('names the districts in the table headers', () => {
    const [table] = balanceTables(balance);
    expect(table!.title).toBe('Balanse Stovner – Grünerløkka');
    expect(table!.columns.map((c) => c.header)).toEqual(['År', 'Sendt fra Stovner', 'Sendt fra Grünerløkka', 'Boliger gitt av Stovner', 'Boliger gitt av Grünerløkka']);
    expect(table!.rows.at(-1)).toEqual(['Totalt', '11', '5', '6', '4']);
    expect(table!.notes).toEqual(['Balansen i perioden: Stovner har sendt 6 personer mer enn Grünerløkka. Stovner har gitt 2 boliger mer enn Grünerløkka.']);
  });
});

describe('the balance of a small pilot, where the counts are hidden', () => {
  const pilot = (counts: [sentByUs: number, sentByPartner: number, dwellingsByUs: number, dwellingsByPartner: number]) => {
    const [sentByUs, sentByPartner, dwellingsByUs, dwellingsByPartner] = counts;
    const b = balanceFigures('stovner', ['grunerlokka'], [2026], [{ partner: 'grunerlokka', year: 2026, sentByUs, sentByPartner, dwellingsByUs, dwellingsByPartner }]);
    return { pair: b.pairs[0]!, table: balanceTables(b)[0]! };
  };

  it('says which district has more when a shown count and a hidden one differ, never by how much', () => {
    // 4 against 1 or 2: that Stovner sent more says nothing the reader did not know, «3 more» would.
    const { pair, table } = pilot([4, 1, 0, 2]);
    expect(pair.total).toEqual({ sentByUs: 4, sentByPartner: null, dwellingsByUs: 0, dwellingsByPartner: null });
    expect(pair.difference).toEqual({ sent: { shown: 'direction', more: 'us' }, dwellings: { shown: 'direction', more: 'partner' } });
    expect(table.notes[0]).toBe(
      'Balansen i perioden: Stovner har sendt flere personer enn Grünerløkka (for få til å si hvor mange flere). Grünerløkka har gitt flere boliger enn Stovner (for få til å si hvor mange flere).',
    );
  });

  it('says only whether the two are equal when both are hidden: «2 against 1» would give both away', () => {
    const { pair, table } = pilot([2, 1, 2, 2]);
    expect(pair.total).toEqual({ sentByUs: null, sentByPartner: null, dwellingsByUs: null, dwellingsByPartner: null });
    expect(pair.difference).toEqual({ sent: { shown: 'equality', equal: false }, dwellings: { shown: 'exact', difference: 0 } });
    expect(table.notes[0]).toBe(
      'Balansen i perioden: Stovner og Grünerløkka har ikke sendt like mange personer (for få til å si hvem som har sendt flest). Stovner og Grünerløkka har gitt like mange boliger.',
    );
  });

  it('never tells a reader more about a hidden count than «1 or 2», whatever the counts', () => {
    for (const [a, b] of [0, 1, 2, 3, 4, 5].flatMap((a) => [0, 1, 2, 3, 4, 5].map((b) => [a, b] as const))) {
      const { pair } = pilot([a, b, 0, 0]);
      const d = pair.difference.sent;
      const told = (x: number, y: number) => (d.shown === 'exact' ? x - y === d.difference : d.shown === 'direction' ? (x > y) === (d.more === 'us') && x !== y : (x === y) === d.equal);
      const possible = (f: number | null) => (f === null ? [1, 2] : [f]);
      const xs = possible(pair.total.sentByUs);
      const ys = possible(pair.total.sentByPartner);
      const fits = xs.flatMap((x) => ys.filter((y) => told(x, y)).map((y) => [x, y]));
      expect(new Set(fits.map(([x]) => x)), `${a}, ${b}`).toEqual(new Set(xs));
      expect(new Set(fits.map(([, y]) => y)), `${a}, ${b}`).toEqual(new Set(ys));
    }
  });
});

describe('statsCsv', () => {
  it('is semicolon-separated UTF-8 with a byte order mark, CRLF lines, and quotes what needs it', () => {
    const csv = statsCsv('Tittel', [['Periode', '01.01.2026–31.12.2026']], [
      { id: 't', title: 'Tabell; med semikolon', columns: [{ header: 'A', numeric: false }, { header: 'B "b"', numeric: true }], rows: [['æøå', '1,5']], notes: [] },
    ], ['Merk']);
    expect(csv.startsWith('\uFEFFTittel\r\n')).toBe(true);
    expect(csv).toBe(
      '\uFEFFTittel\r\nPeriode;01.01.2026–31.12.2026\r\n\r\n"Tabell; med semikolon"\r\nA;"B ""b"""\r\næøå;1,5\r\n\r\nMerknader\r\nMerk\r\n',
    );
  });
});
