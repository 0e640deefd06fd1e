import { PILOT_PAIR } from '../../shared/districts';
import { AppError } from '../../shared/errors';
import { EXCHANGE_REFUSALS } from '../../shared/i18n/refusals';
import { DEFAULT_SETTINGS_DEADLINES } from '../../shared/settings';
import { type Handlers, requireSetup } from './types';

export const setupHandlers = {
  'setup.get': (_input, ctx) => ctx.settings.get(),

  'setup.save': (input, ctx) => {
    const now = ctx.now().toISOString();
    const existing = ctx.settings.get();
    if (existing && existing.district !== input.district) {
      // Exchanges are seen from this district's side; moving the installation would flip them.
      const { total } = ctx.exchanges.list({ status: 'alle', limit: 1 }, now.slice(0, 10));
      if (total > 0) throw new AppError('ALLEREDE_SATT_OPP', EXCHANGE_REFUSALS.bydelHarBytter);
    }
    ctx.db.transaction(() => {
      ctx.settings.save(input, existing?.deadlines ?? DEFAULT_SETTINGS_DEADLINES, now);
      ctx.audit.log({ action: 'oppsett.lagret', at: now });
      // The routine's pilot pair is active from the start when this district is one of it.
      if (!existing && PILOT_PAIR.includes(input.district)) {
        ctx.pairs.save(PILOT_PAIR[0], PILOT_PAIR[1], true, now);
        ctx.audit.log({ action: 'byttepar.lagret', detail: `${PILOT_PAIR[0]}+${PILOT_PAIR[1]}:aktiv`, at: now });
      }
    })();
    return requireSetup(ctx);
  },

  'settings.saveDeadlines': (input, ctx) => {
    const current = requireSetup(ctx);
    ctx.db.transaction(() => {
      ctx.settings.save(current, input, ctx.now().toISOString());
      ctx.audit.log({ action: 'frister.lagret' });
    })();
    return requireSetup(ctx);
  },
} satisfies Partial<Handlers>;
