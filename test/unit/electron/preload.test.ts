import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL_PREFIX } from '../../../src/main/transports/ipc';
import type { BytteordningBridge } from '../../../src/shared/bridge';
import { fake } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

describe('preload', () => {
  it('exposes only window.bytteordning.invoke, forwarding under the IPC prefix', async () => {
    await import('../../../src/main/electron/preload');
    expect([...fake.state.exposed.keys()]).toEqual(['bytteordning']);
    const bridge = fake.state.exposed.get('bytteordning') as BytteordningBridge;
    expect(Object.keys(bridge)).toEqual(['invoke']);
    const input = { id: 1 };
    await expect(bridge.invoke('exchanges.get', input)).resolves.toEqual({ ok: true, data: null });
    expect(fake.state.rendererInvokes).toEqual([[`${IPC_CHANNEL_PREFIX}exchanges.get`, input]]);
  });
});
