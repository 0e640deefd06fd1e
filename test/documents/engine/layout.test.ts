import { describe, expect, it } from 'vitest';
import { keepFlags } from '../../../src/main/documents/engine/blocks/context';
import { paginate, type DrawContext, type Fragment } from '../../../src/main/documents/engine/flow';
import { loadFonts } from '../../../src/main/documents/engine/fonts';
import { printable } from '../../../src/main/documents/engine/glyphs';
import { wrapText } from '../../../src/main/documents/engine/wrap';

// One unit per character makes widths easy to reason about.
const measure = (s: string): number => [...s].length;

describe('wrapText', () => {
  it('fills lines greedily and collapses spaces', () => {
    expect(wrapText('aa bb  cc dd', 5, measure)).toEqual(['aa bb ', 'cc dd']);
  });

  it('keeps forced breaks and blank lines, drops trailing blank lines', () => {
    expect(wrapText('aa\n\nbb\n\n', 10, measure)).toEqual(['aa', '', 'bb']);
  });

  it('breaks an over-long word, preferring a natural break point', () => {
    expect(wrapText('abc-defghij', 6, measure)).toEqual(['abc-', 'defghi', 'j']);
    expect(wrapText('abcdefghij', 4, measure)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('breaks a compound at its hyphen, wherever the hyphen is, never inside a part that fits', () => {
    // The delegation once showed «Stovner-Koordinat/or»: the hyphen was in the first half of the line.
    expect(wrapText('Stovner-Koordinator', 17, measure)).toEqual(['Stovner-', 'Koordinator']);
    expect(wrapText('Bydel Stovner-Koordinator', 17, measure)).toEqual(['Bydel ', 'Stovner-', 'Koordinator']);
    expect(wrapText('a-b-c-defg', 5, measure)).toEqual(['a-b-', 'c-', 'defg']);
    expect(wrapText('https://bydel.oslo.kommune.no', 12, measure)).toEqual(['https://', 'bydel.oslo.', 'kommune.no']);
  });

  it('does not break at a no-break space', () => {
    expect(wrapText('kr\u00A0100 000', 6, measure)).toEqual(['kr\u00A0100 ', '000']);
  });
});

describe('keepFlags', () => {
  it('prevents orphans and widows', () => {
    expect(keepFlags(1)).toEqual([false]);
    expect(keepFlags(2)).toEqual([true, false]);
    expect(keepFlags(5)).toEqual([true, false, false, true, false]);
  });

  it('keeps short runs together', () => {
    expect(keepFlags(4, 4)).toEqual([true, true, true, false]);
  });
});

describe('printable', () => {
  const font = loadFonts().Regular;
  it('keeps Norwegian letters and typographic punctuation', () => {
    expect(printable(font, 'Æ Ø Å æ ø å – “sitat” « » … €')).toBe('Æ Ø Å æ ø å – “sitat” « » … €');
  });
  it('composes decomposed letters', () => {
    expect(printable(font, 'a\u030A')).toBe('å');
  });
  it('replaces what the font lacks', () => {
    expect(printable(font, 'a→b ✓ 😀 Ŝ\u00AD\u202Fx\u0007')).toBe('a->b x ? S\u00A0x');
  });
});

describe('paginate', () => {
  const TOP = 100;
  const BOTTOM = 400;

  function run(fragments: Fragment[]) {
    const placed: { id: string; page: number; y: number }[] = [];
    let page = 1;
    const ctx = { doc: { addPage: () => page++ } } as unknown as DrawContext;
    const frag = (f: Fragment, id: string): Fragment => ({ ...f, draw: (_c, y) => placed.push({ id, page, y }) });
    paginate(
      ctx,
      fragments.map((f, i) => frag(f, String(i))),
      { firstTop: TOP, top: TOP, bottom: BOTTOM, onNewPage: () => undefined },
    );
    return placed;
  }
  const line = (extra: Partial<Fragment> = {}): Fragment => ({ height: 20, spaceBefore: 0, draw: () => undefined, ...extra });

  it('moves a heading to the next page when its first lines would not fit with it', () => {
    // 13 lines fill y 100..360; heading (20) would fit at 360..380, but not with two lines after it.
    const fragments = [
      ...Array.from({ length: 13 }, () => line()),
      line({ keepWithNext: true }), // heading
      line({ keepWithNext: true }), // first line (orphan control)
      line(),
    ];
    const placed = run(fragments);
    expect(placed[13]).toMatchObject({ page: 2, y: TOP });
    expect(placed[14]).toMatchObject({ page: 2 });
  });

  it('drops space before a fragment at the top of a page', () => {
    const placed = run([...Array.from({ length: 15 }, () => line()), line({ spaceBefore: 30 })]);
    expect(placed[15]).toMatchObject({ page: 2, y: TOP });
  });

  it('draws the repeated header before a fragment that starts a new page', () => {
    const drawn: string[] = [];
    const header: Fragment = { height: 25, spaceBefore: 0, draw: () => drawn.push('header') };
    let page = 1;
    const ctx = { doc: { addPage: () => page++ } } as unknown as DrawContext;
    const rows = Array.from({ length: 20 }, (_, i): Fragment => ({
      height: 20,
      spaceBefore: 0,
      header,
      draw: (_c, y) => drawn.push(`row${i}@${page}:${y}`),
    }));
    paginate(ctx, rows, { firstTop: TOP, top: TOP, bottom: BOTTOM, onNewPage: () => undefined });
    expect(drawn).toContain('header');
    expect(drawn[drawn.indexOf('header') + 1]).toBe(`row15@2:${TOP + 25}`);
  });

  it('never loops on a fragment taller than a page', () => {
    const placed = run([line(), line({ height: 1000 }), line()]);
    expect(placed.map((p) => p.page)).toEqual([1, 2, 3]);
  });
});
