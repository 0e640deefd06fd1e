import { z } from 'zod';
import { districtIdSchema } from './district-schema';
import { AVSLAGSGRUNNER, UTFALL, VISNING_AVSLAGSGRUNNER } from './exchange/model';
import { exportFileSchema, periodSchema } from './contract-common';

/** A shown number, or null: hidden because it is about fewer than three people (see stats/suppression). */
const figure = z.number().nullable();

/** The period a report covers (whole Oslo calendar days, both ends included), optionally one partner. */
export const statsQuerySchema = periodSchema.safeExtend({ partner: districtIdSchema.optional() });
export type StatsQuery = z.infer<typeof statsQuerySchema>;

/**
 * Seen from this installation's district ("us") and one partner. People sent by one district
 * are received by the other; a dwelling is given by the receiving district when the person
 * accepts it at the viewing.
 */
const balanceFiguresSchema = z.object({
  sentByUs: figure,
  sentByPartner: figure,
  dwellingsByUs: figure,
  dwellingsByPartner: figure,
});
export type BalanceFigures = z.infer<typeof balanceFiguresSchema>;

/**
 * Which way the balance of a pair leans over the whole period, told as precisely as the hidden
 * counts allow (see stats/balance.ts): the difference (ours minus the partner's), else only
 * which district has more, else only whether the two are equal.
 */
const differenceSchema = z.discriminatedUnion('shown', [
  z.object({ shown: z.literal('exact'), difference: z.number().int() }),
  z.object({ shown: z.literal('direction'), more: z.enum(['us', 'partner']) }),
  z.object({ shown: z.literal('equality'), equal: z.boolean() }),
]);
export type BalanceDifference = z.infer<typeof differenceSchema>;

export const balanceSchema = z.object({
  district: districtIdSchema,
  years: z.array(z.number().int()),
  pairs: z.array(
    z.object({
      partner: districtIdSchema,
      years: z.array(balanceFiguresSchema.extend({ year: z.number().int() })),
      total: balanceFiguresSchema,
      /** The balance over the period: people sent, and dwellings given. */
      difference: z.object({ sent: differenceSchema, dwellings: differenceSchema }),
    }),
  ),
});
export type Balance = z.infer<typeof balanceSchema>;

/** The intervals the pilot measures, in the routine's order. */
export const DURATION_MEASURES = ['svar', 'tildeling', 'innflytting', 'oppfolging'] as const;
export type DurationMeasure = (typeof DURATION_MEASURES)[number];

const durationSchema = z.object({
  measure: z.enum(DURATION_MEASURES),
  n: figure,
  median: figure,
  p25: figure,
  p75: figure,
  min: figure,
  max: figure,
});
export type DurationFigures = z.infer<typeof durationSchema>;

/** The reasons dwellings were declined, as the statistics count them: the coded ones, and those registered before the codes. */
export const DECLINED_REASONS = [...VISNING_AVSLAGSGRUNNER, 'ikke_registrert'] as const;

export const pilotSchema = z.object({
  /** Exchanges registered in the period. */
  started: figure,
  /** Exchanges closed in the period, by outcome, and their sum. */
  outcomes: z.array(z.object({ outcome: z.enum(UTFALL), count: figure })),
  closed: figure,
  /** Days between two steps, counted where the later step falls in the period. */
  durations: z.array(durationSchema),
  /** Answers "nei" in the period, by coded reason. */
  refusals: z.object({ total: figure, reasons: z.array(z.object({ reason: z.enum(AVSLAGSGRUNNER), count: figure })) }),
  /** Viewings where the person said no (the reason is free text and is never shown), by the exchange's latest viewing. */
  declinedViewings: z.object({
    viewings: figure,
    exchanges: figure,
    reasons: z.array(z.object({ reason: z.enum(DECLINED_REASONS), count: figure })),
  }),
});
export type Pilot = z.infer<typeof pilotSchema>;

/** The statistics channels, spread into the one contract (src/shared/contract.ts). */
export const statsChannels = {
  'stats.balance': { input: statsQuerySchema, output: balanceSchema },
  'stats.pilot': { input: statsQuerySchema, output: pilotSchema },
  'stats.exportCsv': { input: statsQuerySchema, output: exportFileSchema },
  'stats.exportPdf': { input: statsQuerySchema, output: exportFileSchema },
} as const;
