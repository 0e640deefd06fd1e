import type { z } from 'zod';
import { type Channel, contract, isChannel, type Result } from '../shared/contract';
import { AppError, type AppErrorShape, ERROR_MESSAGES, type FieldError } from '../shared/errors';
import { isCorrupt } from './db/database';
import type { HandlerContext, Handlers } from './handlers/types';

export interface Dispatcher {
  dispatch(channel: string, input: unknown): Promise<Result<unknown>>;
}

export interface DispatcherOptions {
  /** Parse every output with the contract too: on in development and tests. */
  checkOutput?: boolean;
  /** Where unexpected failures are reported (never shown to the user as-is). */
  onUnexpected?: (err: unknown, channel: Channel) => void;
}

function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

function fail(error: AppErrorShape): Result<never> {
  return { ok: false, error };
}

/**
 * The one way into main: unknown channels and invalid input are refused before any handler
 * runs; a handler's refusal (AppError) is passed on; anything else becomes INTERN_FEIL.
 */
export function createDispatcher(
  handlers: Handlers,
  context: () => HandlerContext,
  options: DispatcherOptions = {},
): Dispatcher {
  return {
    async dispatch(channel, input) {
      if (typeof channel !== 'string' || !isChannel(channel)) {
        return fail({ code: 'UKJENT_KANAL', message: ERROR_MESSAGES.UKJENT_KANAL });
      }
      const spec = contract[channel];
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) {
        return fail({ code: 'UGYLDIG_INNDATA', message: ERROR_MESSAGES.UGYLDIG_INNDATA, fields: fieldErrors(parsed.error) });
      }
      try {
        const handler = handlers[channel] as (input: unknown, ctx: HandlerContext) => unknown;
        const data = await handler(parsed.data, context());
        if (options.checkOutput) spec.output.parse(data);
        return { ok: true, data };
      } catch (err) {
        if (err instanceof AppError) return fail(err.toShape());
        // A read that ran into a damaged page before the integrity check had finished.
        if (isCorrupt(err)) {
          return fail({ code: 'DATABASE_SKADET', message: ERROR_MESSAGES.DATABASE_SKADET });
        }
        options.onUnexpected?.(err, channel);
        return fail({ code: 'INTERN_FEIL', message: ERROR_MESSAGES.INTERN_FEIL });
      }
    },
  };
}
