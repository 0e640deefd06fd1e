import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../../src/main/documents/read-pdf';
import { openTestApp, setUpAs, type TestApp } from '../../support/test-app';
import { seedPilotYear } from '../../support/stats-dataset';

let app: TestApp;
beforeAll(async () => {
  app = openTestApp({ now: '2026-06-30T10:00:00Z' });
  await setUpAs(app, 'stovner');
  await seedPilotYear((channel, input) => app.ok(channel, input));
});
afterAll(() => app?.close());

const YEAR = { from: '2026-01-01', to: '2026-12-31' };

/** A CSV parser for the test: semicolons, double-quoted fields with "" for a quote, CRLF lines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ';') {
      endField();
    } else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

function rowStarting(rows: string[][], first: string): string[] | undefined {
  return rows.find((r) => r[0] === first);
}

describe('stats.exportCsv', () => {
  it('is a semicolon-separated UTF-8 file with a BOM that reads back to the figures, æøå and hidden cells intact', async () => {
    const file = await app.ok('stats.exportCsv', YEAR);
    expect(file.fileName).toBe('bytteordning-statistikk-2026-01-01-2026-12-31.csv');
    expect(file.mimeType).toBe('text/csv;charset=utf-8');
    const bytes = Buffer.from(file.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    expect(rows[0]).toEqual(['Statistikk for bytteordningen']);
    expect(rowStarting(rows, 'Periode')).toEqual(['Periode', '01.01.2026–31.12.2026']);
    expect(rows).toContainEqual(['Balanse Stovner – Grünerløkka']);
    expect(rows).toContainEqual(['År', 'Sendt fra Stovner', 'Sendt fra Grünerløkka', 'Boliger gitt av Stovner', 'Boliger gitt av Grünerløkka']);
    expect(rowStarting(rows, '2026')).toEqual(['2026', '4', 'færre enn 3', 'færre enn 3', '3']);
    // The balance stays readable with hidden counts: which way it leans, never by how much.
    expect(rows).toContainEqual([
      'Balansen i perioden: Stovner har sendt flere personer enn Grünerløkka (for få til å si hvor mange flere). Grünerløkka har gitt flere boliger enn Stovner (for få til å si hvor mange flere).',
    ]);
    // Nobody was stopped for another reason: 0, not «færre enn 3».
    expect(rowStarting(rows, 'Avsluttet som avbrutt')).toEqual(['Avsluttet som avbrutt', '0']);
    expect(rowStarting(rows, 'Fra ja til tildelt bolig')).toEqual(['Fra ja til tildelt bolig', '4', '38,5', '35,8', '41', '32', '44']);
    expect(rowStarting(rows, 'Avsluttet som gjennomført')).toEqual(['Avsluttet som gjennomført', 'færre enn 3']);
    expect(rowStarting(rows, 'Avsluttet i alt')).toEqual(['Avsluttet i alt', '4']);
    expect(rowStarting(rows, 'Visninger der personen takket nei, i alt')).toEqual(['Visninger der personen takket nei, i alt', '4']);
    expect(rowStarting(rows, 'Størrelse eller planløsning')).toEqual(['Størrelse eller planløsning', '4']);
    // No free text from any exchange travels in a statistics file.
    expect(bytes.toString('utf8')).not.toMatch(/Fritekst|Passet ikke|For trang/);
  });
});

describe('stats.exportPdf', () => {
  it('is a PDF report whose text holds the figures and shows what is hidden', async () => {
    const file = await app.ok('stats.exportPdf', { ...YEAR, partner: 'grunerlokka' });
    expect(file.fileName).toBe('bytteordning-statistikk-2026-01-01-2026-12-31-grunerlokka.pdf');
    expect(file.mimeType).toBe('application/pdf');
    const pdf = await readPdf(Buffer.from(file.base64, 'base64'));
    expect(pdf.info.Title).toBe('Statistikk for bytteordningen');
    const text = pdf.text.replace(/\s+/g, ' ');
    expect(text).toContain('Balanse Stovner – Grünerløkka');
    expect(text).toContain('Fra ja til tildelt bolig 4 38,5 35,8 41 32 44');
    expect(text).toContain('Fra brukerprofil sendt til svar 5 7 5 10 3 15');
    expect(text).toContain('Avsluttet i alt 4');
    expect(text).toContain('færre enn 3');
    expect(text).toContain('Partnerbydel Grünerløkka');
    expect(text).not.toMatch(/Fritekst|Passet ikke|For mørk/);
    expect(text).toContain('Grünerløkka har gitt flere boliger enn Stovner');
    expect(text).not.toContain('ØVINGSMODUS');
  });

  it('never breaks «færre enn 3» over two lines', async () => {
    // Early May: two first follow-ups, so that measure is hidden in the narrow columns of its table.
    const file = await app.ok('stats.exportPdf', { from: '2026-05-01', to: '2026-05-05' });
    const pdf = await readPdf(Buffer.from(file.base64, 'base64'));
    const lines = pdf.pages.flatMap((page) => page.split('\n'));
    expect(lines.filter((l) => /færre\s+enn\s+3/.test(l)).length).toBeGreaterThan(0);
    // A cell never ends a line with «færre» or «færre enn» (the explanation quotes it in running text).
    expect(lines.filter((l) => /færre(\s+enn)?\s*$/.test(l) && !l.includes('«'))).toEqual([]);
  });

  it('leaves a row in the audit trail for every file, as any exported document does', () => {
    const rows = app.db.prepare("SELECT detail FROM audit_log WHERE action = 'dokument.eksportert' ORDER BY id").pluck().all();
    expect(rows).toEqual([
      'bytteordning-statistikk-2026-01-01-2026-12-31.csv',
      'bytteordning-statistikk-2026-01-01-2026-12-31-grunerlokka.pdf',
      'bytteordning-statistikk-2026-05-01-2026-05-05.pdf',
    ]);
  });
});

describe('statistics exported in training mode', () => {
  it('are marked ØVINGSMODUS and named OVING-, as every document made there', async () => {
    const trainee = openTestApp({ now: '2026-06-30T10:00:00Z' });
    try {
      await setUpAs(trainee, 'stovner');
      await trainee.ok('training.set', { active: true });
      const csv = await trainee.ok('stats.exportCsv', YEAR);
      expect(csv.fileName).toBe('OVING-bytteordning-statistikk-2026-01-01-2026-12-31.csv');
      const rows = parseCsv(Buffer.from(csv.base64, 'base64').toString('utf8').slice(1));
      expect(rows[0]).toEqual(['ØVINGSMODUS: Dokumentet er laget i øvingsmodus og har fiktive opplysninger. Det skal ikke sendes.']);
      expect(rows[1]).toEqual(['ØVINGSMODUS: Statistikk for bytteordningen']);

      const file = await trainee.ok('stats.exportPdf', YEAR);
      expect(file.fileName).toBe('OVING-bytteordning-statistikk-2026-01-01-2026-12-31.pdf');
      const pdf = await readPdf(Buffer.from(file.base64, 'base64'));
      expect(pdf.info.Title).toBe('ØVINGSMODUS: Statistikk for bytteordningen');
      pdf.pages.forEach((page) => expect(page).toContain('ØVINGSMODUS'));
    } finally {
      trainee.close();
    }
  });
});
