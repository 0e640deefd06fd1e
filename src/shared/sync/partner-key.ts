import { z } from 'zod';
import { districtIdSchema } from '../district-schema';

/**
 * The «partnernøkkel» file two districts exchange when they pair: the installation's public
 * keys (Ed25519 to verify what it signs, X25519 to encrypt what is sent to it through a shared
 * folder), which district and coordinator it belongs to, and its fingerprint, which the two
 * coordinators read to each other by phone before the key is trusted. It holds nothing secret.
 */
export const PARTNER_KEY_FORMAT = 'no.oslo.bytteordning/partnernokkel';
export const PARTNER_KEY_VERSION = 1;
/** Our key files are under a kilobyte. */
export const MAX_PARTNER_KEY_BYTES = 16 * 1024;

const publicKeyText = z.string().regex(/^[A-Za-z0-9+/]{20,200}={0,2}$/);

export const partnerKeyFileSchema = z.object({
  format: z.literal(PARTNER_KEY_FORMAT),
  version: z.literal(PARTNER_KEY_VERSION),
  district: districtIdSchema,
  coordinator: z.string().min(1).max(200),
  /** SPKI DER, base64. */
  signingKey: publicKeyText,
  encryptionKey: publicKeyText,
  createdAt: z.string().max(40),
});
export type PartnerKeyFile = z.infer<typeof partnerKeyFileSchema>;
