import { AppError } from '../../shared/errors';
import { fingerprint } from '../identity/signing-key';
import { retentionPreview, runRetention } from '../retention';
import { type HandlerContext, type Handlers, requireSetup } from './types';

/** Backups are of the real cases: changing them while practising would be a real act by mistake. */
function refuseInTraining(ctx: HandlerContext): void {
  if (ctx.mode.training) throw new AppError('IKKE_I_OVINGSMODUS');
}

export const privacyHandlers = {
  // With the public key from the key store and the signed head beside the database (audit/chain.ts).
  'audit.verify': (_input, ctx) => ({ ...ctx.audit.verify(), fingerprint: fingerprint(ctx.signingKey.publicKey) }),

  'audit.forExchange': (input, ctx) => {
    requireSetup(ctx);
    const stored = ctx.exchanges.get(input.id);
    if (!stored) throw new AppError('BYTTE_FINNES_IKKE');
    return ctx.audit.forReference(stored.state.reference);
  },

  'database.checked': async (_input, ctx) => {
    if (!(await ctx.integrityChecked())) throw new AppError('DATABASE_SKADET');
    return { checked: true as const };
  },

  'backup.list': (_input, ctx) => ctx.backups.overview(),

  'backup.now': async (_input, ctx) => {
    refuseInTraining(ctx);
    await ctx.backups.backupNow();
    return ctx.backups.overview();
  },

  'backup.restore': (input, ctx) => {
    refuseInTraining(ctx);
    return ctx.backups.restore(input.file);
  },

  'backup.saveSettings': (input, ctx) => {
    refuseInTraining(ctx);
    return ctx.backups.saveConfig(input);
  },

  'retention.preview': (_input, ctx) => {
    requireSetup(ctx);
    return retentionPreview(ctx);
  },

  'retention.saveSettings': (input, ctx) => {
    requireSetup(ctx);
    ctx.db.transaction(() => {
      ctx.settings.saveRetention(input, ctx.now().toISOString());
      ctx.audit.log({ action: 'oppbevaring.lagret' });
    })();
    return retentionPreview(ctx);
  },

  'retention.run': (_input, ctx) => {
    requireSetup(ctx);
    return { deleted: runRetention(ctx) };
  },
} satisfies Partial<Handlers>;
