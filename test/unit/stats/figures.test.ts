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

  it('counts outcomes, hiding trukket (1) and avbrutt (0), and avslått (3) with them since 1 + 0 = 10 − 6 − 3', () => {
    expect(pilot.started).toBe(14);
    expect(pilot.outcomes).toEqual([
      { outcome: 'gjennomfort', count: 6 },
      { outcome: 'avslatt', count: null },
      { outcome: 'trukket', count: null },
      { outcome: 'avbrutt', count: null },
    ]);
    expect(pilot.closed).toBe(10);
  });

  it('gives median and spread where there are three cases or more, and nothing otherwise', () => {
    expect(pilot.durations).toEqual([
      { measure: 'svar', n: 5, median: 7, p25: 5, p75: 10, min: 3, max: 30 },
      { measure: 'tildeling', n: null, median: null, p25: null, p75: null, min: null, max: null },
      { measure: 'innflytting', n: 4, median: 4, p25: 3.5, p75: 5.5, min: 2, max: 10 },
      { measure: 'oppfolging', n: null, median: null, p25: null, p75: null, min: null, max: null },
    ]);
  });

  it('shows refusal reasons of three or more and hides the rest; declined viewings likewise', () => {
    expect(pilot.refusals.total).toBe(3);
    expect(pilot.refusals.reasons.find((r) => r.reason === 'ingen_egnet_bolig')?.count).toBe(3);
    expect(pilot.refusals.reasons.filter((r) => r.reason !== 'ingen_egnet_bolig').every((r) => r.count === null)).toBe(true);
    // Størrelse (3) would give away bomiljø (1) as 4 − 3, so it is hidden too.
    expect(pilot.declinedViewings.viewings).toBe(4);
    expect(pilot.declinedViewings.exchanges).toBeNull();
    expect(pilot.declinedViewings.reasons.every((r) => r.count === null)).toBe(true);
  });

  it('counts declined viewings per reason, those registered before the codes as «ikke registrert»', () => {
    const declined = pilotFigures({ ...raw, declinedViewings: 7, exchangesWithDeclinedViewings: 5, declinedByReason: { storrelse: 3, bomiljo: 3 } }).declinedViewings;
    // The one uncoded viewing alone would be 7 − 3 − 3: the first of the smallest shown goes with it.
    expect(declined.reasons).toEqual([
      { reason: 'beliggenhet', count: null },
      { reason: 'storrelse', count: null },
      { reason: 'standard', count: null },
      { reason: 'tilgjengelighet', count: null },
      { reason: 'bomiljo', count: 3 },
      { reason: 'husleie', count: null },
      { reason: 'annet', count: null },
      { reason: 'ikke_registrert', count: null },
    ]);
    expect(declined.viewings).toBe(7);
    expect(declined.exchanges).toBe(5);
  });

  it('turns into tables where hidden figures read «færre enn 3»', () => {
    const [bytter, tid, nei, visninger] = pilotTables(pilot);
    expect(bytter!.rows).toEqual([
      ['Registrert i perioden', '14'],
      ['Avsluttet som gjennomført', '6'],
      ['Avsluttet som avslått', 'færre enn 3'],
      ['Avsluttet som trukket', 'færre enn 3'],
      ['Avsluttet som avbrutt', 'færre enn 3'],
      ['Avsluttet i alt', '10'],
    ]);
    expect(tid!.rows[2]).toEqual(['Fra tildelt bolig til innflytting', '4', '4', '3,5', '5,5', '2', '10']);
    expect(nei!.rows.at(-1)).toEqual(['Nei i alt', '3']);
    expect(visninger!.rows.slice(-3)).toEqual([
      ['Ikke registrert', 'færre enn 3'],
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

  it('gives every year and the total, each column suppressed on its own', () => {
    expect(balance.years).toEqual([2025, 2026]);
    expect(balance.pairs).toEqual([
      {
        partner: 'grunerlokka',
        years: [
          // sentByPartner: 1 hidden, so 4 too (the total 5 would give it away); a hidden 0 needs no company.
          { year: 2025, sentByUs: 5, sentByPartner: null, dwellingsByUs: 3, dwellingsByPartner: 4 },
          { year: 2026, sentByUs: 6, sentByPartner: null, dwellingsByUs: 3, dwellingsByPartner: null },
        ],
        total: { sentByUs: 11, sentByPartner: 5, dwellingsByUs: 6, dwellingsByPartner: 4 },
      },
    ]);
  });

  it('lists a partner with nothing in the period with every figure hidden', () => {
    const empty = balanceFigures('stovner', ['alna'], [2026], []);
    expect(empty.pairs[0]!.total).toEqual({ sentByUs: null, sentByPartner: null, dwellingsByUs: null, dwellingsByPartner: null });
  });

  it('names the districts in the table headers', () => {
    const [table] = balanceTables(balance);
    expect(table!.title).toBe('Balanse Stovner – Grünerløkka');
    expect(table!.columns.map((c) => c.header)).toEqual(['År', 'Sendt fra Stovner', 'Sendt fra Grünerløkka', 'Boliger gitt av Stovner', 'Boliger gitt av Grünerløkka']);
    expect(table!.rows.at(-1)).toEqual(['Totalt', '11', '5', '6', '4']);
  });
});

describe('statsCsv', () => {
  it('is semicolon-separated UTF-8 with a byte order mark, CRLF lines, and quotes what needs it', () => {
    const csv = statsCsv('Tittel', [['Periode', '01.01.2026–31.12.2026']], [
      { id: 't', title: 'Tabell; med semikolon', columns: [{ header: 'A', numeric: false }, { header: 'B "b"', numeric: true }], rows: [['æøå', '1,5']] },
    ], ['Merk']);
    expect(csv.startsWith('\uFEFFTittel\r\n')).toBe(true);
    expect(csv).toBe(
      '\uFEFFTittel\r\nPeriode;01.01.2026–31.12.2026\r\n\r\n"Tabell; med semikolon"\r\nA;"B ""b"""\r\næøå;1,5\r\n\r\nMerknader\r\nMerk\r\n',
    );
  });
});
