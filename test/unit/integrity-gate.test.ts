import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIntegrityGate } from '../../src/main/integrity-gate';

afterEach(() => vi.useRealTimers());

/** A check the test finishes by hand. */
function manualCheck() {
  let finish!: (problems: string[]) => void;
  const run = vi.fn(() => new Promise<string[]>((resolve) => (finish = resolve)));
  return { run, finish: (problems: string[]) => finish(problems) };
}

describe('the integrity gate', () => {
  it('lets reads through at once and starts the check only when a write has to wait for it', async () => {
    const gate = createIntegrityGate({ damaged: () => {} });
    const check = manualCheck();
    gate.checking(check.run, 60_000);
    expect(await gate.admit('exchanges.list')).toBeNull();
    expect(check.run).not.toHaveBeenCalled();

    let admitted = false;
    const write = gate.admit('exchanges.act').then((r) => (admitted = r === null));
    await Promise.resolve();
    expect(check.run).toHaveBeenCalledOnce();
    expect(admitted).toBe(false);
    check.finish([]);
    await write;
    expect(admitted).toBe(true);
    expect(gate.health).toBe('ok');
  });

  it('starts the check by itself after the delay, and only once', async () => {
    vi.useFakeTimers();
    const gate = createIntegrityGate({ damaged: () => {} });
    const check = manualCheck();
    gate.checking(check.run, 2000);
    vi.advanceTimersByTime(1999);
    expect(check.run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(check.run).toHaveBeenCalledOnce();
    void gate.request();
    expect(check.run).toHaveBeenCalledOnce();
  });

  it('a damaged database, or a check that could not run, leaves only the way out', async () => {
    const damaged = vi.fn();
    const gate = createIntegrityGate({ damaged });
    gate.checking(() => Promise.reject(new Error('worker gone')), 60_000);
    expect(await gate.request()).toBe(false);
    expect(damaged).toHaveBeenCalledWith(['Error: worker gone']);
    expect(await gate.admit('exchanges.list')).toMatchObject({ code: 'DATABASE_SKADET' });
    expect(await gate.admit('backup.restore')).toBeNull();
    gate.sound(); // after a restore
    expect(await gate.admit('exchanges.act')).toBeNull();
  });
});
