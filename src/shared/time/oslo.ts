/**
 * Oslo time, the one place it is computed. The routine's dates and times are what a coordinator
 * in Oslo means, whatever zone the machine is in; the app stores instants in UTC. Every offset
 * comes from the platform's time-zone data (Intl), never from a hand-written summer-time rule.
 */

export const OSLO_TIME_ZONE = 'Europe/Oslo';

const MINUTE = 60_000;

/** A wall-clock time in Oslo, month 1–12. */
export interface OsloWallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Built once: constructing an Intl formatter costs far more than formatting with it.
const osloClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: OSLO_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** What an Oslo clock shows at an instant. */
export function osloWallClock(instant: Date): OsloWallClock {
  const parts = Object.fromEntries(osloClock.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Oslo's UTC offset in minutes at an instant: 60 in winter (CET), 120 in summer (CEST). */
export function osloOffsetMinutes(utcMs: number): number {
  const wholeSecond = Math.floor(utcMs / 1000) * 1000;
  const w = osloWallClock(new Date(wholeSecond));
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((wall - wholeSecond) / MINUTE);
}

/**
 * The instant an Oslo wall-clock time denotes. RFC 5545 3.3.5: a time skipped by the spring
 * change is read with the offset before the gap (02:30 → 03:30 summer time); a time that occurs
 * twice in autumn means the first occurrence (still summer time).
 */
export function osloWallClockToUtc(w: Omit<OsloWallClock, 'second'>): Date {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  // The offsets a day either side: the clocks change at most once between them.
  const before = osloOffsetMinutes(asUtc - 24 * 60 * MINUTE);
  const after = osloOffsetMinutes(asUtc + 24 * 60 * MINUTE);
  const valid = [...new Set([before, after])]
    .map((offset) => asUtc - offset * MINUTE)
    .filter((instant) => osloOffsetMinutes(instant) === (asUtc - instant) / MINUTE);
  // Twice (autumn): the earlier instant. Never (spring gap): the offset before the gap.
  return new Date(valid.length > 0 ? Math.min(...valid) : asUtc - before * MINUTE);
}

// sv-SE writes dates as YYYY-MM-DD.
const osloDate = new Intl.DateTimeFormat('sv-SE', { timeZone: OSLO_TIME_ZONE });

// Oslo's offset is always whole hours, so the date is the same through a UTC hour: formatted
// once per hour seen (case reads ask for it several times each).
const osloDateByHour = new Map<number, string>();

/** Today's date in Oslo, whatever the machine's time zone. */
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

/**
 * The UTC instant (ISO with Z) at which an Oslo calendar day begins, to compare a date with
 * stored instants. Oslo changes clocks at 01:00 UTC, never around midnight, so the offset at
 * the day's UTC midnight is the offset at its local midnight.
 */
export function osloDayStart(date: string): string {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  return new Date(utcMidnight - osloOffsetMinutes(utcMidnight) * MINUTE).toISOString();
}
