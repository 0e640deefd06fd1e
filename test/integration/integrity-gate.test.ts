import { afterEach, describe, expect, it } from 'vitest';
import { CHANNELS, READ_ONLY_CHANNELS, RECOVERY_CHANNELS } from '../../src/shared/contract';
import { fullRoutine, kandidat } from '../support/fixtures';
import { openTestApp, setUpAs, type TestApp } from '../support/test-app';

let app: TestApp;
afterEach(() => app?.close());

async function withAnExchange(a: TestApp) {
  await setUpAs(a);
  const d = await a.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
  for (const action of fullRoutine().slice(0, 3)) await a.ok('exchanges.act', { id: d.id, action });
  return d.id;
}

describe('the integrity check at start, in a worker', () => {
  it('lets the overview answer at once and holds every write until the check has passed', async () => {
    app = openTestApp();
    const id = await withAnExchange(app);
    const { dataDir, key } = app;
    app.close();

    app = openTestApp({ dataDir, key });
    const order: string[] = [];
    const checked = app.integrityChecked().then((sound) => order.push(`check:${sound}`));
    const write = app.dispatch('exchanges.get', { id }).then((r) => order.push(`write:${r.ok}`));
    const read = app.dispatch('exchanges.list', {}).then((r) => order.push(`read:${r.ok}`));
    await Promise.all([checked, write, read]);
    // Opening an exchange writes its audit row, so it waits; the list does not.
    expect(order).toEqual(['read:true', 'check:true', 'write:true']);
  });

  it('a new database is checked as it is created, so nothing waits', async () => {
    app = openTestApp();
    const order: string[] = [];
    const write = setUpAs(app).then(() => order.push('write'));
    const checked = app.integrityChecked().then(() => order.push('check'));
    await Promise.all([write, checked]);
    expect(order).toEqual(['check', 'write']);
    expect(await app.integrityChecked()).toBe(true);
  });

  it('the channels that answer during the check only read: none of them changes a row', async () => {
    app = openTestApp();
    const id = await withAnExchange(app);
    const { base64 } = await app.ok('documents.make', { id, kind: 'brukerprofil' });
    const inputs: Record<string, unknown> = {
      'exchanges.history': { id },
      'documents.list': { id },
      'audit.forExchange': { id },
      'documents.previewImport': { base64 },
      'stats.balance': { from: '2026-01-01', to: '2026-12-31' },
      'stats.pilot': { from: '2026-01-01', to: '2026-12-31' },
    };
    const changes = () => app.db.prepare('SELECT total_changes() AS n').get() as { n: number };
    for (const channel of READ_ONLY_CHANNELS) {
      const before = changes();
      const r = await app.dispatch(channel, inputs[channel] ?? {});
      // Our own profile is refused as an import (it is addressed to the partner), after it was read and checked.
      if (channel === 'documents.previewImport') expect(r, channel).toMatchObject({ ok: false, error: { code: 'DOKUMENT_FEIL_MOTTAKER' } });
      else expect(r, channel).toMatchObject({ ok: true });
      expect(changes(), channel).toEqual(before);
    }
    // Every channel is either a read or waits; the way out is part of the contract.
    expect(READ_ONLY_CHANNELS.size).toBeLessThan(CHANNELS.length);
    for (const c of RECOVERY_CHANNELS) expect(CHANNELS).toContain(c);
  });
});
