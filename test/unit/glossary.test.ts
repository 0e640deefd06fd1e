import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../src/shared/errors';
import { ENGLISH_LEAKS, GLOSSARY } from '../../src/shared/i18n/glossary';
import * as labels from '../../src/shared/i18n/labels';
import { AUDIT_ACTION_LABELS } from '../../src/renderer/i18n/audit-labels';
import { t } from '../../src/renderer/i18n/nb';

/** Every string a coordinator can read in the text catalogues, flattened. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const sample = (value as (...a: unknown[]) => unknown)(1, 2, 3);
    return typeof sample === 'string' ? [sample] : [];
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The catalogues are where the screens' texts live, so they are what the glossary is checked against. */
const catalogue = [...strings(t), ...strings(labels), ...Object.values(AUDIT_ACTION_LABELS), ...Object.values(ERROR_MESSAGES)];

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

  it('the catalogues hold the screen texts', () => {
    expect(strings(t).length).toBeGreaterThan(450);
    expect(catalogue.length).toBeGreaterThan(600);
  });
});

/** Props (and object keys) whose value is read or heard by the coordinator. */
const TEXT_PROPS = new Set([
  'label',
  'title',
  'help',
  'helptext',
  'checkHelptext',
  'placeholder',
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'alt',
  'errorMessage',
  'message',
  'requiredText',
  'optionalText',
  'heading',
  'caption',
  'question',
  'confirm',
  'who',
]);

/** Short words of running Norwegian text; a literal with spaces and one of these is a sentence. */
const NORWEGIAN_WORDS = new Set(
  'og i på til av for er ikke som med det den de en et ei har kan skal må om fra når eller du dere vi seg ved etter før under hvis dersom ble blir nå ennå alle ingen noe bydel bydelen bytte byttet bytter dager rom'.split(' '),
);

/**
 * What may stand in a screen's source as it is: signs, and codes that are no words. Texts
 * without letters (⚠ – … ✓ ↓ ⋯ ← ·) pass anyway; class names, ids and test ids are not
 * text props and hold no Norwegian.
 */
const ALLOWED = new Set(['BYTTE-…']);

/**
 * Texts still written in files that were being changed by other work when the screens' texts
 * moved into the catalogue. Each is to move there too; the test fails on an entry it no longer
 * finds, so an entry leaves this list with its text and the list cannot outlive them.
 */

interface InlineText {
  file: string;
  line: number;
  text: string;
}

function looksNorwegian(s: string): boolean {
  const text = s.trim();
  if (/[æøåÆØÅ]/.test(text)) return true;
  // A capitalised word is a label («Status», «Referanse»); code values here are lower case.
  if (/^[A-ZÆØÅ][a-zæøå]{2,}(\s|$)/.test(text)) return true;
  // A word of running text, in a sentence or between values (` og `, ` bytter`).
  return /\s/.test(s) && text.split(/[^\p{L}]+/u).some((w) => NORWEGIAN_WORDS.has(w.toLowerCase()));
}

const hasLetters = (s: string) => /\p{L}/u.test(s);

/** The literals an expression can evaluate to (not those it only compares with). */
function valueLiterals(e: ts.Expression): (ts.StringLiteralLike | ts.TemplateExpression)[] {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isTemplateExpression(e)) return [e];
  if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) return valueLiterals(e.expression);
  if (ts.isConditionalExpression(e)) return [...valueLiterals(e.whenTrue), ...valueLiterals(e.whenFalse)];
  if (ts.isBinaryExpression(e) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(e.operatorToken.kind)) {
    return [...valueLiterals(e.left), ...valueLiterals(e.right)];
  }
  return [];
}

/** A literal's text; a template's with `${…}` where its values go. */
const literalText = (n: ts.StringLiteralLike | ts.TemplateExpression) =>
  ts.isTemplateExpression(n) ? [n.head, ...n.templateSpans.map((s) => s.literal)].map((p) => p.text).join('${…}') : n.text;

const templateParts = (n: ts.TemplateExpression) => [n.head, ...n.templateSpans.map((s) => s.literal)].map((p) => p.text);

/** Norwegian text written in a .tsx file instead of taken from the catalogue, by line. */
function scanSource(file: string, source: string): InlineText[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found = new Map<number, InlineText>();
  const flag = (n: ts.Node, text: string) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (ALLOWED.has(clean)) return;
    found.set(n.getStart(sf), { file, line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1, text: clean });
  };
  const textProp = (name: string, value: ts.Expression | undefined) => {
    if (!value || !TEXT_PROPS.has(name)) return;
    for (const lit of valueLiterals(value)) if (hasLetters(literalText(lit))) flag(lit, literalText(lit));
  };
  const visit = (n: ts.Node) => {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n) || ts.isLiteralTypeNode(n)) return;
    if (ts.isJsxText(n) && !n.containsOnlyTriviaWhiteSpaces && hasLetters(n.text)) flag(n, n.text);
    if (ts.isJsxAttribute(n)) {
      const init = n.initializer;
      textProp(n.name.getText(sf), init && ts.isJsxExpression(init) ? init.expression : init);
    }
    if (ts.isPropertyAssignment(n) && (ts.isIdentifier(n.name) || ts.isStringLiteral(n.name))) textProp(n.name.text, n.initializer);
    const isKey = n.parent !== undefined && (ts.isPropertyAssignment(n.parent) || ts.isPropertyDeclaration(n.parent)) && n.parent.name === n;
    if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && !isKey && looksNorwegian(n.text)) flag(n, n.text);
    if (ts.isTemplateExpression(n) && templateParts(n).some(looksNorwegian)) flag(n, literalText(n));
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return [...found.values()].sort((a, b) => a.line - b.line);
}

function rendererFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.tsx')) out.push(p);
    }
  };
  walk(path.resolve('src/renderer'));
  return out;
}

function inlineTexts(): InlineText[] {
  return rendererFiles().flatMap((f) => scanSource(path.relative(process.cwd(), f).split(path.sep).join('/'), fs.readFileSync(f, 'utf8')));
}

describe('every screen text is in the catalogue (src/renderer/i18n/nb.ts)', () => {
  it('no .tsx file under src/renderer writes a Norwegian text of its own', () => {
    const left = inlineTexts();
    expect(left.map((x) => `${x.file}:${x.line}: «${x.text}»`)).toEqual([]);
  });

  it('the scan catches text in JSX, in text props and in Norwegian literals, and passes signs and codes', () => {
    const source = [
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
    expect(scanSource('x.tsx', source).map((x) => `${x.line}: ${x.text}`)).toEqual([
      '3: Hei',
      '4: Navn',
      '4: Skriv her',
      '9: Ikke gjort',
      '10: Gjort av ${…}',
      '12: ${…} og ${…}',
    ]);
  });
});
