import type { IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { CHANNELS, type Result } from '../../shared/contract';
import { ERROR_MESSAGES } from '../../shared/errors';
import type { App } from '../app';
import { INSTANCE_MESSAGES } from '../../shared/i18n/system-messages';

/** Every IPC channel name is this prefix + a contract channel, so ours never collide with Electron's own. */
export const IPC_CHANNEL_PREFIX = 'bytteordning:';

export const UNTRUSTED_SENDER_MESSAGE = INSTANCE_MESSAGES.ukjentVindu;

/** The part of `ipcMain` this transport uses; taken as a parameter so this module never loads 'electron'. */
export interface IpcRegistrar {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

export type SenderCheck = (frame: WebFrameMain | null) => boolean;

/**
 * Registers one `ipcMain.handle` per contract channel, and no others: a renderer can reach
 * nothing that is not in the contract. Returns the registered IPC channel names.
 */
export function registerIpc(ipcMain: IpcRegistrar, app: Pick<App, 'dispatch'>, isTrustedSender: SenderCheck): string[] {
  const registered: string[] = [];
  for (const channel of CHANNELS) {
    const ipcChannel = IPC_CHANNEL_PREFIX + channel;
    ipcMain.handle(ipcChannel, async (event, input): Promise<Result<unknown>> => {
      // senderFrame is null once the frame navigated away or died; treat that as untrusted too.
      if (!isTrustedSender(event.senderFrame)) {
        return { ok: false, error: { code: 'IKKE_TILGANG', message: UNTRUSTED_SENDER_MESSAGE } };
      }
      try {
        return await app.dispatch(channel, input);
      } catch (err) {
        // dispatch should never throw; if it does, a thrown error would cross to the renderer with
        // internal details in its message, so answer with the generic error instead.
        // Only the error's name is logged: a message could quote case data.
        console.error(`[ipc] ${channel}: dispatch threw ${err instanceof Error ? err.name : typeof err}`);
        return { ok: false, error: { code: 'INTERN_FEIL', message: ERROR_MESSAGES.INTERN_FEIL } };
      }
    });
    registered.push(ipcChannel);
  }
  return registered;
}
