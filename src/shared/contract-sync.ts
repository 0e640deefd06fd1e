import { z } from 'zod';
import { backupConfigSchema } from './contract-privacy';
import { districtIdSchema } from './district-schema';
import { factKeySchema } from './exchange/ownership';
import { base64File } from './exchange/primitives';
import { FINGERPRINT_PATTERN } from './identity/fingerprint';
import { empty, exportFileSchema, id } from './contract-common';
import { PARTNER_KEY_MESSAGES } from './i18n/sync-messages';
const fileInput = z.object({ base64: base64File(64 * 1024) });

const pinnedPartnerSchema = z.object({
  district: districtIdSchema,
  coordinator: z.string(),
  fingerprint: z.string(),
  pinnedAt: z.string(),
  pinnedBy: z.string(),
  /** The pair's shared folder (a path on this machine or a network drive); null when none is chosen. */
  folder: z.string().nullable(),
});

export const partnersSchema = z.object({
  /** This installation's own fingerprint, as the partner reads it back on the phone. */
  ownFingerprint: z.string(),
  partners: z.array(pinnedPartnerSchema),
});
export type Partners = z.infer<typeof partnersSchema>;

/** A partner key file as read, before it is trusted: who it claims to be, and what to compare. */
export const partnerKeyPreviewSchema = z.object({
  district: districtIdSchema,
  coordinator: z.string(),
  fingerprint: z.string(),
  /** The fingerprint of the key it would replace; null for a new partner; the same when nothing changes. */
  replaces: z.string().nullable(),
});
export type PartnerKeyPreview = z.infer<typeof partnerKeyPreviewSchema>;

/**
 * Where one exchange stands between the two installations: what is waiting to be sent, what
 * came last from the partner, whether the two records agree, and conflicts to look at.
 */
export const syncStatusSchema = z.object({
  paired: z.boolean(),
  /** The pair has a shared folder, so an update can be put there instead of sent as a file. */
  sharedFolder: z.boolean(),
  unsent: z.number().int().min(0),
  /** What is waiting, one line per change, as the history will say it. */
  unsentChanges: z.array(z.string()),
  lastSent: z.object({ seq: z.number().int(), at: z.string() }).nullable(),
  lastReceived: z.object({ seq: z.number().int(), at: z.string(), sender: z.string() }).nullable(),
  /**
   * enige: the partner's last update had everything we sent, nothing has changed here since,
   * and both records hold the same shared facts. ulike: the same, but they differ (`differing`).
   * venter: one side has changes the other has not seen yet.
   */
  agreement: z.enum(['enige', 'ulike', 'venter']),
  differing: z.array(z.string()),
  conflicts: z.array(
    z.object({ id, fact: factKeySchema, reason: z.string(), summary: z.string(), actor: z.string(), updateSeq: z.number().int(), receivedAt: z.string() }),
  ),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

/**
 * One file found in a shared folder, and what became of it. importert: applied and removed.
 * funn: possible personal identifiers, so not applied; the file stays for Importer dokument.
 * venter: an earlier update is missing; the file stays until it has come. avvist: refused,
 * the file stays. A replay is removed and only counted (`alreadyImported`).
 */
export const folderArrivalSchema = z.object({
  partner: districtIdSchema,
  /** The file's full path, so the coordinator can find it. */
  file: z.string(),
  outcome: z.enum(['importert', 'funn', 'venter', 'avvist']),
  /** Known once the update is verified; null for a file refused before that. */
  reference: z.string().nullable(),
  exchangeId: id.nullable(),
  message: z.string(),
});
export type FolderArrival = z.infer<typeof folderArrivalSchema>;

export const folderFetchSchema = z.object({
  arrivals: z.array(folderArrivalSchema),
  alreadyImported: z.number().int().min(0),
  /** Partners whose folder could not be read, and why. */
  unreachable: z.array(z.object({ district: districtIdSchema, message: z.string() })),
});
export type FolderFetch = z.infer<typeof folderFetchSchema>;

export const syncChannels = {
  'partners.list': { input: empty, output: partnersSchema },
  /** Our own key file, to send the partner district. */
  'partners.ownKey': {
    input: empty,
    output: exportFileSchema.extend({ fingerprint: z.string() }),
  },
  'partners.previewKey': { input: fileInput, output: partnerKeyPreviewSchema },
  /** Trusts the key in the file; `fingerprint` is the one the coordinator compared on the phone, and must match the file's. */
  'partners.pinKey': { input: fileInput.extend({ fingerprint: z.string().regex(FINGERPRINT_PATTERN, { error: PARTNER_KEY_MESSAGES.ikkePartnernokkel }) }), output: partnersSchema },
  /** Chooses (a path) or removes (null) the shared folder with a paired partner district. Main checks that it can write there. */
  'partners.setFolder': {
    input: z.object({
      district: districtIdSchema,
      // A full path, checked as the backup folder's is.
      folder: backupConfigSchema.shape.folder.nullable(),
    }),
    output: partnersSchema,
  },
  'sync.status': { input: z.object({ id }), output: syncStatusSchema },
  /** The exchange's next update (or the last again), sealed to the partner and written to the pair's shared folder. */
  'sync.sendToFolder': { input: z.object({ id }), output: z.object({ seq: z.number().int().min(1), file: z.string() }) },
  /** Reads every paired partner's shared folder and imports what can be imported, in order. */
  'sync.fetchFromFolder': { input: empty, output: folderFetchSchema },
} as const;
