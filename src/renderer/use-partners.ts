import { type DistrictId, districtName } from '../shared/districts';
import { useApi } from './api/use-api';
import { useSettings } from './settings-context';

/** The districts this installation has an active exchange pair with. */
export function useActivePartners(): { partners: { value: DistrictId; label: string }[]; loading: boolean } {
  const { settings } = useSettings();
  const pairs = useApi('pairs.list', {}, 'pairs');
  const partners = (pairs.data ?? [])
    .filter((p) => p.active && (p.districtA === settings.district || p.districtB === settings.district))
    .map((p) => (p.districtA === settings.district ? p.districtB : p.districtA))
    .map((id) => ({ value: id, label: districtName(id) }));
  return { partners, loading: pairs.loading };
}
