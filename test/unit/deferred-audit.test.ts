import { describe, expect, it, vi } from 'vitest';
import type { AuditLog } from '../../src/main/audit/audit-log';
import { createDeferredAudit } from '../../src/main/audit/deferred-audit';

function fakeLog(): AuditLog & { rows: unknown[] } {
  const rows: unknown[] = [];
  return { rows, log: (e) => void rows.push(e), forReference: () => [], verify: () => ({ ok: true, checked: rows.length }), head: () => null };
}

describe('the deferred audit of readings during the integrity check', () => {
  it('keeps openings with the time they happened and appends them, in order, once the check has passed', () => {
    let checking = true;
    const inner = fakeLog();
    const deferred = createDeferredAudit(() => checking, () => new Date('2026-03-03T10:00:00Z'));
    const audit = deferred.wrap(inner);
    audit.log({ action: 'apnet', exchangeId: 1 });
    audit.log({ action: 'apnet', exchangeId: 2, at: '2026-03-03T09:59:00.000Z' });
    expect(inner.rows).toEqual([]);
    checking = false;
    const transaction = vi.fn((fn: () => void) => fn());
    deferred.flush(transaction);
    expect(transaction).toHaveBeenCalledOnce();
    expect(inner.rows).toEqual([
      { action: 'apnet', exchangeId: 1, at: '2026-03-03T10:00:00.000Z' },
      { action: 'apnet', exchangeId: 2, at: '2026-03-03T09:59:00.000Z' },
    ]);
    audit.log({ action: 'apnet', exchangeId: 3 });
    expect(inner.rows).toHaveLength(3);
  });

  it('drops them when the check fails, and refuses any other row during the check', () => {
    const inner = fakeLog();
    const deferred = createDeferredAudit(() => true, () => new Date());
    const audit = deferred.wrap(inner);
    audit.log({ action: 'apnet', exchangeId: 1 });
    expect(() => audit.log({ action: 'exchanges.act' as never, exchangeId: 1 })).toThrow(/during the integrity check/);
    expect(deferred.drop()).toBe(1);
    deferred.flush((fn) => fn());
    expect(inner.rows).toEqual([]);
  });
});
