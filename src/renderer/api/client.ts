import type {} from '../../shared/bridge';
import type { Channel, ChannelInput, ChannelOutput, Result } from '../../shared/contract';
import type { AppErrorShape } from '../../shared/errors';
import { ERROR_MESSAGES } from '../../shared/errors';
import { noteRefusal } from './damaged';
import { sessionHeaders } from './session';

/** A refusal or failure from main, with the Norwegian sentence to show. */
export class ApiError extends Error {
  readonly shape: AppErrorShape;
  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.shape = shape;
  }
}

async function overHttp(channel: string, input: unknown): Promise<Result<unknown>> {
  let res: Response;
  try {
    const session = await sessionHeaders();
    if ('refused' in session) return { ok: false, error: session.refused };
    res = await fetch(`./api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...session.headers },
      body: JSON.stringify(input ?? {}),
      credentials: 'omit',
    });
  } catch {
    // Browser mode gets a new address at every start, so a tab left open cannot reconnect.
    return { ok: false, error: { code: 'INGEN_KONTAKT', message: ERROR_MESSAGES.INGEN_KONTAKT } };
  }
  return (await res.json()) as Result<unknown>;
}

/** Calls main through whichever transport this window has: Electron's bridge, or HTTP. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = window.bytteordning
    ? await window.bytteordning.invoke(channel, input)
    : await overHttp(channel, input);
  if (!result.ok) {
    noteRefusal(result.error);
    throw new ApiError(result.error);
  }
  return result.data as ChannelOutput<C>;
}

export function errorMessage(err: unknown): string {
  return err instanceof ApiError ? err.message : ERROR_MESSAGES.INTERN_FEIL;
}
