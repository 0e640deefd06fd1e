import { z } from 'zod';
import { districtIdSchema } from './district-schema';
import { LIST_SORTS } from './list-order';
import { exchangeActionSchema } from './exchange/actions';
import { DIRECTIONS, exchangeStateSchema, kandidatSchema, malgruppeSchema, UTFALL } from './exchange/model';
import { isoDate, shortText } from './exchange/primitives';
import { STEPS } from './exchange/workflow';
import { deadlineSettingsSchema, pairSchema, settingsSchema, setupSchema } from './settings';
import { privacyChannels } from './contract-privacy';
import { statsChannels } from './contract-stats';
import { documentChannels } from './contract-documents';
import { syncChannels } from './contract-sync';
import type { AppErrorShape } from './errors';
import { empty, id, periodInOrder } from './contract-common';
import { NEXT_ACTION_CODES } from './exchange/next-action';
import { EXCHANGE_EVENT_ACTIONS } from './privacy/audit';
import { FIELD_MESSAGES } from './i18n/field-messages';

const stepStatusSchema = z.enum(['done', 'skipped', 'current', 'waiting']);
const sideSchema = z.enum(['vi', 'partner', 'begge']);

export const nextActionSchema = z.object({
  step: z.enum(STEPS),
  code: z.enum(NEXT_ACTION_CODES),
  side: sideSchema,
  dueDate: z.string().nullable(),
  overdue: z.boolean(),
});

export const exchangeSummarySchema = z.object({
  id,
  reference: z.string(),
  direction: z.enum(DIRECTIONS),
  partnerDistrict: districtIdSchema,
  status: z.enum(['aktiv', 'avsluttet']),
  outcome: z.enum(UTFALL).nullable(),
  currentStep: z.enum(STEPS),
  nextAction: nextActionSchema,
  malgruppe: z.array(malgruppeSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Changes made here that no update to the partner has carried yet. */
  unsent: z.number().int().min(0),
  /** When the last update from the partner was imported here; null before the first. */
  lastReceivedAt: z.string().nullable(),
});
export type ExchangeSummary = z.infer<typeof exchangeSummarySchema>;

export const exchangeDetailSchema = z.object({
  id,
  state: exchangeStateSchema,
  statuses: z.record(z.enum(STEPS), stepStatusSchema),
  currentStep: z.enum(STEPS),
  nextAction: nextActionSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ExchangeDetail = z.infer<typeof exchangeDetailSchema>;

export const historyEventSchema = z.object({
  id,
  at: z.string(),
  actor: z.string(),
  action: z.enum(EXCHANGE_EVENT_ACTIONS),
  step: z.enum(STEPS).nullable(),
  summary: z.string(),
});
export type HistoryEvent = z.infer<typeof historyEventSchema>;

export const listQuerySchema = z.object({
  direction: z.enum(DIRECTIONS).optional(),
  status: z.enum(['aktiv', 'avsluttet', 'alle']).default('aktiv'),
  search: shortText(60).optional(),
  partner: districtIdSchema.optional(),
  step: z.enum(STEPS).optional(),
  overdueOnly: z.boolean().optional(),
  /** Registered between these Oslo calendar days, both included. */
  createdFrom: isoDate.optional(),
  createdTo: isoDate.optional(),
  sort: z.enum(LIST_SORTS).default('sist_endret'),
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(200).default(50),
}).check(periodInOrder('createdFrom', 'createdTo'));
export type ListQuery = z.input<typeof listQuerySchema>;

/**
 * Every channel between the renderer and main, with the schema of its input and output.
 * Handler and client types derive from this object; main validates every input with it.
 */
export const contract = {
  'setup.get': { input: empty, output: settingsSchema.nullable() },
  'setup.save': { input: setupSchema, output: settingsSchema },
  'settings.saveDeadlines': { input: deadlineSettingsSchema, output: settingsSchema },
  'pairs.list': { input: empty, output: z.array(pairSchema) },
  'pairs.save': {
    input: z.object({ districtA: districtIdSchema, districtB: districtIdSchema, active: z.boolean() }),
    output: z.array(pairSchema),
  },
  'exchanges.list': {
    input: listQuerySchema,
    output: z.object({ rows: z.array(exchangeSummarySchema), total: z.number().int() }),
  },
  'exchanges.create': {
    input: z.object({ partnerDistrict: districtIdSchema, kandidat: kandidatSchema }),
    output: exchangeDetailSchema,
  },
  'exchanges.registerIncoming': {
    input: z.object({
      partnerDistrict: districtIdSchema,
      reference: z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^BYTTE-[0-9A-Z]{4}-[0-9A-Z]{4}$/, { error: FIELD_MESSAGES.referanse }),
      malgruppe: z.array(malgruppeSchema).min(1, { error: FIELD_MESSAGES.malgruppe }),
    }),
    output: exchangeDetailSchema,
  },
  'exchanges.get': { input: z.object({ id }), output: exchangeDetailSchema },
  'exchanges.act': { input: z.object({ id, action: exchangeActionSchema }), output: exchangeDetailSchema },
  'exchanges.history': { input: z.object({ id }), output: z.array(historyEventSchema) },
  'training.get': { input: empty, output: z.object({ active: z.boolean() }) },
  'training.set': { input: z.object({ active: z.boolean() }), output: z.object({ active: z.boolean() }) },
  ...privacyChannels,
  ...statsChannels,
  ...documentChannels,
  ...syncChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];

/**
 * Channels that only read the database. They answer while the integrity check at start is
 * still running; every other channel waits for it to pass (integrity-gate.ts).
 */
export const READ_ONLY_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'setup.get',
  'pairs.list',
  'exchanges.list',
  'exchanges.history',
  'training.get',
  'documents.list',
  'documents.previewImport',
  'audit.verify',
  'audit.forExchange',
  'backup.list',
  'database.checked',
  'retention.preview',
  'stats.balance',
  'stats.pilot',
  'sync.status',
  'partners.list',
]);

/**
 * Channels that read and log the reading (opening an exchange): they answer during the check
 * too, their audit row kept until it has passed (src/main/audit/deferred-audit.ts).
 */
export const LOGGED_READ_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['exchanges.get']);

/** What still answers when the database has failed its integrity check: the way out, a restore. */
export const RECOVERY_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['backup.list', 'backup.restore', 'training.get']);

export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape };

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}
