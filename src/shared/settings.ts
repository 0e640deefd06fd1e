import { z } from 'zod';
import type { DistrictId } from './districts';
import { districtIdSchema } from './district-schema';
import { requiredShortText } from './exchange/primitives';
import { RANGE_MESSAGES, REQUIRED_FIELD_NAMES } from './i18n/field-messages';

export const deadlineSettingsSchema = z.object({
  followUpDays: z.number().int().min(1, { error: RANGE_MESSAGES.tallFra1Til(60) }).max(60, { error: RANGE_MESSAGES.tallFra1Til(60) }),
  stalledDays: z.number().int().min(1, { error: RANGE_MESSAGES.tallFra1Til(180) }).max(180, { error: RANGE_MESSAGES.tallFra1Til(180) }),
  recentMeetingDays: z.number().int().min(1, { error: RANGE_MESSAGES.tallFra1Til(180) }).max(180, { error: RANGE_MESSAGES.tallFra1Til(180) }),
});
export type DeadlineSettingsInput = z.infer<typeof deadlineSettingsSchema>;

export const DEFAULT_SETTINGS_DEADLINES: DeadlineSettingsInput = {
  followUpDays: 7,
  stalledDays: 14,
  recentMeetingDays: 30,
};

/** Who this installation is: one coordinator in one district. */
export const setupSchema = z.object({
  district: districtIdSchema,
  coordinatorName: requiredShortText(120, REQUIRED_FIELD_NAMES.navn),
  coordinatorContact: requiredShortText(200, REQUIRED_FIELD_NAMES.kontaktinformasjon),
});
export type Setup = z.infer<typeof setupSchema>;

export const settingsSchema = setupSchema.extend({ deadlines: deadlineSettingsSchema });
export type Settings = z.infer<typeof settingsSchema>;

export const pairSchema = z.object({
  id: z.number().int(),
  districtA: districtIdSchema,
  districtB: districtIdSchema,
  active: z.boolean(),
  createdAt: z.string(),
});
export type Pair = z.infer<typeof pairSchema>;

/** The districts `district` has an active exchange pair with. */
export function activePartnersOf(pairs: readonly Pair[], district: DistrictId): DistrictId[] {
  return pairs
    .filter((p) => p.active && (p.districtA === district || p.districtB === district))
    .map((p) => (p.districtA === district ? p.districtB : p.districtA));
}
