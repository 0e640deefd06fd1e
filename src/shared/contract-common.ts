import { z } from 'zod';
import { isoDate } from './exchange/primitives';
import { DATE_MESSAGES } from './i18n/date-messages';

/** What several contract files share (contract.ts, contract-documents.ts, contract-privacy.ts, contract-stats.ts, contract-sync.ts). */

/** A database row's id. */
export const id = z.number({ error: 'Mangler id.' }).int().positive();

/** A channel that takes no input. */
export const empty = z.object({}).strict();

/** A file made in main for the renderer to save: its name, type and content as base64. */
export const exportFileSchema = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });
export type ExportFile = z.infer<typeof exportFileSchema>;

/**
 * The rule of every period: the to-date is not before the from-date. Either end may be open
 * (a filter without it); `from` and `to` name the period's fields in the schema it checks.
 */
export function periodInOrder<From extends string, To extends string>(from: From, to: To) {
  return z.refine<Partial<Record<From | To, string>>>(
    (period) => {
      const first = period[from];
      const last = period[to];
      return !first || !last || first <= last;
    },
    { path: [to], error: DATE_MESSAGES.periodeRekkefolge },
  );
}

/** A period of whole Oslo calendar days, both ends included. */
export const periodSchema = z.object({ from: isoDate, to: isoDate }).check(periodInOrder('from', 'to'));
