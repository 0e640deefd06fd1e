import { z } from 'zod';
import { UTFALL } from './exchange/model';
import { hasHiddenCharacters } from './exchange/primitives';
import { auditRowSchema, auditVerificationSchema } from './privacy/audit';
import { retentionSettingsSchema } from './privacy/retention';
import { empty, id } from './contract-common';
import { BACKUP_FIELD_MESSAGES, RANGE_MESSAGES } from './i18n/field-messages';

export const BACKUP_KINDS = ['automatisk', 'manuell', 'gjenoppretting'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** bytteordning-<UTC time>-<kind>[-n].db: sorts by time, and says why it was made. */
export const BACKUP_FILE_PATTERN =
  /^bytteordning-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(automatisk|manuell|gjenoppretting)(?:-(\d+))?\.db$/;

export const backupInfoSchema = z.object({
  file: z.string(),
  createdAt: z.string(),
  kind: z.enum(BACKUP_KINDS),
  bytes: z.number().int().min(0),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const backupConfigSchema = z.object({
  folder: z
    .string({ error: BACKUP_FIELD_MESSAGES.mappe })
    .trim()
    .min(1, { error: BACKUP_FIELD_MESSAGES.mappe })
    .max(1000, { error: BACKUP_FIELD_MESSAGES.forLangSti(1000) })
    // Refused, not cleaned as free text is: a path changed behind the coordinator's back would
    // name another folder than the one they see.
    .refine((p) => !hasHiddenCharacters(p), { error: BACKUP_FIELD_MESSAGES.usynligeTegn })
    // Shared code has no path module: a full path starts at a root, a drive or a network share.
    .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, { error: BACKUP_FIELD_MESSAGES.heleStien }),
  keep: z
    .number({ error: RANGE_MESSAGES.tallFra1Til(100) })
    .int({ error: RANGE_MESSAGES.heltTallFra1Til(100) })
    .min(1, { error: RANGE_MESSAGES.tallFra1Til(100) })
    .max(100, { error: RANGE_MESSAGES.tallFra1Til(100) }),
});
export type BackupConfig = z.infer<typeof backupConfigSchema>;

export const backupOverviewSchema = backupConfigSchema.extend({
  /** Newest first. */
  backups: z.array(backupInfoSchema),
  /** Why the last automatic backup failed, until one succeeds. */
  lastError: z.string().nullable(),
});
export type BackupOverview = z.infer<typeof backupOverviewSchema>;

export const retentionItemSchema = z.object({
  id,
  reference: z.string(),
  outcome: z.enum(UTFALL).nullable(),
  rule: z.enum(['avslatt', 'avsluttet']),
  closedAt: z.string(),
  deleteAfter: z.string(),
});
export type RetentionItem = z.infer<typeof retentionItemSchema>;

/** Days ahead the preview looks, so a coordinator sees what goes soon, not only what is due. */
export const RETENTION_LOOKAHEAD_DAYS = 30;

export const retentionPreviewSchema = z.object({
  settings: retentionSettingsSchema,
  /** Due now: the next run deletes these. */
  due: z.array(retentionItemSchema),
  /** Due within RETENTION_LOOKAHEAD_DAYS. */
  upcoming: z.array(retentionItemSchema),
});
export type RetentionPreview = z.infer<typeof retentionPreviewSchema>;

/** «Kontroller loggen»: what the check found, and the fingerprint of the installation key it was checked with. */
export const auditCheckSchema = z.intersection(auditVerificationSchema, z.object({ fingerprint: z.string() }));
export type AuditCheck = z.infer<typeof auditCheckSchema>;

/** Channels of the audit trail, backups and retention; spread into the contract. */
export const privacyChannels = {
  'audit.verify': { input: empty, output: auditCheckSchema },
  'audit.forExchange': { input: z.object({ id }), output: z.array(auditRowSchema) },
  /** Answers when the integrity check at start has passed; refuses with DATABASE_SKADET when it failed. */
  'database.checked': { input: empty, output: z.object({ checked: z.literal(true) }) },
  'backup.list': { input: empty, output: backupOverviewSchema },
  'backup.now': { input: empty, output: backupOverviewSchema },
  'backup.restore': {
    input: z.object({ file: z.string().regex(BACKUP_FILE_PATTERN, { error: BACKUP_FIELD_MESSAGES.velgKopi }) }),
    output: z.object({ restored: backupInfoSchema, copyOfPrevious: backupInfoSchema }),
  },
  'backup.saveSettings': { input: backupConfigSchema, output: backupOverviewSchema },
  'retention.preview': { input: empty, output: retentionPreviewSchema },
  'retention.saveSettings': { input: retentionSettingsSchema, output: retentionPreviewSchema },
  'retention.run': { input: empty, output: z.object({ deleted: z.array(retentionItemSchema) }) },
} as const;
