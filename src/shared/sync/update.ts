import { z } from 'zod';
import { districtIdSchema } from '../district-schema';
import { type ExchangeAction, exchangeActionSchema } from '../exchange/actions';
import { avsenderSchema, brukerprofilSchema, malgruppeSchema } from '../exchange/model';
import { factOfAction, partySchema } from '../exchange/ownership';
import { isoDate, isoInstant } from '../exchange/primitives';
import { RECEIVED_CHANGE_MESSAGES } from '../i18n/sync-messages';

/**
 * What crosses between the two installations of one exchange: an append-only log of updates
 * per exchange and sender. Each update carries the sender's changes since its last one (the
 * routine's own actions, as the sender's reducer applied them), its sequence number and the
 * hash of its previous update, and is signed by the sender's installation key (main,
 * src/main/sync). The receiver verifies, applies in order, and never lets an update overwrite
 * a fact it owns (src/shared/exchange/ownership.ts).
 */
export const UPDATE_FORMAT = 'no.oslo.bytteordning/oppdatering';
export const UPDATE_VERSION = 2;
/** The attachment's name in the PDF that carries an update. */
export const UPDATE_ATTACHMENT_NAME = 'bytteordning-oppdatering.json';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
export const referenceSchema = z.string().regex(/^BYTTE-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

/**
 * The profile as it crosses once it is sent: the anonymous profile and the target group, never
 * the candidate step or the dismissed findings.
 */
export const profilDeltSchema = z.object({
  type: z.literal('brukerprofil.delt'),
  profil: brukerprofilSchema,
  malgruppe: z.array(malgruppeSchema).min(1),
  dato: isoDate,
});
export type ProfilDelt = z.infer<typeof profilDeltSchema>;

/** A change as it crosses: one of the routine's actions whose fact crosses, or the sent profile. */
export const crossingActionSchema = z.union([
  profilDeltSchema,
  exchangeActionSchema.refine((a) => factOfAction(a) !== null && a.type !== 'brukerprofil.sendt', {
    error: RECEIVED_CHANGE_MESSAGES.ikkeIOppdatering,
  }),
]);
export type CrossingAction = ProfilDelt | ExchangeAction;

export const updateChangeSchema = z.object({
  at: isoInstant,
  /** Who made it, as the history shows it: the coordinator and the district. */
  actor: z.string().min(1).max(200),
  action: crossingActionSchema,
});
export type UpdateChange = z.infer<typeof updateChangeSchema>;

export const updateSchema = z.object({
  reference: referenceSchema,
  oldDistrict: districtIdSchema,
  newDistrict: districtIdSchema,
  /** The sender's party in the exchange. */
  from: partySchema,
  /** 1, 2, 3 … per exchange and sender. */
  seq: z.number().int().min(1),
  /** The hash of the sender's previous update; null for the first. */
  prevHash: hex64.nullable(),
  createdAt: isoInstant,
  sender: avsenderSchema,
  changes: z.array(updateChangeSchema).max(500),
  /** The highest update from the receiver the sender had applied when it sent this. */
  ack: z.number().int().min(0),
  /** The sender's hash of the shared facts (sync/shared-facts.ts) after these changes. */
  sharedHash: hex64,
  /** The same facts, so a receiver whose hash differs can say where. */
  shared: z.record(z.string(), z.unknown()),
  /** Made in training mode: fictional, importable only in training mode. */
  ovingsmodus: z.literal(true).optional(),
});
export type Update = z.infer<typeof updateSchema>;

/** The signed form, as the attachment carries it. */
export const signedUpdateSchema = z.object({
  format: z.literal(UPDATE_FORMAT),
  version: z.number(),
  update: z.unknown(),
  /** Ed25519 over canonicalJson(update), base64. */
  signature: z.string().max(200),
  /** The signer's key fingerprint, so a receiver can say which key it did not know. */
  fingerprint: z.string().max(200),
});
export type SignedUpdate = z.infer<typeof signedUpdateSchema>;

/** The receiving district of an update. */
export function recipientOfUpdate(u: Pick<Update, 'from' | 'oldDistrict' | 'newDistrict'>) {
  return u.from === 'gammel' ? u.newDistrict : u.oldDistrict;
}

export function senderOfUpdate(u: Pick<Update, 'from' | 'oldDistrict' | 'newDistrict'>) {
  return u.from === 'gammel' ? u.oldDistrict : u.newDistrict;
}
