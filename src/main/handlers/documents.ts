import { documentAvailability, isCrossingKind } from '../../shared/documents/catalog';
import { AppError } from '../../shared/errors';
import { sha256Hex } from '../documents/envelope';
import { makeDocument } from '../documents/make';
import { receiveDocument } from '../documents/receive';
import { encryptionKeyOf } from '../sync/encryption-key';
import { planUpdate } from '../sync/incoming';
import { requirePaired, takeOutgoing } from '../sync/outgoing';
import { actorOf, toDetail } from './exchange-state';
import { load } from './exchanges';
import { type HandlerContext, type Handlers, requireSetup } from './types';

/**
 * An import the app refuses (a file it cannot trust or read, or one the routine does not allow)
 * changes no case, but the trail records that it was tried, with the refusal's code only. The
 * row waits for the start-up integrity check (a preview may run during it): nothing is written
 * to a database that failed it.
 */
export async function logRefusal<T>(ctx: HandlerContext, attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (err) {
    if (err instanceof AppError && (await ctx.integrityChecked())) ctx.audit.log({ action: 'dokument.avvist', detail: err.code });
    throw err;
  }
}

export const documentHandlers = {
  'documents.make': async (input, ctx) => {
    const settings = requireSetup(ctx);
    const stored = load(ctx, input.id);
    const can = documentAvailability(stored.state, input.kind);
    if (!can.available) throw new AppError(can.code, can.reason);
    const now = ctx.now();
    if (input.kind === 'oppdatering') requirePaired(ctx, stored.state);
    // A document that crosses takes every change not yet sent: making it is sending them.
    const outgoing = isCrossingKind(input.kind) ? takeOutgoing(ctx, settings, stored) : undefined;
    const source = { detail: toDetail(stored, settings, now), history: ctx.exchanges.history(stored.id), settings, now, training: ctx.mode.training };
    const file = await makeDocument(source, input.kind, outgoing);
    const createdAt = now.toISOString();
    // The record and its audit row together: an export is never made without its trace.
    const record = ctx.db.transaction(() => {
      const r = ctx.documents.record({
        exchangeId: stored.id,
        kind: input.kind,
        fileName: file.fileName,
        sha256: sha256Hex(file.bytes),
        createdAt,
        createdBy: actorOf(settings),
      });
      ctx.audit.log({ action: 'dokument.eksportert', exchangeId: stored.id, detail: file.fileName, at: createdAt });
      return r;
    })();
    return {
      fileName: file.fileName,
      mimeType: file.mimeType,
      base64: file.bytes.toString('base64'),
      document: { id: record.id, kind: record.kind, version: record.version, createdAt: record.createdAt },
    };
  },

  'documents.list': (input, ctx) => {
    requireSetup(ctx);
    load(ctx, input.id);
    return ctx.documents.list(input.id);
  },

  // The file is normally refused here, at the preview the coordinator sees first.
  'documents.previewImport': async (input, ctx) => {
    const settings = requireSetup(ctx);
    return logRefusal(ctx, async () => planUpdate(ctx, settings, await receiveDocument(input.base64, encryptionKeyOf(ctx.signingKey))).preview);
  },

  // Planned again from the file rather than trusting an earlier preview: the exchange may have
  // changed since. Planning and writing run without a pause, so nothing can come between.
  'documents.import': async (input, ctx) => {
    const settings = requireSetup(ctx);
    return logRefusal(ctx, async () => planUpdate(ctx, settings, await receiveDocument(input.base64, encryptionKeyOf(ctx.signingKey))).apply(input.acceptFindings === true));
  },
} satisfies Partial<Handlers>;
