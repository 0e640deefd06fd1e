import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIST_SORTS } from '../../src/shared/list-order';
import { kandidat } from '../support/fixtures';
import { openTestApp, setUpAs, type TestApp } from '../support/test-app';

let app: TestApp;
const created: Record<string, string> = {};

beforeAll(async () => {
  app = openTestApp();
  await setUpAs(app);
  // 23:30 UTC on New Year's Eve is 00:30 on 1 January in Oslo.
  for (const at of ['2025-12-31T22:30:00Z', '2025-12-31T23:30:00Z', '2026-01-15T10:00:00Z', '2026-01-31T22:59:00Z', '2026-01-31T23:00:00Z', '2026-02-10T10:00:00Z']) {
    app.setNow(at);
    const { state } = await app.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
    created[at] = state.reference;
  }
});
afterAll(() => app?.close());

describe('exchanges.list: registered between two days', () => {
  it('takes the days as Oslo days, both ends included', async () => {
    const january = await app.ok('exchanges.list', { status: 'alle', createdFrom: '2026-01-01', createdTo: '2026-01-31', sort: 'eldste' });
    expect(january.total).toBe(3);
    expect(january.rows.map((r) => r.reference)).toEqual([created['2025-12-31T23:30:00Z'], created['2026-01-15T10:00:00Z'], created['2026-01-31T22:59:00Z']]);
  });

  it('takes one end alone too', async () => {
    expect((await app.ok('exchanges.list', { status: 'alle', createdFrom: '2026-02-01' })).total).toBe(2);
    expect((await app.ok('exchanges.list', { status: 'alle', createdTo: '2025-12-31' })).total).toBe(1);
  });

  it('refuses a period that ends before it starts', async () => {
    const r = await app.dispatch('exchanges.list', { createdFrom: '2026-02-01', createdTo: '2026-01-01' });
    expect(r).toMatchObject({ ok: false, error: { code: 'UGYLDIG_INNDATA', fields: [{ path: 'createdTo' }] } });
  });
});

describe('exchanges.list: pages', () => {
  for (const sort of LIST_SORTS) {
    it(`hands out every exchange exactly once, page by page, sorted by ${sort}`, async () => {
      const seen: string[] = [];
      for (let offset = 0; ; offset += 4) {
        const page = await app.ok('exchanges.list', { status: 'alle', sort, offset, limit: 4 });
        expect(page.total).toBe(6);
        seen.push(...page.rows.map((r) => r.reference));
        if (page.rows.length < 4) break;
      }
      expect(seen.sort()).toEqual(Object.values(created).sort());
    });
  }

  it('sorts newest first and oldest first as mirror images', async () => {
    const newest = await app.ok('exchanges.list', { status: 'alle', sort: 'nyeste' });
    const oldest = await app.ok('exchanges.list', { status: 'alle', sort: 'eldste' });
    expect(newest.rows.map((r) => r.reference)).toEqual([...oldest.rows.map((r) => r.reference)].reverse());
  });
});
