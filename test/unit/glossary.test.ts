import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../src/shared/errors';
import { ENGLISH_LEAKS, GLOSSARY } from '../../src/shared/i18n/glossary';
import * as labels from '../../src/shared/i18n/labels';
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

/** Text inside JSX and string literals of the screens: where texts outside the catalogue hide. */
function screenTexts(): string[] {
  const root = path.resolve('src/renderer');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.tsx')) files.push(p);
    }
  };
  walk(root);
  const out: string[] = [];
  for (const f of files) {
    const src = fs.readFileSync(f, 'utf8');
    for (const m of src.matchAll(/>\s*([^<>{}=;]*[a-zæøå][^<>{}=;]*)\s*</gi)) out.push(m[1]!.trim());
    for (const m of src.matchAll(/(?:label|title|help|placeholder|aria-label)=["']([^"']+)["']/g)) out.push(m[1]!);
    for (const m of src.matchAll(/(?:label|title|help):\s*'([^']+)'/g)) out.push(m[1]!);
  }
  return out.filter((s) => s.length > 1);
}

const catalogue = [...strings(t), ...strings(labels), ...Object.values(ERROR_MESSAGES)];
const everything = [...catalogue, ...screenTexts()];

describe('the Norwegian glossary', () => {
  it('no banned variant of a routine word appears in any text', () => {
    const problems: string[] = [];
    for (const { term, avoid } of GLOSSARY) {
      for (const bad of avoid) {
        const re = new RegExp(`(^|[^a-zæøå])${bad}`, 'i');
        for (const s of everything) if (re.test(s)) problems.push(`«${bad}» (bruk «${term}»): ${s}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('no English word leaks into the texts', () => {
    const problems: string[] = [];
    for (const word of ENGLISH_LEAKS) {
      const re = new RegExp(`\\b${word}\\b`, 'i');
      for (const s of everything) if (re.test(s)) problems.push(`${word}: ${s}`);
    }
    expect(problems).toEqual([]);
  });

  it('the routine\'s words are the ones the screens use', () => {
    const all = everything.join('\n').toLowerCase();
    for (const { term } of GLOSSARY) expect(all, term).toContain(term);
  });

  it('the screen texts were actually found (the scan is not empty)', () => {
    expect(screenTexts().length).toBeGreaterThan(150);
    expect(catalogue.length).toBeGreaterThan(150);
  });
});
