import { z } from 'zod';
import type { ExchangeActionType } from '../exchange/actions';
import { STEPS } from '../exchange/workflow';

/** What the case history records for an exchange: its creation, then one routine action per change. */
export type ExchangeEventAction = 'opprettet' | ExchangeActionType;

/**
 * Everything else the audit trail records. A closed list of codes, so the log can hold no
 * free text and every entry has a label on screen. Add a code here (and its label) before
 * logging it.
 */
export const OTHER_AUDIT_ACTIONS = [
  'apnet',
  'slettet',
  'oppsett.lagret',
  'frister.lagret',
  'byttepar.lagret',
  'oppbevaring.lagret',
  'sikkerhetskopi.laget',
  'sikkerhetskopi.gjenopprettet',
  'sikkerhetskopi.innstillinger',
  'dokument.eksportert',
  'dokument.importert',
] as const;

export type AuditAction = ExchangeEventAction | (typeof OTHER_AUDIT_ACTIONS)[number];

/** An action is a code such as 'brukerprofil.lagre', never a sentence. */
export const AUDIT_ACTION_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/;
/** A detail is a code, a district pair or a generated file name, never words a person typed. */
export const AUDIT_DETAIL_PATTERN = /^[A-Za-z0-9_.:+-]{1,120}$/;

export const auditRowSchema = z.object({
  id: z.number().int().positive(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  step: z.enum(STEPS).nullable(),
  exchangeId: z.number().int().nullable(),
  reference: z.string().nullable(),
  detail: z.string().nullable(),
});
export type AuditRow = z.infer<typeof auditRowSchema>;

export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  /** Rows whose chain link held, from the first. */
  checked: z.number().int().min(0),
  /** The first row that was changed, or the first one missing. */
  firstBadId: z.number().int().positive().optional(),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;
