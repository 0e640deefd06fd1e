import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf, type DocumentModel } from '../../../src/main/documents/engine';
import { checkPdfA } from '../../../src/main/documents/engine/pdfa-check';
import { readPdf, type ReadPdfResult } from '../../../src/main/documents/read-pdf';
import { fontsOf } from '../support';
import { sampleModel } from './sample';

const OUT = fileURLToPath(new URL('../../../test-results/documents/', import.meta.url));
const CREATED = new Date('2025-03-14T10:00:00Z');
const JSON_DATA = JSON.stringify({ type: 'brukerprofil', ref: 'BYT-2025-0142', navn: 'Åse Ødegård Brænne', tegn: 'æøå ÆØÅ "\\ \u2028 😀' }, null, 2);

/** Whitespace-insensitive text, so values that wrap across lines still match. */
const flat = (s: string): string => s.replace(/\s+/g, ' ');

describe('renderPdf – sample document with every block type', () => {
  let pdf: Buffer;
  let read: ReadPdfResult;

  beforeAll(async () => {
    pdf = await renderPdf(sampleModel(), {
      attachment: { name: 'bytteordning.json', json: JSON_DATA },
      creationDate: CREATED,
    });
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}engine-sample.pdf`, pdf);
    read = await readPdf(pdf);
  });

  it('spans at least three pages, each numbered "Side X av N"', () => {
    expect(read.pageCount).toBeGreaterThanOrEqual(3);
    read.pages.forEach((page, i) => expect(page).toContain(`Side ${i + 1} av ${read.pageCount}`));
  });

  it('keeps headings, values and Æ Ø Å æ ø å as extractable text', () => {
    const text = flat(read.text);
    for (const expected of [
      'Brukerprofil for bytte av bolig – Sammen om bolig',
      'Om tjenestebehovet',
      'Boligtilbud som er vurdert',
      'Sjekkliste før overføring',
      'Ønsker og forutsetninger',
      'Store og små bokstaver: Æ Ø Å æ ø å.',
      'Bydel Søndre Nordstrand',
      'Åse Ødegård Brænne',
      'Trinnfri adkomst. Skjermet soverom. Kort vei til kollektivtransport – helst under 500 meter.',
      'Dokumentet inneholder ingen personidentifiserende opplysninger.',
      'Tøyen (26)',
      'Ikke relevant',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('extracts the same letters with an independent extractor (poppler pdftotext)', () => {
    const text = flat(execFileSync('pdftotext', ['-layout', `${OUT}engine-sample.pdf`, '-'], { encoding: 'utf8' }));
    expect(text).toContain('Æ Ø Å æ ø å');
    expect(text).toContain('Sjekkliste før overføring');
  });

  it('repeats the table header on the page where the table continues', () => {
    const withHeader = read.pages.filter((p) => p.includes('Adresseområde'));
    expect(withHeader.length).toBeGreaterThanOrEqual(2);
  });

  it('never leaves a heading as the last thing on a page', () => {
    const headings = sampleModel().sections.map((s) => s.heading);
    for (const page of read.pages.slice(0, -1)) {
      const lines = page.split('\n').filter((l) => !/Side \d+ av \d+/.test(l));
      expect(headings).not.toContain(lines[lines.length - 1]);
    }
  });

  it('embeds the JSON attachment byte for byte', () => {
    const attached = read.attachments['bytteordning.json'];
    expect(attached).toBeDefined();
    expect(Buffer.from(attached ?? new Uint8Array()).equals(Buffer.from(JSON_DATA, 'utf8'))).toBe(true);
    expect(JSON.parse(new TextDecoder().decode(attached))).toEqual(JSON.parse(JSON_DATA));
  });

  it('carries the PDF/A-3b markers, with the attachment as an associated file', () => {
    const check = checkPdfA(pdf);
    expect(check.problems).toEqual([]);
    expect(check.structure.version).toBe('1.7');
    expect(check.structure.lang).toBe('nb-NO');
    expect(check.structure.displayDocTitle).toBe(true);
    expect(check.structure.embeddedFiles).toEqual([
      { name: 'bytteordning.json', relationship: 'Data', mimeType: 'application/json', hasModDate: true, associated: true },
    ]);
    expect(read.metadataXml).toMatch(/<pdfaid:part>3<\/pdfaid:part>/);
    expect(read.metadataXml).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    // pdfkit writes these unescaped; ours must be escaped.
    expect(read.metadataXml).toContain('Brukerprofil &amp; bytteordning &lt;intern&gt;');
  });

  it('embeds every font, all of them Oslo Sans, and never Helvetica', () => {
    const fonts = fontsOf(pdf);
    expect(fonts.embedded).toBe(true);
    expect(fonts.names.length).toBeGreaterThan(0);
    for (const name of fonts.names) expect(name).toMatch(/^[A-Z]{6}\+OsloSans-/);
    expect(pdf.includes('Helvetica')).toBe(false);
    const pdffonts = execFileSync('pdffonts', [`${OUT}engine-sample.pdf`], { encoding: 'utf8' });
    const rows = pdffonts.split('\n').slice(2).filter((l) => l.trim() !== '');
    for (const row of rows) expect(row).toMatch(/OsloSans-\S+\s+CID Type 0C\s+Identity-H\s+yes yes yes/);
  });

  it('writes document info and a structure tree', () => {
    expect(read.info.Title).toBe('Brukerprofil for bytte av bolig – Sammen om bolig');
    expect(read.info.Author).toBe('Bydel Gamle Oslo');
    expect(read.info.Creator).toBe('Bytteordning');
    expect(read.info.Keywords).toBe('bytteordning, brukerprofil, Sammen om bolig');
    expect(read.info.CreationDate).toBe('D:20250314100000Z');
    expect(read.tagged).toBe(true);
  });

  it('renders page 1 to a PNG with poppler', () => {
    const png = `${OUT}engine-sample-page1`;
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', `${OUT}engine-sample.pdf`, png]);
    expect(statSync(`${png}.png`).size).toBeGreaterThan(15_000);
  });

  it('is deterministic for a fixed creation date', async () => {
    const again = await renderPdf(sampleModel(), {
      attachment: { name: 'bytteordning.json', json: JSON_DATA },
      creationDate: CREATED,
    });
    expect(again.equals(pdf)).toBe(true);
  });
});

describe('renderPdf – edge cases', () => {
  const base = (sections: DocumentModel['sections'], extra: Partial<DocumentModel> = {}): DocumentModel => ({
    lang: 'nb-NO',
    title: 'Test',
    meta: [],
    sections,
    ...extra,
  });

  it('replaces characters Oslo Sans lacks instead of drawing empty boxes', async () => {
    const pdf = await renderPdf(
      base([{ heading: 'Tegn', blocks: [{ kind: 'paragraph', text: 'Tommel 👍 pil → ferdig ✓ og Ŝ\u00ADpesiell\u200B tekst' }] }]),
    );
    const { text } = await readPdf(pdf);
    expect(text).toContain('Tommel ? pil -> ferdig x og Spesiell tekst');
  });

  it('breaks words longer than a line, and wraps long table cells', async () => {
    const long = 'https://www.oslo.kommune.no/helse-og-omsorg/bolig-og-sosiale-tjenester/sammen-om-bolig/veldig-lang-adresse';
    const pdf = await renderPdf(
      base([
        {
          heading: 'Lenker',
          blocks: [
            { kind: 'paragraph', text: long },
            { kind: 'table', columns: [{ header: 'A', width: 1 }, { header: 'B', width: 3 }], rows: [[long, long]] },
          ],
        },
      ]),
    );
    const { pages } = await readPdf(pdf);
    expect(pages[0]?.replace(/\n/g, '')).toContain(long);
    // every line stays within the page: no line is the whole URL
    expect(pages[0]?.split('\n')).not.toContain(long);
  });

  it('prints the empty-table text, and validates table shape', async () => {
    const pdf = await renderPdf(
      base([{ heading: 'Tom', blocks: [{ kind: 'table', columns: [{ header: 'Kolonne', width: 1 }], rows: [], emptyText: 'Ingen rader' }] }]),
    );
    expect((await readPdf(pdf)).text).toContain('Ingen rader');
    await expect(
      renderPdf(base([{ heading: 'Feil', blocks: [{ kind: 'table', columns: [{ header: 'A', width: 1 }], rows: [['1', '2']] }] }])),
    ).rejects.toThrow(TypeError);
    await expect(renderPdf(base([]), { attachment: { name: 'x.json', json: '{ikke json' } })).rejects.toThrow(/ikke gyldig JSON/);
  });

  it('splits a very tall table row between lines, never inside one', async () => {
    const tall = Array.from({ length: 120 }, (_, i) => `Linje ${i + 1} med nok tekst til å fylle litt.`).join('\n');
    const pdf = await renderPdf(
      base([{ heading: 'Høy rad', blocks: [{ kind: 'keyValue', rows: [{ label: 'Beskrivelse', value: tall }] }] }]),
    );
    const { pages } = await readPdf(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const all = pages.join('\n');
    for (let i = 1; i <= 120; i++) expect(all).toContain(`Linje ${i} med nok tekst til å fylle litt.`);
  });

  it('keeps a closing section marked keepWithPrevious with the end of what comes before it, never alone on a page', async () => {
    const closing = (keepWithPrevious: boolean): DocumentModel['sections'][number] => ({
      heading: 'Om dokumentet',
      ...(keepWithPrevious ? { keepWithPrevious } : {}),
      blocks: [{ kind: 'paragraph', text: 'Laget i Bytteordning. Mottakeren kan importere dokumentet under «Importer dokument».' }],
    });
    /** How many lengths of the body leave the closing section on a last page of its own. */
    async function lonePages(keepWithPrevious: boolean): Promise<number[]> {
      const lone: number[] = [];
      // Body lengths around the end of the first and second page.
      for (const lines of [...range(22, 30), ...range(50, 58)]) {
        const body = Array.from({ length: lines }, (_, i) => ({ kind: 'paragraph' as const, text: `Linje ${i + 1}` }));
        const { pages } = await readPdf(await renderPdf(base([{ heading: 'Innhold', blocks: body }, closing(keepWithPrevious)])));
        const last = pages.at(-1) ?? '';
        expect(last).toContain('Om dokumentet');
        if (!last.includes('Linje')) lone.push(lines);
      }
      return lone;
    }
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    // Without the mark some lengths do leave it alone (so the check below can fail) …
    expect((await lonePages(false)).length).toBeGreaterThan(0);
    // … with it, none does.
    expect(await lonePages(true)).toEqual([]);
  });

  it('works untagged too', async () => {
    const pdf = await renderPdf(sampleModel(), { tagged: false });
    const read = await readPdf(pdf);
    expect(read.tagged).toBe(false);
    expect(checkPdfA(pdf).problems).toEqual([]);
  });
});
