import { z } from 'zod';
import { districtIdSchema } from './district-schema';
import { DOCUMENT_KINDS } from './documents/catalog';
import { avsenderSchema } from './exchange/model';
import { base64File } from './exchange/primitives';
import { exportFileSchema, id } from './contract-common';

/**
 * The largest file an import accepts. Base64 makes it a third larger, and the browser-mode
 * transport takes at most 2 MB per request; our own PDFs are far smaller.
 */
export const MAX_IMPORT_BYTES = 1_400_000;

/** A received file, as base64. Bounded here only against abuse; the real limit is checked in main. */
const fileInput = z.object({ base64: base64File(4 * 1024 * 1024) });

const documentRecordSchema = z.object({
  id,
  kind: z.enum(DOCUMENT_KINDS),
  version: z.number().int().positive(),
  fileName: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type DocumentRecord = z.infer<typeof documentRecordSchema>;

/** Exactly what an import will store, shown for the coordinator to confirm. */
export const importPreviewSchema = z.object({
  reference: z.string(),
  oldDistrict: districtIdSchema,
  newDistrict: districtIdSchema,
  sender: avsenderSchema,
  /** The partner's update number for this exchange: 1, 2, 3 … */
  seq: z.number().int().min(1),
  outcome: z.enum(['opprettes', 'oppdateres']),
  /** The exchange it changes; null when the import creates it. */
  exchangeId: id.nullable(),
  /** One sentence: what the import does. */
  message: z.string(),
  /** The document's content, as label/value rows under headings. */
  sections: z.array(z.object({ heading: z.string(), rows: z.array(z.tuple([z.string(), z.string()])) })),
  /** The history entries the import will write, one per change. Empty when nothing changes. */
  changes: z.array(z.string()),
  /** The partner's changes that are not taken in (this side owns the fact, or its record does not allow it), and why. */
  conflicts: z.array(z.string()),
  /** Possible personal identifiers in the arriving free text: the import waits for the coordinator's decision. */
  findings: z.array(z.object({ field: z.string(), kind: z.string(), text: z.string() })),
  /** How an arriving profile differs from the stored one, row by row. */
  profileChanges: z.array(z.object({ label: z.string(), before: z.string(), after: z.string() })),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

const importResultSchema = z.object({
  exchangeId: id,
  reference: z.string(),
  outcome: z.enum(['opprettet', 'oppdatert']),
  message: z.string(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const documentChannels = {
  'documents.make': {
    input: z.object({ id, kind: z.enum(DOCUMENT_KINDS) }),
    output: exportFileSchema.extend({
      document: documentRecordSchema.pick({ id: true, kind: true, version: true, createdAt: true }),
    }),
  },
  'documents.list': { input: z.object({ id }), output: z.array(documentRecordSchema) },
  'documents.previewImport': { input: fileInput, output: importPreviewSchema },
  'documents.import': {
    /** `acceptFindings`: the coordinator has seen the identifier findings the preview showed and imports anyway. */
    input: fileInput.extend({ acceptFindings: z.boolean().optional() }),
    output: importResultSchema,
  },
} as const;
