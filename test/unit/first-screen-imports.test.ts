import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The modules the renderer evaluates before the overview can show its first rows: everything the
 * entry and root import at run time, following relative imports, leaving out `import type` and
 * `import()` (the other screens, loaded later).
 */
function startGraph(entries: string[]): { files: Set<string>; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const resolve = (from: string, spec: string) =>
    ['', '.ts', '.tsx', '/index.ts'].map((ext) => path.resolve(path.dirname(from), spec) + ext).find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of sf.statements) {
      if (!ts.isImportDeclaration(statement) && !(ts.isExportDeclaration(statement) && statement.moduleSpecifier)) continue;
      const clause = ts.isImportDeclaration(statement) ? statement.importClause : undefined;
      if (ts.isExportDeclaration(statement) && statement.isTypeOnly) continue;
      if (clause?.isTypeOnly) continue;
      const named = clause?.namedBindings;
      if (clause && !clause.name && named && ts.isNamedImports(named) && named.elements.every((e) => e.isTypeOnly)) continue;
      const spec = (statement.moduleSpecifier as ts.StringLiteral).text;
      if (!spec.startsWith('.')) {
        if (!packages.has(spec)) packages.set(spec, path.relative(process.cwd(), file));
        continue;
      }
      const target = resolve(file, spec);
      if (target) visit(target);
    }
  };
  entries.forEach((e) => visit(path.resolve(e)));
  return { files, packages };
}

describe('the first screen', () => {
  const { files, packages } = startGraph(['src/renderer/main.tsx', 'src/renderer/root.tsx']);

  it('is reached through the overview (the walk finds it)', () => {
    expect([...files].map((f) => path.relative(process.cwd(), f).split(path.sep).join('/'))).toContain('src/renderer/screens/OverviewScreen.tsx');
  });

  it('loads no zod: building the contract\'s schemas would hold up the first rows (the forms and other screens load it later)', () => {
    const zod = [...packages].filter(([spec]) => spec === 'zod' || spec.startsWith('zod/') || spec.startsWith('@hookform/resolvers'));
    expect(zod.map(([spec, from]) => `${from} imports ${spec}`)).toEqual([]);
  });
});
