import { z } from 'zod';
import { districtIdSchema } from '../districts';
import { avsenderSchema, boligSchema, brukerprofilSchema, malgruppeSchema, svarSchema } from '../exchange/model';
import { isoDate } from '../exchange/primitives';

/**
 * The machine-readable part of a document that crosses to the other district. It travels as a
 * JSON file embedded in the PDF:
 *
 *   { format: 'no.oslo.bytteordning/<kind>', version: 1, payload: {...}, sha256: '<hex>' }
 *
 * `sha256` is the SHA-256 of canonicalJson(payload), so any change to the payload after the
 * document was made is caught on import. The hash itself is computed in main (node:crypto);
 * this module only defines the shapes and the canonical serialisation both ends agree on.
 */

export const PAYLOAD_VERSION = 1;
export const PAYLOAD_ATTACHMENT_NAME = 'bytteordning.json';
export const FORMAT_PREFIX = 'no.oslo.bytteordning/';

/** Documents that carry a payload, in the order the routine makes them. */
export const CROSSING_KINDS = ['brukerprofil', 'svar', 'delegering'] as const;
export type CrossingKind = (typeof CROSSING_KINDS)[number];

export function formatOf(kind: CrossingKind): string {
  return `${FORMAT_PREFIX}${kind}`;
}

/** The reference both apps use for one exchange. */
const referenceSchema = z.string().regex(/^BYTTE-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

/** Every payload says which exchange it belongs to, between which districts, and who sent it. */
const partiesSchema = z.object({
  reference: referenceSchema,
  oldDistrict: districtIdSchema,
  newDistrict: districtIdSchema,
  sender: avsenderSchema,
  /** Made in training mode: fictional, and importable only in training mode. Absent otherwise. */
  ovingsmodus: z.literal(true).optional(),
});

/**
 * The anonymous profile and nothing more: never the candidate step's reasons, our internal
 * reference or the coordinator's dismissed findings.
 */
export const profilePayloadSchema = partiesSchema.extend({
  malgruppe: z.array(malgruppeSchema).min(1),
  profil: brukerprofilSchema,
  date: isoDate,
});
export type ProfilePayload = z.infer<typeof profilePayloadSchema>;

export const answerPayloadSchema = partiesSchema.extend({ svar: svarSchema });
export type AnswerPayload = z.infer<typeof answerPayloadSchema>;

export const delegationPayloadSchema = partiesSchema.extend({ bolig: boligSchema });
export type DelegationPayload = z.infer<typeof delegationPayloadSchema>;

export const PAYLOAD_SCHEMAS = {
  brukerprofil: profilePayloadSchema,
  svar: answerPayloadSchema,
  delegering: delegationPayloadSchema,
} as const satisfies Record<CrossingKind, z.ZodType>;

export interface PayloadByKind {
  brukerprofil: ProfilePayload;
  svar: AnswerPayload;
  delegering: DelegationPayload;
}

/** A received document after its checksum and schema were verified. */
export type CrossingDocument = { [K in CrossingKind]: { kind: K; payload: PayloadByKind[K] } }[CrossingKind];

/** The outer shape, checked before the payload is trusted with anything. */
export const envelopeSchema = z.object({
  format: z.string(),
  version: z.number(),
  payload: z.unknown(),
  sha256: z.string(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

/** Which district a document is addressed to: the profile goes to the new one, the others back to the old. */
export function recipientOf(doc: CrossingDocument) {
  return doc.kind === 'brukerprofil' ? doc.payload.newDistrict : doc.payload.oldDistrict;
}

export function senderDistrictOf(doc: CrossingDocument) {
  return doc.kind === 'brukerprofil' ? doc.payload.oldDistrict : doc.payload.newDistrict;
}

/**
 * JSON with object keys sorted (by UTF-16 code units, as RFC 8785) and no whitespace, so the
 * same data always gives the same text, whatever order it was built or parsed in.
 * Undefined object members are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`);
  return `{${members.join(',')}}`;
}

/** The same data, whatever the key order: how an import recognises what is already stored. */
export function sameData(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
