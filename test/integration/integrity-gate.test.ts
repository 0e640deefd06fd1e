import { afterEach, describe, expect, it } from 'vitest';
import { CHANNELS, READ_ONLY_CHANNELS, RECOVERY_CHANNELS } from '../../src/shared/contract';
import { verifyAuditChain } from '../../src/main/audit/chain';
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

    app = openTestApp({ dataDir, key, now: '2026-05-07T10:00:00Z' });
    const order: string[] = [];
    const read = app.dispatch('exchanges.list', {}).then((r) => order.push(`read:${r.ok}`));
    const opened = app.dispatch('exchanges.get', { id }).then((r) => order.push(`open:${r.ok}`));
    const write = app.dispatch('exchanges.act', { id, action: fullRoutine()[3]! }).then((r) => order.push(`write:${r.ok}`));
    const checked = app.integrityChecked().then((sound) => order.push(`check:${sound}`));
    await Promise.all([read, opened, write, checked]);
    expect(order).toEqual(['read:true', 'open:true', 'check:true', 'write:true']);
    // The opening was logged once the check had passed, before the write that waited, at the time it was opened.
    const log = app.db.prepare('SELECT action, at FROM audit_log ORDER BY id DESC LIMIT 2').all();
    expect(log).toEqual([
      { action: fullRoutine()[3]!.type, at: '2026-05-07T10:00:00.000Z' },
      { action: 'apnet', at: '2026-05-07T10:00:00.000Z' },
    ]);
    expect(verifyAuditChain(app.db, app.signingKey.publicKey)).toMatchObject({ ok: true });
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
      'sync.status': { id },
      'documents.previewImport': { base64 },
      'stats.balance': { from: '2026-01-01', to: '2026-12-31' },
      'stats.pilot': { from: '2026-01-01', to: '2026-12-31' },
    };
    const changes = () => app.db.prepare('SELECT total_changes() AS n').get() as { n: number };
    const lastAudit = () => app.db.prepare('SELECT id, action, detail FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; action: string; detail: string };
    for (const channel of READ_ONLY_CHANNELS) {
      const before = changes();
      const auditBefore = lastAudit();
      const r = await app.dispatch(channel, inputs[channel] ?? {});
      if (channel === 'documents.previewImport') {
        // Our own profile is refused as an import (it is addressed to the partner), after it was read and checked;
        // the one row written is the trail's record of the refusal, once the check has passed.
        expect(r, channel).toMatchObject({ ok: false, error: { code: 'DOKUMENT_FEIL_MOTTAKER' } });
        expect(lastAudit(), channel).toEqual({ id: auditBefore.id + 1, action: 'dokument.avvist', detail: 'DOKUMENT_FEIL_MOTTAKER' });
        expect(changes(), channel).toEqual({ n: before.n + 1 });
      } else {
        expect(r, channel).toMatchObject({ ok: true });
        expect(changes(), channel).toEqual(before);
      }
    }
    // Every channel is either a read or waits; the way out is part of the contract.
    expect(READ_ONLY_CHANNELS.size).toBeLessThan(CHANNELS.length);
    for (const c of RECOVERY_CHANNELS) expect(CHANNELS).toContain(c);
  });
});
