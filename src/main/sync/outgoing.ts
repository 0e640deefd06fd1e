import { districtName } from '../../shared/districts';
import { AppError } from '../../shared/errors';
import { SYNC_MESSAGES } from '../../shared/i18n/sync-messages';
import type { ExchangeState } from '../../shared/exchange/model';
import { ourParty } from '../../shared/exchange/ownership';
import { partnerDistrict } from '../../shared/exchange/workflow';
import type { Settings } from '../../shared/settings';
import { sharedFacts, sharedFactsText } from '../../shared/sync/shared-facts';
import { signedUpdateSchema, type Update, updateSchema } from '../../shared/sync/update';
import { ourSender } from '../documents/common';
import { actorOf } from '../handlers/exchange-state';
import type { HandlerContext } from '../handlers/types';
import type { StoredExchange } from '../repositories/exchange-repository';
import { sharedHashOf, signUpdate, updateHash } from './signed-update';

/** An update ready to leave: its content, and the signed text a file or the shared folder carries. */
export interface Outgoing {
  update: Update;
  signed: string;
  /** False when no change was waiting and this is the last update again, as it was sent. */
  fresh: boolean;
}

/** Whether the partner district of this exchange works in Bytteordning with us: its key is pinned. */
export function partnerPaired(ctx: HandlerContext, s: Pick<ExchangeState, 'direction' | 'oldDistrict' | 'newDistrict'>): boolean {
  return ctx.sync.partnerKey(partnerDistrict(s)) !== null;
}

/** An update on its own is only for a partner that imports it: one on the app, paired with us. */
export function requirePaired(ctx: HandlerContext, s: ExchangeState): void {
  if (partnerPaired(ctx, s)) return;
  throw new AppError(
    'PARTNER_IKKE_PARET',
    SYNC_MESSAGES.ikkeParetSend(districtName(partnerDistrict(s))),
  );
}

/**
 * All changes of this exchange that no update has carried yet, as the next update: numbered,
 * chained to the one before, acknowledging the partner's last, with the shared facts and their
 * hash, signed. Recorded as sent in one transaction, so the same change is never in two
 * updates. With nothing waiting, the last update is made again exactly as it was (a lost file).
 */
export function takeOutgoing(ctx: HandlerContext, settings: Settings, stored: StoredExchange): Outgoing {
  return ctx.db.transaction((): Outgoing => {
    const changes = ctx.sync.pending(stored.id);
    const last = ctx.sync.last(stored.id, 'ut');
    if (changes.length === 0) {
      if (!last?.signed) throw new AppError('INGEN_ENDRINGER');
      return { update: updateSchema.parse(signedUpdateSchema.parse(JSON.parse(last.signed)).update), signed: last.signed, fresh: false };
    }
    const s = stored.state;
    const sharedText = sharedFactsText(s);
    const at = ctx.now().toISOString();
    const update: Update = {
      reference: s.reference,
      oldDistrict: s.oldDistrict,
      newDistrict: s.newDistrict,
      from: ourParty(s),
      seq: (last?.seq ?? 0) + 1,
      prevHash: last?.hash ?? null,
      createdAt: at,
      sender: ourSender(settings),
      changes,
      ack: ctx.sync.last(stored.id, 'inn')?.seq ?? 0,
      sharedHash: sharedHashOf(sharedText),
      shared: sharedFacts(s),
      ...(ctx.mode.training ? { ovingsmodus: true as const } : {}),
    };
    // The projection as it will be read back, without undefined members.
    const checked = updateSchema.parse(JSON.parse(JSON.stringify(update)));
    const signed = signUpdate(checked, ctx.signingKey);
    ctx.sync.record({
      exchangeId: stored.id,
      direction: 'ut',
      seq: checked.seq,
      hash: updateHash(checked),
      sharedHash: checked.sharedHash,
      shared: checked.shared,
      ack: checked.ack,
      at,
      signed,
      sender: actorOf(settings),
    });
    ctx.sync.markSent(stored.id, checked.seq);
    ctx.audit.log({ action: 'oppdatering.sendt', exchangeId: stored.id, detail: `nr.${checked.seq}`, at });
    return { update: checked, signed, fresh: true };
  })();
}
