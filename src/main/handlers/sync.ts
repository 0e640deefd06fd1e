import type { SyncStatus } from '../../shared/contract-sync';
import { AppError } from '../../shared/errors';
import { SYNC_MESSAGES } from '../../shared/i18n/sync-messages';
import type { ExchangeState } from '../../shared/exchange/model';
import { partnerDistrict } from '../../shared/exchange/workflow';
import { changeLine } from '../../shared/sync/apply';
import { differingFacts, sharedFacts, sharedFactsText } from '../../shared/sync/shared-facts';
import { fingerprint } from '../identity/signing-key';
import { encryptionKeyOf, exportPublicKey, importPublicKey } from '../sync/encryption-key';
import { makePartnerKeyFile, receivePartnerKey } from '../sync/partner-key-file';
import { checkSharedFolder, fetchFromSharedFolders, sendToSharedFolder } from '../sync/shared-folder';
import { sharedHashOf } from '../sync/signed-update';
import { actorOf } from './exchange-state';
import { load } from './exchanges';
import { type HandlerContext, type Handlers, requireSetup } from './types';

function partners(ctx: HandlerContext) {
  return {
    ownFingerprint: fingerprint(ctx.signingKey.publicKey),
    partners: ctx.sync.partnerKeys().map(({ district, coordinator, fingerprint: fp, pinnedAt, pinnedBy, folder }) => ({
      district,
      coordinator,
      fingerprint: fp,
      pinnedAt,
      pinnedBy,
      folder,
    })),
  };
}


function status(ctx: HandlerContext, id: number, s: ExchangeState): SyncStatus {
  const pending = ctx.sync.pending(id);
  const lastOut = ctx.sync.last(id, 'ut');
  const lastIn = ctx.sync.last(id, 'inn');
  // The partner's record is known only as of its last update, and only if that had all of ours.
  const comparable = pending.length === 0 && lastIn !== null && lastIn.ack >= (lastOut?.seq ?? 0);
  const agrees = comparable && sharedHashOf(sharedFactsText(s)) === lastIn.sharedHash;
  const partner = ctx.sync.partnerKey(partnerDistrict(s));
  return {
    paired: partner !== null,
    sharedFolder: Boolean(partner?.folder),
    unsent: pending.length,
    unsentChanges: pending.map((c) => changeLine(c, s)),
    lastSent: lastOut ? { seq: lastOut.seq, at: lastOut.at } : null,
    lastReceived: lastIn ? { seq: lastIn.seq, at: lastIn.at, sender: lastIn.sender } : null,
    agreement: !comparable ? 'venter' : agrees ? 'enige' : 'ulike',
    differing: comparable && !agrees ? differingFacts(sharedFacts(s), lastIn.shared) : [],
    conflicts: ctx.sync.conflicts(id).map((c) => ({
      id: c.id,
      fact: c.fact,
      reason: c.reason,
      summary: changeLine(c.change, s),
      actor: c.change.actor,
      updateSeq: c.updateSeq,
      receivedAt: c.receivedAt,
    })),
  };
}

export const syncHandlers = {
  'partners.list': (_input, ctx) => {
    requireSetup(ctx);
    return partners(ctx);
  },

  'partners.ownKey': (_input, ctx) => {
    const settings = requireSetup(ctx);
    const file = makePartnerKeyFile({
      district: settings.district,
      coordinator: actorOf(settings),
      signingKey: exportPublicKey(ctx.signingKey.publicKey),
      encryptionKey: exportPublicKey(encryptionKeyOf(ctx.signingKey).publicKey),
      createdAt: ctx.now().toISOString(),
    });
    return { fileName: `partnernokkel-${settings.district}.json`, mimeType: 'application/json', base64: file.toString('base64'), fingerprint: fingerprint(ctx.signingKey.publicKey) };
  },

  'partners.previewKey': async (input, ctx) => {
    const settings = requireSetup(ctx);
    const { file, publicKey } = await receivePartnerKey(input.base64, settings.district);
    return {
      district: file.district,
      coordinator: file.coordinator,
      fingerprint: fingerprint(publicKey),
      replaces: ctx.sync.partnerKey(file.district)?.fingerprint ?? null,
    };
  },

  // A replaced key is a new PC or a lost key at the partner: the audit trail records which, by fingerprint.
  'partners.pinKey': async (input, ctx) => {
    const settings = requireSetup(ctx);
    const { file, publicKey } = await receivePartnerKey(input.base64, settings.district);
    const fp = fingerprint(publicKey);
    if (input.fingerprint !== fp) {
      throw new AppError('PARTNERNOKKEL_UGYLDIG', SYNC_MESSAGES.feilFingeravtrykk);
    }
    if (!importPublicKey(file.encryptionKey, 'x25519')) throw new AppError('PARTNERNOKKEL_UGYLDIG');
    const before = ctx.sync.partnerKey(file.district);
    if (before?.fingerprint === fp) return partners(ctx);
    const at = ctx.now().toISOString();
    ctx.db.transaction(() => {
      ctx.sync.pinPartnerKey({
        district: file.district,
        signingKey: file.signingKey,
        encryptionKey: file.encryptionKey,
        fingerprint: fp,
        coordinator: file.coordinator,
        pinnedAt: at,
        pinnedBy: actorOf(settings),
      });
      ctx.audit.log({ action: before ? 'partnernokkel.byttet' : 'partnernokkel.lagret', detail: `${file.district}:${fp.replaceAll(' ', '').slice(0, 20)}`, at });
    })();
    return partners(ctx);
  },

  'partners.setFolder': async (input, ctx) => {
    requireSetup(ctx);
    const partner = ctx.sync.partnerKey(input.district);
    if (!partner) throw new AppError('PARTNER_IKKE_PARET', SYNC_MESSAGES.ikkeParetMappe);
    const folder = input.folder === null ? null : await checkSharedFolder(input.folder);
    if (folder === partner.folder) return partners(ctx);
    ctx.db.transaction(() => {
      ctx.sync.setFolder(input.district, folder);
      // The district only: a path is words a person typed, and the trail holds none.
      ctx.audit.log({ action: folder === null ? 'felles_mappe.fjernet' : 'felles_mappe.lagret', detail: input.district });
    })();
    return partners(ctx);
  },

  'sync.status': (input, ctx) => {
    requireSetup(ctx);
    const stored = load(ctx, input.id);
    return status(ctx, stored.id, stored.state);
  },

  'sync.sendToFolder': async (input, ctx) => {
    const settings = requireSetup(ctx);
    return sendToSharedFolder(ctx, settings, load(ctx, input.id));
  },

  'sync.fetchFromFolder': async (_input, ctx) => fetchFromSharedFolders(ctx, requireSetup(ctx)),
} satisfies Partial<Handlers>;
