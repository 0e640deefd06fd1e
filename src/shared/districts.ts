import { DISTRICT_TEXT } from './i18n/district-text';

/** Oslo's 15 city districts. Ids are stable slugs; names are shown to users. */
export const DISTRICTS = [
  { id: 'alna', name: 'Alna' },
  { id: 'bjerke', name: 'Bjerke' },
  { id: 'frogner', name: 'Frogner' },
  { id: 'gamle-oslo', name: 'Gamle Oslo' },
  { id: 'grorud', name: 'Grorud' },
  { id: 'grunerlokka', name: 'Grünerløkka' },
  { id: 'nordre-aker', name: 'Nordre Aker' },
  { id: 'nordstrand', name: 'Nordstrand' },
  { id: 'sagene', name: 'Sagene' },
  { id: 'st-hanshaugen', name: 'St. Hanshaugen' },
  { id: 'stovner', name: 'Stovner' },
  { id: 'sondre-nordstrand', name: 'Søndre Nordstrand' },
  { id: 'ullern', name: 'Ullern' },
  { id: 'vestre-aker', name: 'Vestre Aker' },
  { id: 'ostensjo', name: 'Østensjø' },
] as const;

export type DistrictId = (typeof DISTRICTS)[number]['id'];

/** The pilot pair the routine was written for. */
export const PILOT_PAIR: readonly [DistrictId, DistrictId] = ['stovner', 'grunerlokka'];

export function districtName(id: DistrictId): string {
  return DISTRICTS.find((d) => d.id === id)?.name ?? id;
}

/** "bydel Stovner" reads naturally in running text. */
export function bydelName(id: DistrictId): string {
  return DISTRICT_TEXT.iTekst(districtName(id));
}
