import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGLISH_LEAKS, GLOSSARY } from '../../src/shared/i18n/glossary';
import { catalogueTexts, isCatalogue, scanSource, sourceFiles } from '../support/inline-texts';
import { INLINE_TEXTS_LEFT, NOT_TEXT } from './inline-texts-left';

/** Every text a coordinator can read, as the catalogues write it. */
const catalogue = catalogueTexts();

describe('the Norwegian glossary', () => {
  it('no banned variant of a routine word appears in any text', () => {
    const problems: string[] = [];
    for (const { term, avoid } of GLOSSARY) {
      for (const bad of avoid) {
        const re = new RegExp(`(^|[^a-zæøå])${bad}`, 'i');
        for (const s of catalogue) if (re.test(s)) problems.push(`«${bad}» (bruk «${term}»): ${s}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('no English word leaks into the texts', () => {
    const problems: string[] = [];
    for (const word of ENGLISH_LEAKS) {
      const re = new RegExp(`\\b${word}\\b`, 'i');
      for (const s of catalogue) if (re.test(s)) problems.push(`${word}: ${s}`);
    }
    expect(problems).toEqual([]);
  });

  it("the routine's words are the ones the screens use", () => {
    const all = catalogue.join('\n').toLowerCase();
    for (const { term } of GLOSSARY) expect(all, term).toContain(term);
  });

  it('the catalogues hold the texts', () => {
    expect(catalogue.length).toBeGreaterThan(900);
  });
});

/** Norwegian text written outside the catalogues, by file. */
function inlineTexts() {
  const byFile = new Map<string, ReturnType<typeof scanSource>>();
  for (const file of sourceFiles('src')) {
    if (isCatalogue(file) || file in NOT_TEXT) continue;
    const found = scanSource(file, fs.readFileSync(file, 'utf8'));
    if (found.length > 0) byFile.set(file, found);
  }
  return byFile;
}

describe('every user-facing sentence is in a catalogue (src/shared/i18n/, src/renderer/i18n/)', () => {
  const byFile = inlineTexts();

  it('no source file under src writes a Norwegian text of its own', () => {
    const offenders = [...byFile].flatMap(([file, found]) =>
      found.length > (INLINE_TEXTS_LEFT[file] ?? 0) ? found.map((x) => `${x.file}:${x.line}: «${x.text}»`) : [],
    );
    expect(offenders).toEqual([]);
  });

  it('the list of texts still to move shrinks with every text moved', () => {
    const stale = Object.entries(INLINE_TEXTS_LEFT).flatMap(([file, left]) => {
      const now = byFile.get(file)?.length ?? 0;
      return now < left ? [`${file}: ${now} left, not ${left}`] : [];
    });
    expect(stale).toEqual([]);
  });

  it('the files passed over hold data, not text', () => {
    for (const file of Object.keys(NOT_TEXT)) expect(fs.existsSync(file), file).toBe(true);
  });

  it('the scan catches text in JSX, in text props, in Norwegian literals and in refusals, and passes signs and codes', () => {
    const screen = [
      'export const A = () => (',
      '  <section className="bo-card" id="x-tittel" data-testid="funn-liste" aria-labelledby="x-tittel">',
      '    <p>Hei</p>',
      '    <Field label="Navn" placeholder={t.common.velg} help={ok ? \'Skriv her\' : t.x} />',
      "    <span>{done ? '✓' : '–'} ⚠ … {' '}</span>",
      "    {kind === 'nei' ? t.common.nei : ''}",
      '  </section>',
      ');',
      "const CHOICES = [{ value: 'apen', label: 'Ikke gjort' }];",
      "const s = `Gjort av ${hvem}`;",
      "const u = `/bytte/${id}/brukerprofil`;",
      "const of = `${a} og ${b}`;",
    ].join('\n');
    expect(scanSource('x.tsx', screen).map((x) => `${x.line}: ${x.text}`)).toEqual([
      '3: Hei',
      '4: Navn',
      '4: Skriv her',
      '9: Ikke gjort',
      '10: Gjort av ${…}',
      '12: ${…} og ${…}',
    ]);
    const module = [
      "import { x } from './ikke en tekst';",
      "throw new AppError('X', 'Ny setning her.');",
      "throw new AppError('X', `Filen ${f} ` + 'mangler.');",
      "throw new AppError('X', EXCHANGE_REFUSALS.profilSendt);",
      "const status = 'Status';",
      "const zone = 'Europe/Oslo';",
      "const hjelp = 'Velg en dato før i dag.';",
      "console.warn('[integritet] databasen er skadet');",
      "throw new Error('no handler for channel');",
      'const sentence = `Oppdatering ${nr} er importert i byttet ${ref}.`;',
    ].join('\n');
    expect(scanSource('x.ts', module).map((x) => `${x.line}: ${x.text}`)).toEqual([
      '2: Ny setning her.',
      '3: Filen ${…}',
      '3: mangler.',
      '7: Velg en dato før i dag.',
      '10: Oppdatering ${…} er importert i byttet ${…}.',
    ]);
  });
});
