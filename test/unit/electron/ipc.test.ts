import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../src/shared/contract';
import { IPC_CHANNEL_PREFIX, registerIpc, type IpcRegistrar } from '../../../src/main/transports/ipc';

type Handler = (event: { senderFrame: unknown }, ...args: unknown[]) => Promise<unknown>;

function setup(trusted: (frame: unknown) => boolean) {
  const handlers = new Map<string, Handler>();
  const ipcMain = { handle: (channel: string, fn: Handler) => handlers.set(channel, fn) } as unknown as IpcRegistrar;
  const dispatch = vi.fn(async (channel: string, input: unknown) => ({ ok: true as const, data: { channel, input } }));
  const registered = registerIpc(ipcMain, { dispatch }, trusted as never);
  return { handlers, dispatch, registered };
}

describe('IPC transport', () => {
  it('uses the bytteordning: prefix', () => {
    expect(IPC_CHANNEL_PREFIX).toBe('bytteordning:');
  });

  it('registers one handler per contract channel and no other', () => {
    const { handlers, registered } = setup(() => true);
    expect([...handlers.keys()]).toEqual(CHANNELS.map((c) => IPC_CHANNEL_PREFIX + c));
    expect(registered).toEqual([...handlers.keys()]);
  });

  it('passes a trusted call and its input to dispatch and returns its result', async () => {
    const frame = { url: 'app://bytteordning/index.html' };
    const trusted = vi.fn((f: unknown) => f === frame);
    const { handlers, dispatch } = setup(trusted);
    const input = { id: 3 };
    const result = await handlers.get('bytteordning:exchanges.get')!({ senderFrame: frame }, input);
    expect(trusted).toHaveBeenCalledWith(frame);
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('exchanges.get', input);
    expect(result).toEqual({ ok: true, data: { channel: 'exchanges.get', input } });
  });

  it('refuses an untrusted sender with IKKE_TILGANG without calling dispatch', async () => {
    const { handlers, dispatch } = setup(() => false);
    for (const channel of CHANNELS) {
      const result = await handlers.get(IPC_CHANNEL_PREFIX + channel)!({ senderFrame: { url: 'https://evil.example/' } }, {});
      expect(result).toEqual({
        ok: false,
        error: { code: 'IKKE_TILGANG', message: 'Forespørselen kom fra et ukjent vindu og ble avvist.' },
      });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns a throwing dispatch into INTERN_FEIL instead of leaking the error to the renderer', async () => {
    const handlers = new Map<string, Handler>();
    const ipcMain = { handle: (channel: string, fn: Handler) => handlers.set(channel, fn) } as unknown as IpcRegistrar;
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    registerIpc(ipcMain, { dispatch: async () => { throw new Error('secret case detail'); } }, () => true);
    const result = (await handlers.get('bytteordning:setup.get')!({ senderFrame: {} }, {})) as { ok: boolean; error: { code: string; message: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('INTERN_FEIL');
    expect(result.error.message).not.toContain('secret');
    expect(String(spy.mock.calls[0]?.[0])).not.toContain('secret');
    spy.mockRestore();
  });
});
