import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CHANNELS, contract } from '../../src/shared/contract';
import { cleanText, hasHiddenCharacters, requiredShortText, requiredText, shortText, text } from '../../src/shared/exchange/primitives';

const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];
const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
const WHITESPACE = [' ', '\t', '\n', '\r\n', '\u00A0', '\u2003', '\u3000'];

function parsed(schema: z.ZodType, value: unknown): { ok: true; value: unknown } | { ok: false; messages: string[] } {
  const r = schema.safeParse(value);
  return r.success ? { ok: true, value: r.data } : { ok: false, messages: r.error.issues.map((i) => i.message) };
}

describe('the text rule', () => {
  it('a required text of only zero-width characters and spaces is missing', () => {
    for (const schema of [requiredText(200, 'Begrunnelsen'), requiredShortText(200, 'Begrunnelsen')]) {
      for (const c of [...ZERO_WIDTH, ...WHITESPACE]) {
        expect(parsed(schema, c.repeat(3)), JSON.stringify(c)).toEqual({ ok: false, messages: ['Begrunnelsen må fylles ut.'] });
      }
      expect(parsed(schema, [...ZERO_WIDTH, ...WHITESPACE].join(''))).toEqual({ ok: false, messages: ['Begrunnelsen må fylles ut.'] });
      expect(parsed(schema, undefined)).toEqual({ ok: false, messages: ['Begrunnelsen må fylles ut.'] });
      expect(parsed(schema, null)).toEqual({ ok: false, messages: ['Begrunnelsen må fylles ut.'] });
    }
    expect(parsed(text(200), '\u200B\u200D\uFEFF ')).toEqual({ ok: true, value: '' });
  });

  it('removes NUL, BEL and the other control characters', () => {
    expect(parsed(text(), 'Ny\u0000 start\u0007 i\u001B[31m bydelen\u007F\u009B.')).toEqual({ ok: true, value: 'Ny start i[31m bydelen.' });
    expect(parsed(shortText(), 'Kari\u0000\u0008 Nordmann')).toEqual({ ok: true, value: 'Kari Nordmann' });
    expect(parsed(requiredShortText(10, 'Navn'), '\u0000\u0001\u0007\u001F\u007F\u0080\u009F')).toEqual({ ok: false, messages: ['Navn må fylles ut.'] });
  });

  it('removes bidi controls, so what is stored reads as it is shown', () => {
    for (const c of BIDI) expect(parsed(text(), `abc${c}def${c}`), c.codePointAt(0)!.toString(16)).toEqual({ ok: true, value: 'abcdef' });
    // The classic override: «gnp.exe» shown, «exe.png» stored.
    expect(cleanText('Vedlegg \u202Egnp.exe', 'multi')).toBe('Vedlegg gnp.exe');
  });

  it('keeps normal Norwegian text, emoji and line breaks exactly as written', () => {
    const kept = [
      'Blåbærsyltetøy fra Ærø og Åsgårdstrand. ÆØÅ æøå é ü',
      'Første linje\nandre linje\n\n\tinnrykket linje',
      'Glad i katten 🐈 og hagen 🌻 👍🏽 ❤\uFE0F #\uFE0F⃣ 🇳🇴',
      'Familie 👨\u200D👩\u200D👧 og 🧑🏽\u200D💻, flagg 🏳\uFE0F\u200D⚧\uFE0F 🏴\u200D☠\uFE0F 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
      'Avstand: 5 km – «sentralt» … 50 % (ca.)',
      'Møte kl. 12.30; tlf. vakt 22 22 22 22',
    ];
    for (const s of kept) {
      expect(cleanText(s, 'multi')).toBe(s);
      expect(parsed(text(), s)).toEqual({ ok: true, value: s });
      expect(hasHiddenCharacters(s.replace(/[\n\t]/g, ' '))).toBe(false);
    }
  });

  it('normalises to NFC, line breaks to \\n, and single-line breaks to spaces', () => {
    expect(cleanText('a\u030Arstid Tro\u0308ndelag', 'multi')).toBe('årstid Tröndelag');
    expect(cleanText('en\r\nto\rtre\u2028fire\u0085fem', 'multi')).toBe('en\nto\ntre\nfire\nfem');
    expect(cleanText('Kari\r\nNordmann\tBydel\u2029Alna', 'single')).toBe('Kari Nordmann Bydel Alna');
  });

  it('leaves nothing hidden: tag characters, stacked variation selectors and lone surrogates go too', () => {
    const smuggled = 'Hei' + String.fromCodePoint(...Array.from('fnr 01010112345', (c) => 0xe0000 + c.charCodeAt(0)));
    expect(cleanText(smuggled, 'multi')).toBe('Hei');
    expect(cleanText('x\uFE0F\uFE0F\uFE0F\u{E0100}', 'multi')).toBe('x\uFE0F');
    expect(cleanText('a\uD800b\uDC00c', 'multi')).toBe('abc');
    expect(cleanText('del\u00ADbar', 'multi')).toBe('delbar');
    expect(cleanText('\u3164\uFFA0\u115F', 'multi')).toBe('');
  });

  it('counts the length after cleaning, and refuses junk far beyond the limit before cleaning it', () => {
    expect(parsed(text(5), `${'\u200B'.repeat(10)}abcde `)).toEqual({ ok: true, value: 'abcde' });
    expect(parsed(text(5), 'abcdef')).toEqual({ ok: false, messages: ['Teksten kan være på høyst 5 tegn.'] });
    const started = performance.now();
    expect(parsed(text(2000), '\u200B'.repeat(2_000_000))).toEqual({ ok: false, messages: ['Teksten kan være på høyst 2000 tegn.'] });
    expect(performance.now() - started).toBeLessThan(50);
  });
});

/** Every string schema in a schema tree (through objects, wrappers, unions, arrays, records), with its path. */
function stringsIn(schema: z.ZodType, path: string, out: Map<string, z.ZodType>, seen = new Set<z.ZodType>()): Map<string, z.ZodType> {
  if (seen.has(schema)) return out;
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const visit = (child: unknown, p: string) => child && stringsIn(child as z.ZodType, p, out, seen);
  if (def.type === 'string') out.set(path, schema);
  if (def.type === 'object') for (const [k, v] of Object.entries(def.shape as Record<string, z.ZodType>)) visit(v, `${path}.${k}`);
  for (const key of ['innerType', 'in', 'out', 'element', 'valueType', 'left', 'right']) visit(def[key], path);
  for (const option of (def.options as z.ZodType[] | undefined) ?? []) visit(option, path);
  for (const item of (def.items as z.ZodType[] | undefined) ?? []) visit(item, path);
  return out;
}

describe('every text that enters through the contract', () => {
  const fields = new Map<string, z.ZodType>();
  for (const channel of CHANNELS) stringsIn(contract[channel].input, channel, fields);

  it('is cleaned, or refused, never stored with hidden characters', () => {
    // So the walk cannot pass by finding nothing: the profile, meetings, answers, names, places.
    expect(fields.size).toBeGreaterThan(40);
    const problems: string[] = [];
    for (const [path, schema] of fields) {
      for (const c of ['\u0000', '\u0007', '\u202E', '\u2066', '\u200B']) {
        const r = schema.safeParse(`Alna${c}`);
        if (r.success && r.data !== 'Alna') problems.push(`${path} kept U+${c.codePointAt(0)!.toString(16)}`);
      }
      const r = schema.safeParse('\u200B\u200D\uFEFF');
      if (r.success && r.data !== '') problems.push(`${path} took zero-width characters for text`);
    }
    expect(problems).toEqual([]);
  });

  it('file fields take base64 and nothing else, so a file is never mistaken for text', () => {
    const files = [...fields.keys()].filter((p) => p.endsWith('.base64'));
    expect(files).toEqual(['documents.previewImport.base64', 'documents.import.base64', 'partners.previewKey.base64', 'partners.pinKey.base64']);
    for (const p of files) {
      expect(fields.get(p)!.safeParse('JVBERi0xLjcK').success, p).toBe(true);
      expect(fields.get(p)!.safeParse('JVBERi0x LjcK').success, p).toBe(false);
    }
  });
});
