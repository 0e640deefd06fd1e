import { type DistrictId, districtName } from '../shared/districts';
import { activePartnersOf } from '../shared/settings';
import { useApi } from './api/use-api';
import { useSettings } from './settings-context';

/** The districts this installation has an active exchange pair with. */
export function useActivePartners(): { partners: { value: DistrictId; label: string }[]; loading: boolean } {
  const { settings } = useSettings();
  const pairs = useApi('pairs.list', {}, 'pairs');
  const partners = activePartnersOf(pairs.data ?? [], settings.district).map((id) => ({ value: id, label: districtName(id) }));
  return { partners, loading: pairs.loading };
}
