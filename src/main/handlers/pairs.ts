import { AppError } from '../../shared/errors';
import type { Handlers } from './types';

export const pairHandlers = {
  'pairs.list': (_input, ctx) => ctx.pairs.list(),

  'pairs.save': (input, ctx) => {
    if (input.districtA === input.districtB) throw new AppError('SAMME_BYDEL');
    ctx.db.transaction(() => {
      ctx.pairs.save(input.districtA, input.districtB, input.active, ctx.now().toISOString());
      ctx.audit.log({ action: 'byttepar.lagret', detail: `${input.districtA}+${input.districtB}:${input.active ? 'aktiv' : 'pause'}` });
    })();
    return ctx.pairs.list();
  },
} satisfies Partial<Handlers>;
