import { z } from 'zod';
import { RANGE_MESSAGES } from '../i18n/field-messages';

const months = (max: number) =>
  z
    .number({ error: RANGE_MESSAGES.tallFra1Til(max) })
    .int({ error: RANGE_MESSAGES.heltTallFra1Til(max) })
    .min(1, { error: RANGE_MESSAGES.tallFra1Til(max) })
    .max(max, { error: RANGE_MESSAGES.tallFra1Til(max) });

/**
 * How long a closed exchange is kept, counted from when it was closed in the app.
 * An exchange answered no has no further use in the scheme, so it goes sooner.
 */
export const retentionSettingsSchema = z.object({
  closedMonths: months(120),
  refusedMonths: months(120),
});
export type RetentionSettings = z.infer<typeof retentionSettingsSchema>;

export const DEFAULT_RETENTION: RetentionSettings = { closedMonths: 12, refusedMonths: 3 };

/** Which rule applies: answered no (avslått), or closed with any other outcome. */
export type RetentionRule = 'avslatt' | 'avsluttet';

export function retentionRule(outcome: string | null): RetentionRule {
  return outcome === 'avslatt' ? 'avslatt' : 'avsluttet';
}

/**
 * `instant` (ISO, UTC) plus whole calendar months, the day clamped to the target month's
 * length (31 January + 1 month = 28/29 February), so a deadline never jumps a month.
 */
export function addMonths(instant: string, count: number): string {
  const d = new Date(instant);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + count, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  target.setUTCHours(d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
  return target.toISOString();
}

/** When a closed exchange is to be deleted under the settings. */
export function deleteAfter(closedAt: string, outcome: string | null, settings: RetentionSettings): string {
  const rule = retentionRule(outcome);
  return addMonths(closedAt, rule === 'avslatt' ? settings.refusedMonths : settings.closedMonths);
}
