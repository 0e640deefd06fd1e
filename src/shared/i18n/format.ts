/** Norwegian date and time formats, always Europe/Oslo whatever the machine's zone. */
import { osloToday } from '../time/oslo';

const dateTimeFmt = new Intl.DateTimeFormat('nb-NO', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Oslo',
});

/** "2026-03-12" → "12.03.2026". Calendar dates carry no zone, so none is applied. */
export function formatDate(isoDate: string | undefined | null): string {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/** "2026-03-12T10:00" (Oslo wall clock) → "12.03.2026 kl. 10.00". */
export function formatWallClock(value: string | undefined | null): string {
  if (!value) return '';
  return `${formatDate(value)} kl. ${value.slice(11, 13)}.${value.slice(14, 16)}`;
}

/** A UTC instant (ISO with Z) shown in Oslo time: "12.03.2026 kl. 10.00". */
export function formatInstant(iso: string | undefined | null): string {
  if (!iso) return '';
  const parts = dateTimeFmt.formatToParts(new Date(iso));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('day')}.${get('month')}.${get('year')} kl. ${get('hour')}.${get('minute')}`;
}

/** A UTC instant as an Oslo calendar date. */
export function instantToOsloDate(iso: string): string {
  return osloToday(new Date(iso));
}
