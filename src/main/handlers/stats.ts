import type { ExportFile } from '../../shared/contract-common';
import { osloToday } from '../../shared/exchange/primitives';
import { balanceFor, pilotFor } from '../stats/statistics';
import { statsCsvFile, statsPdfFile } from '../stats/report';
import { type HandlerContext, type Handlers, requireSetup } from './types';

/** A file that leaves the app is in the audit trail, as every exported document is. */
function logged(ctx: HandlerContext, file: ExportFile): ExportFile {
  ctx.audit.log({ action: 'dokument.eksportert', detail: file.fileName });
  return file;
}

export const statsHandlers = {
  'stats.balance': (input, ctx) => balanceFor(ctx, requireSetup(ctx).district, input),

  'stats.pilot': (input, ctx) => {
    requireSetup(ctx);
    return pilotFor(ctx, input);
  },

  'stats.exportCsv': (input, ctx) => logged(ctx, statsCsvFile(ctx, requireSetup(ctx), input, osloToday(ctx.now()))),

  'stats.exportPdf': async (input, ctx) => {
    const now = ctx.now();
    return logged(ctx, await statsPdfFile(ctx, requireSetup(ctx), input, osloToday(now), now));
  },
} satisfies Partial<Handlers>;
