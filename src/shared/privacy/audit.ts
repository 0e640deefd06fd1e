import { z } from 'zod';
import { exchangeActionSchema } from '../exchange/actions';
import { STEPS } from '../exchange/workflow';

/** What the case history records for an exchange: its creation, then one routine action per change. */
export const EXCHANGE_EVENT_ACTIONS = ['opprettet' as const, ...exchangeActionSchema.options.map((option) => option.shape.type.value)];
export type ExchangeEventAction = (typeof EXCHANGE_EVENT_ACTIONS)[number];

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
  'dokument.avvist',
  'oppdatering.sendt',
  'oppdatering.mottatt',
  'partnernokkel.lagret',
  'partnernokkel.byttet',
  'felles_mappe.lagret',
  'felles_mappe.fjernet',
  // Written by the app when the row before a new one was not signed by this installation.
  'revisjonslogg.brudd',
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

/**
 * What «Kontroller loggen» can find (src/main/audit/chain.ts): a row rewritten, a row
 * missing, rows cut off the end, rows removed and the rest renumbered, or a history that no
 * longer matches the rows that recorded it.
 */
export const AUDIT_PROBLEMS = ['endret', 'mangler', 'avkortet', 'omnummerert', 'historikk_endret'] as const;
export type AuditProblem = (typeof AUDIT_PROBLEMS)[number];

export const auditVerificationSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    /** Rows checked, from the first. */
    checked: z.number().int().min(0),
  }),
  z.object({
    ok: z.literal(false),
    problem: z.enum(AUDIT_PROBLEMS),
    /** Rows that held, from the first. */
    checked: z.number().int().min(0),
    /** The first row that was changed or is missing. */
    firstBadId: z.number().int().positive().optional(),
    /** 'avkortet': the last row the installation signed, as the head kept outside the database says. */
    signedHeadId: z.number().int().positive().optional(),
    /** 'historikk_endret': the exchange whose history does not match. */
    reference: z.string().optional(),
  }),
]);
export type AuditVerification = z.infer<typeof auditVerificationSchema>;
