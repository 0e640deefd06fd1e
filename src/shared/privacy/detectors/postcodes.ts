/** Postcode and place: "0557 Oslo", "1450 NESODDTANGEN". */

import type { Emit } from '../kinds';

/**
 * Postal places with their postcode ranges. The range is what tells "0557 Oslo" (postcode)
 * from "2026 Oslo kommune" (year). Ranges are generous approximations.
 */
const POSTAL_PLACES: ReadonlyMap<string, readonly [number, number]> = new Map<string, [number, number]>([
  ['oslo', [1, 1299]],
  ['lillestrøm', [2000, 2027]],
  ['strømmen', [2010, 2013]],
  ['skedsmokorset', [2020, 2022]],
  ['kjeller', [2007, 2007]],
  ['lørenskog', [1470, 1479]],
  ['ski', [1400, 1409]],
  ['kolbotn', [1410, 1415]],
  ['oppegård', [1414, 1419]],
  ['langhus', [1405, 1405]],
  ['ås', [1430, 1434]],
  ['drøbak', [1440, 1449]],
  ['asker', [1370, 1396]],
  ['sandvika', [1300, 1339]],
  ['bekkestua', [1356, 1357]],
  ['stabekk', [1369, 1369]],
  ['lysaker', [1324, 1366]],
  ['fornebu', [1360, 1364]],
  ['jessheim', [2050, 2069]],
  ['nittedal', [1480, 1489]],
  ['hagan', [1480, 1481]],
  ['drammen', [3000, 3050]],
  ['moss', [1500, 1539]],
  ['fredrikstad', [1600, 1639]],
  ['sarpsborg', [1700, 1739]],
  ['hamar', [2300, 2330]],
  ['lillehammer', [2600, 2619]],
  ['gjøvik', [2800, 2821]],
  ['tønsberg', [3100, 3129]],
  ['sandefjord', [3200, 3239]],
  ['larvik', [3250, 3290]],
  ['skien', [3700, 3739]],
  ['porsgrunn', [3900, 3949]],
  ['kristiansand', [4600, 4699]],
  ['arendal', [4800, 4849]],
  ['stavanger', [4000, 4099]],
  ['sandnes', [4300, 4329]],
  ['haugesund', [5500, 5549]],
  ['bergen', [5000, 5299]],
  ['ålesund', [6000, 6030]],
  ['molde', [6400, 6430]],
  ['trondheim', [7000, 7099]],
  ['bodø', [8000, 8049]],
  ['tromsø', [9000, 9039]],
  ['hønefoss', [3500, 3529]],
  ['kongsberg', [3600, 3619]],
  ['eidsvoll', [2080, 2081]],
]);
/** All-caps words after four digits that are acronyms, not postal places. */
const ACRONYMS = new Set(['NAV', 'DPS', 'ACT', 'FACT', 'OUS', 'BYT', 'BB', 'KL', 'NOK', 'KR', 'IKT', 'SMS', 'PDF']);

const POSTCODE_RE = /(?<![\p{L}\p{N}_.:/-])(\d{4})[ \u00a0]+(\p{L}+)(?![\p{L}\p{N}-])/gu;

function isPostalPlace(code: number, place: string): boolean {
  const range = POSTAL_PLACES.get(place.toLowerCase());
  if (range) return code >= range[0] && code <= range[1];
  // Unknown places count in postal style (all caps, "1450 NESODDTANGEN"), unless the number reads as a year.
  const allCaps = place.length >= 3 && place === place.toUpperCase() && place !== place.toLowerCase();
  return allCaps && !ACRONYMS.has(place) && !(code >= 1900 && code <= 2099);
}

export function findPostcodes(text: string, emit: Emit): void {
  for (const m of text.matchAll(POSTCODE_RE)) {
    if (isPostalPlace(Number(m[1]), m[2] ?? '')) emit('postadresse', m.index, m.index + m[0].length);
  }
}
