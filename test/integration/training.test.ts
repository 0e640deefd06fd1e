import { afterEach, describe, expect, it } from 'vitest';
import { STEPS } from '../../src/shared/exchange/workflow';
import { kandidat } from '../support/fixtures';
import { openTestApp, setUpAs, type TestApp } from '../support/test-app';

let app: TestApp;
afterEach(() => app?.close());

describe('training mode (øvingsmodus)', () => {
  it('switches to a separate database of fictional exchanges at every step, and back', async () => {
    app = openTestApp();
    await setUpAs(app, 'stovner');
    const real = await app.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
    const realRows = { exchanges: app.count('exchanges'), events: app.count('events') };

    expect(await app.ok('training.get', {})).toEqual({ active: false });
    expect(await app.ok('training.set', { active: true })).toEqual({ active: true });

    const settings = await app.ok('setup.get', {});
    expect(settings).toMatchObject({ district: 'stovner', coordinatorName: 'Øvingskoordinator (fiktiv)' });
    const all = await app.ok('exchanges.list', { status: 'alle', limit: 200 });
    expect(all.total).toBeGreaterThanOrEqual(STEPS.length);
    const steps = new Set(all.rows.map((r) => r.currentStep));
    for (const step of STEPS.filter((s) => s !== 'kandidat' && s !== 'mote_etter_ja')) expect(steps, step).toContain(step);
    expect(all.rows.some((r) => r.direction === 'innkommende')).toBe(true);
    expect(all.rows.some((r) => r.outcome === 'avslatt')).toBe(true);
    expect(all.rows.some((r) => r.outcome === 'gjennomfort')).toBe(true);
    expect(all.rows.map((r) => r.reference)).not.toContain(real.state.reference);

    // Work done in training never reaches the real database.
    await app.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
    expect({ exchanges: app.count('exchanges'), events: app.count('events') }).toEqual(realRows);

    await app.ok('training.set', { active: false });
    const back = await app.ok('exchanges.list', { status: 'alle' });
    expect(back.rows.map((r) => r.reference)).toEqual([real.state.reference]);
  });

  it('is seeded once: switching again keeps what was practised', async () => {
    app = openTestApp();
    await setUpAs(app, 'grunerlokka');
    await app.ok('training.set', { active: true });
    const first = (await app.ok('exchanges.list', { status: 'alle' })).total;
    await app.ok('exchanges.create', { partnerDistrict: 'stovner', kandidat });
    await app.ok('training.set', { active: false });
    await app.ok('training.set', { active: true });
    expect((await app.ok('exchanges.list', { status: 'alle' })).total).toBe(first + 1);
    expect((await app.ok('setup.get', {}))?.district).toBe('grunerlokka');
  });
});
