import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Finds Norwegian text written in a source file instead of taken from a catalogue: the scan
 * behind test/unit/glossary.test.ts. The catalogues themselves are the files under
 * src/shared/i18n/ and src/renderer/i18n/.
 */

export const CATALOGUE_DIRS = ['src/shared/i18n', 'src/renderer/i18n'];

export interface InlineText {
  file: string;
  line: number;
  text: string;
}

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
  'og i på til av er ikke som med det den de en et ei har kan skal må om fra når eller du dere vi seg ved etter før hvis dersom ble blir nå ennå alle ingen noe ny nye her bydel bydelen bytte byttet bytter dager rom'.split(
    ' ',
  ),
);

/**
 * What may stand in a screen's source as it is: signs, and codes that are no words. Texts
 * without letters (⚠ – … ✓ ↓ ⋯ ← ·) pass anyway; class names, ids and test ids are not
 * text props and hold no Norwegian.
 */
const ALLOWED = new Set(['BYTTE-…']);

/** Whether a literal reads as Norwegian text. In a screen (.tsx) a capitalised word is a label too. */
function looksNorwegian(s: string, screen: boolean): boolean {
  const text = s.trim();
  if (/[æøåÆØÅ]/.test(text)) return true;
  // A capitalised word is a label («Status», «Referanse»); code values in screens are lower case.
  if (screen && /^[A-ZÆØÅ][a-zæøå]{2,}(\s|$)/.test(text)) return true;
  // A word of running text, in a sentence or between values (` og `, ` bytter`).
  return /\s/.test(s) && text.split(/[^\p{L}]+/u).some((w) => NORWEGIAN_WORDS.has(w.toLowerCase()));
}

const hasLetters = (s: string) => /\p{L}/u.test(s);

/** The literals an expression can evaluate to (not those it only compares with). */
function valueLiterals(e: ts.Expression): (ts.StringLiteralLike | ts.TemplateExpression)[] {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isTemplateExpression(e)) return [e];
  if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) return valueLiterals(e.expression);
  if (ts.isConditionalExpression(e)) return [...valueLiterals(e.whenTrue), ...valueLiterals(e.whenFalse)];
  if (ts.isBinaryExpression(e) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.PlusToken].includes(e.operatorToken.kind)) {
    return [...valueLiterals(e.left), ...valueLiterals(e.right)];
  }
  return [];
}

const templateParts = (n: ts.TemplateExpression) => [n.head, ...n.templateSpans.map((s) => s.literal)].map((p) => p.text);

/** A literal's text; a template's with `${…}` where its values go. */
export const literalText = (n: ts.StringLiteralLike | ts.TemplateExpression) => (ts.isTemplateExpression(n) ? templateParts(n).join('${…}') : n.text);

/** A refusal's sentence is the coordinator's whatever its words: `new AppError(code, <sentence>)`. */
const isRefusal = (n: ts.Node): n is ts.NewExpression => ts.isNewExpression(n) && n.expression.getText() === 'AppError';

/**
 * A log line tagged `[revisjonslogg]`, `[integritet]` … is for IT, not for the coordinator; what
 * browser mode says in its terminal without a tag is read by whoever started it, and is text.
 */
const isLog = (n: ts.Node) => {
  if (!ts.isCallExpression(n) || !/^console\.\w+$/.test(n.expression.getText())) return false;
  const first = n.arguments[0];
  return first !== undefined && valueLiterals(first).some((lit) => literalText(lit).startsWith('['));
};

/** Norwegian text written in a source file instead of taken from a catalogue, by line. */
export function scanSource(file: string, source: string): InlineText[] {
  const screen = file.endsWith('.tsx');
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, screen ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found = new Map<number, InlineText>();
  const flag = (n: ts.Node, text: string) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (ALLOWED.has(clean)) return;
    found.set(n.getStart(sf), { file, line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1, text: clean });
  };
  const flagLetters = (value: ts.Expression | undefined) => {
    if (value) for (const lit of valueLiterals(value)) if (hasLetters(literalText(lit))) flag(lit, literalText(lit));
  };
  const textProp = (name: string, value: ts.Expression | undefined) => {
    if (screen && TEXT_PROPS.has(name)) flagLetters(value);
  };
  const visit = (n: ts.Node) => {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n) || ts.isLiteralTypeNode(n) || isLog(n)) return;
    if (isRefusal(n)) n.arguments?.slice(1).forEach(flagLetters);
    if (ts.isJsxText(n) && !n.containsOnlyTriviaWhiteSpaces && hasLetters(n.text)) flag(n, n.text);
    if (ts.isJsxAttribute(n)) {
      const init = n.initializer;
      textProp(n.name.getText(sf), init && ts.isJsxExpression(init) ? init.expression : init);
    }
    if (ts.isPropertyAssignment(n) && (ts.isIdentifier(n.name) || ts.isStringLiteral(n.name))) textProp(n.name.text, n.initializer);
    const isKey = n.parent !== undefined && (ts.isPropertyAssignment(n.parent) || ts.isPropertyDeclaration(n.parent)) && n.parent.name === n;
    if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && !isKey && looksNorwegian(n.text, screen)) flag(n, n.text);
    if (ts.isTemplateExpression(n) && templateParts(n).some((p) => looksNorwegian(p, screen))) flag(n, literalText(n));
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return [...found.values()].sort((a, b) => a.line - b.line);
}

/** Every .ts and .tsx file under a folder, as a path relative to the project with forward slashes. */
export function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(p) && !p.endsWith('.d.ts') ? [path.relative(process.cwd(), p).split(path.sep).join('/')] : [];
  });
}

export const isCatalogue = (file: string) => CATALOGUE_DIRS.some((dir) => file.startsWith(`${dir}/`));

/** A literal a value is compared with (`case 'nan':`, `kind === 'x'`) is a code, not text. */
function isComparedWith(n: ts.Node): boolean {
  const p = n.parent;
  if (p === undefined) return false;
  if (ts.isCaseClause(p)) return p.expression === n;
  const equality = [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken];
  return ts.isBinaryExpression(p) && equality.includes(p.operatorToken.kind);
}

/** The glossary's own word lists name the banned words: they are the rule, not text. */
const GLOSSARY_FILE = 'src/shared/i18n/glossary.ts';

/** Every text literal of the catalogues (templates with `${…}` for their values): what the glossary is checked against. */
export function catalogueTexts(): string[] {
  const files = CATALOGUE_DIRS.flatMap(sourceFiles).filter((file) => file !== GLOSSARY_FILE);
  return files.flatMap((file) => {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const out: string[] = [];
    const visit = (n: ts.Node) => {
      if (ts.isImportDeclaration(n) || ts.isLiteralTypeNode(n)) return;
      const isKey = n.parent !== undefined && ts.isPropertyAssignment(n.parent) && n.parent.name === n;
      if (isComparedWith(n)) return;
      if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateExpression(n)) && !isKey && hasLetters(literalText(n))) out.push(literalText(n));
      ts.forEachChild(n, visit);
    };
    visit(sf);
    return out;
  });
}
