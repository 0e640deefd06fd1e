import { documentAvailability } from '../../shared/documents/catalog';
import { AppError } from '../../shared/errors';
import { sha256Hex } from '../documents/envelope';
import { makeDocument } from '../documents/make';
import { receiveDocument } from '../documents/receive';
import { planImport } from './document-import';
import { actorOf, toDetail } from './exchange-state';
import { load } from './exchanges';
import { type Handlers, requireSetup } from './types';

export const documentHandlers = {
  'documents.make': async (input, ctx) => {
    const settings = requireSetup(ctx);
    const stored = load(ctx, input.id);
    const can = documentAvailability(stored.state, input.kind);
    if (!can.available) throw new AppError(can.code, can.reason);
    const now = ctx.now();
    const file = await makeDocument({ detail: toDetail(stored, settings, now), settings, now, training: ctx.mode.training }, input.kind);
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

  'documents.previewImport': async (input, ctx) => {
    const settings = requireSetup(ctx);
    const doc = await receiveDocument(input.base64);
    return planImport(ctx, settings, doc).preview;
  },

  // Planned again from the file rather than trusting an earlier preview: the exchange may have
  // changed since. Planning and writing run without a pause, so nothing can come between.
  'documents.import': async (input, ctx) => {
    const settings = requireSetup(ctx);
    const doc = await receiveDocument(input.base64);
    return planImport(ctx, settings, doc).apply();
  },
} satisfies Partial<Handlers>;
