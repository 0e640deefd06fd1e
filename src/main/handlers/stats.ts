import { osloToday } from '../../shared/exchange/primitives';
import { balanceFor, pilotFor } from '../stats/statistics';
import { statsCsvFile, statsPdfFile } from '../stats/report';
import { type Handlers, requireSetup } from './types';

export const statsHandlers = {
  'stats.balance': (input, ctx) => balanceFor(ctx, requireSetup(ctx).district, input),

  'stats.pilot': (input, ctx) => {
    requireSetup(ctx);
    return pilotFor(ctx, input);
  },

  'stats.exportCsv': (input, ctx) => statsCsvFile(ctx, requireSetup(ctx), input, osloToday(ctx.now())),

  'stats.exportPdf': (input, ctx) => {
    const now = ctx.now();
    return statsPdfFile(ctx, requireSetup(ctx), input, osloToday(now), now);
  },
} satisfies Partial<Handlers>;
