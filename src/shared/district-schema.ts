import { z } from 'zod';
import { DISTRICTS, type DistrictId } from './districts';
import { DISTRICT_TEXT } from './i18n/district-text';

/**
 * A district id, checked. Apart from districts.ts so that the screens' first code, which only
 * names districts, does not load zod.
 */
export const districtIdSchema = z.enum(DISTRICTS.map((d) => d.id) as [DistrictId, ...DistrictId[]], { error: DISTRICT_TEXT.velgBydel });
