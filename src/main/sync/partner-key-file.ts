import type { KeyObject } from 'node:crypto';
import type { DistrictId } from '../../shared/districts';
import { AppError } from '../../shared/errors';
import { MAX_PARTNER_KEY_BYTES, PARTNER_KEY_FORMAT, PARTNER_KEY_VERSION, type PartnerKeyFile, partnerKeyFileSchema } from '../../shared/sync/partner-key';
import { parseJsonInImportWorker } from '../documents/import-worker-client';
import { importPublicKey } from './encryption-key';

/** Our own key file's bytes: nothing secret, readable by a person who opens it. */
export function makePartnerKeyFile(content: Omit<PartnerKeyFile, 'format' | 'version'>): Buffer {
  const file: PartnerKeyFile = { format: PARTNER_KEY_FORMAT, version: PARTNER_KEY_VERSION, ...content };
  return Buffer.from(`${JSON.stringify(partnerKeyFileSchema.parse(file), null, 2)}\n`);
}

/**
 * A key file received from a partner district, checked: its JSON read in the import worker (it
 * comes from outside), its shape, a signing key of the right kind, and not our own.
 */
export async function receivePartnerKey(base64: string, ownDistrict: DistrictId): Promise<{ file: PartnerKeyFile; publicKey: KeyObject }> {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0 || bytes.length > MAX_PARTNER_KEY_BYTES) throw new AppError('PARTNERNOKKEL_UGYLDIG');
  const parsed = partnerKeyFileSchema.safeParse(await parseJsonInImportWorker(bytes));
  if (!parsed.success) throw new AppError('PARTNERNOKKEL_UGYLDIG');
  if (parsed.data.district === ownDistrict) throw new AppError('PARTNERNOKKEL_EGEN');
  const publicKey = importPublicKey(parsed.data.signingKey, 'ed25519');
  if (!publicKey) throw new AppError('PARTNERNOKKEL_UGYLDIG');
  return { file: parsed.data, publicKey };
}
