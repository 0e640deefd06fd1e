import { z } from 'zod';

/** Free text a coordinator types. Bounded so one field cannot bloat the database. */
export const text = (max = 2000) =>
  z.string().trim().max(max, { error: `Teksten kan være på høyst ${max} tegn.` });

export const requiredText = (max = 200, label = 'Feltet') =>
  z
    .string()
    .trim()
    .min(1, { error: `${label} må fylles ut.` })
    .max(max, { error: `Teksten kan være på høyst ${max} tegn.` });

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

function isRealDate(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d && y >= 2000 && y <= 2100;
}

/** A calendar date as the coordinator means it in Oslo: YYYY-MM-DD, no time zone. */
export const isoDate = z
  .string({ error: 'Skriv inn en dato.' })
  .regex(DATE_RE, { error: 'Skriv inn en gyldig dato.' })
  .refine(isRealDate, { error: 'Skriv inn en gyldig dato.' });

/** A wall-clock time in Oslo: YYYY-MM-DDTHH:mm, no time zone. */
export const isoDateTime = z
  .string({ error: 'Skriv inn dato og klokkeslett.' })
  .regex(DATETIME_RE, { error: 'Skriv inn dato og klokkeslett.' })
  .refine(isRealDate, { error: 'Skriv inn en gyldig dato.' })
  .refine((v) => Number(v.slice(11, 13)) < 24 && Number(v.slice(14, 16)) < 60, {
    error: 'Skriv inn et gyldig klokkeslett.',
  });

export type IsoDate = z.infer<typeof isoDate>;
export type IsoDateTime = z.infer<typeof isoDateTime>;

/** Adds whole days to an ISO date, in calendar terms (no DST surprises). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d + days));
  return dt.toISOString().slice(0, 10);
}

/** Whole days from a to b (b - a), both ISO dates. */
export function daysBetween(a: string, b: string): number {
  const ms = Date.parse(`${b.slice(0, 10)}T00:00:00Z`) - Date.parse(`${a.slice(0, 10)}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

// Built once: constructing an Intl formatter costs far more than formatting with it, and
// this runs on every case read.
const osloDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' });

// Oslo's offset is always whole hours, so the date is the same through a UTC hour: formatted
// once per hour seen (case reads ask for it several times each).
const osloDateByHour = new Map<number, string>();

/** Today's date in Oslo, whatever the machine's time zone (sv-SE writes dates as YYYY-MM-DD). */
export function osloToday(now: Date = new Date()): string {
  const hour = Math.floor(now.getTime() / 3_600_000);
  let date = osloDateByHour.get(hour);
  if (date === undefined) {
    if (osloDateByHour.size >= 50_000) osloDateByHour.clear();
    date = osloDate.format(now);
    osloDateByHour.set(hour, date);
  }
  return date;
}

const osloClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * The UTC instant (ISO with Z) at which an Oslo calendar day begins, to compare a date with
 * stored instants. Oslo changes clocks at 01:00 UTC, never around midnight, so the offset at
 * the day's UTC midnight is the offset at its local midnight.
 */
export function osloDayStart(date: string): string {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  const parts = Object.fromEntries(osloClock.formatToParts(new Date(utcMidnight)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return new Date(utcMidnight - (wall - utcMidnight)).toISOString();
}
