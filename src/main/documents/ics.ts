/**
 * Calendar invitations (RFC 5545 iCalendar), written so Outlook opens them.
 *
 * Times are Oslo wall-clock times ('2025-01-15T10:00'), written with TZID=Europe/Oslo and
 * a VTIMEZONE describing the EU rules (CET/CEST), so every client shows the time the
 * coordinator typed, whatever the reader's own zone. DTEND is computed from the real
 * instant (start + duration) so a meeting across a DST change keeps its length.
 */

import { OSLO_TIME_ZONE, type OsloWallClock, osloWallClock, osloWallClockToUtc } from '../../shared/time/oslo';
import { ICS_FAULTS } from '../../shared/i18n/calendar-text';

export interface IcsPerson {
  name: string;
  email?: string;
}

export interface IcsEvent {
  /** Globally unique and stable across updates of the same meeting, e.g. 'BYT-2025-0142-m1@bytteordning.oslo.kommune.no'. */
  uid: string;
  /** Oslo wall-clock time, 'YYYY-MM-DDTHH:mm'. */
  start: string;
  durationMinutes: number;
  summary: string;
  location?: string;
  description?: string;
  organizer?: IcsPerson;
  attendees?: IcsPerson[];
  /**
   * How many times the meeting has been changed since its first invitation (SEQUENCE, RFC 5545
   * 3.8.7.4): a calendar replaces the entry with the same UID only by a higher sequence.
   */
  sequence: number;
  /** The time the invitation is created (DTSTAMP). Default: now. */
  now?: Date;
}

export const ICS_PRODID = '-//Oslo kommune//Bytteordning//NO';
export const ICS_TZID = OSLO_TIME_ZONE;
export const ICS_MIME_TYPE = 'text/calendar; charset=utf-8';

const CRLF = '\r\n';
const MINUTE = 60_000;

function parseWallClock(value: string): Omit<OsloWallClock, 'second'> {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) throw new TypeError(ICS_FAULTS.starttidForm(value));
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59
  ) {
    throw new TypeError(ICS_FAULTS.starttidFinnesIkke(value));
  }
  return { year, month, day, hour, minute };
}

/** The instant an Oslo wall-clock time ('YYYY-MM-DDTHH:mm') denotes. */
export function osloStartToUtc(value: string): Date {
  return osloWallClockToUtc(parseWallClock(value));
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** 'YYYYMMDDTHHMMSS' in Oslo time. */
function osloLocal(instant: Date): string {
  const w = osloWallClock(instant);
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

/** 'YYYYMMDDTHHMMSSZ' */
function utcStamp(instant: Date): string {
  return (
    `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${ICS_TZID}`,
  `X-LIC-LOCATION:${OSLO_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

// ---- Text encoding ----

/** TEXT values (RFC 5545 3.3.11): escape \ ; , and newlines; drop other control characters. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** Parameter values (e.g. CN) are quoted; a quote or line break cannot appear in them at all. */
function paramValue(value: string): string {
  return `"${value.replace(/["\r\n\u0000-\u001F]/g, ' ').trim()}"`;
}

function calAddress(email: string): string {
  const clean = email.trim();
  if (!/^[^\s@:;,"<>]+@[^\s@:;,"<>]+$/.test(clean)) throw new TypeError(ICS_FAULTS.epost(email));
  return `mailto:${clean}`;
}

const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): CRLF followed by one space. Counts
 * UTF-8 bytes and only breaks between characters, so 'æ' (2 bytes) is never cut in half.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
      limit = 74; // the leading space of a continuation line is one of its 75 octets
    }
    current += ch;
    bytes += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

// ---- The calendar ----

export function buildIcs(event: IcsEvent): string {
  if (event.uid.trim() === '') throw new TypeError(ICS_FAULTS.manglerUid);
  if (!Number.isInteger(event.durationMinutes) || event.durationMinutes <= 0 || event.durationMinutes > 7 * 24 * 60) {
    throw new TypeError(ICS_FAULTS.varighet(event.durationMinutes));
  }
  const start = osloStartToUtc(event.start);
  const end = new Date(start.getTime() + event.durationMinutes * MINUTE);
  if (!Number.isInteger(event.sequence) || event.sequence < 0) throw new TypeError(ICS_FAULTS.sekvens(event.sequence));
  const invitees = (event.attendees ?? []).filter((a) => a.email);
  // A meeting invitation (iTIP METHOD:REQUEST, RFC 5546 3.2.2) has an ORGANIZER and at least one
  // ATTENDEE, each a mailto: address replies can go to. Without the organizer's address or any
  // invitee's there is no group-scheduled meeting, and RFC 5545 3.8.4.3 forbids ORGANIZER on one
  // that is not: the file is then a plain calendar entry (no METHOD, ORGANIZER or ATTENDEE) to
  // add, with the coordinator's contact and every participant in the description. Inventing an
  // address would send replies nowhere.
  const organizer = event.organizer?.email && invitees.length > 0 ? event.organizer : undefined;
  const listed = organizer ? invitees : [];
  const unlisted = (event.attendees ?? []).filter((a) => !listed.includes(a)).map((a) => a.name.trim()).filter(Boolean);
  const description = [event.description?.trim(), unlisted.length > 0 ? `Deltakere: ${unlisted.join(', ')}` : undefined]
    .filter((part): part is string => !!part)
    .join('\n\n');

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    ...(organizer ? ['METHOD:REQUEST'] : []),
    ...VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid.trim())}`,
    `DTSTAMP:${utcStamp(event.now ?? new Date())}`,
    `DTSTART;TZID=${ICS_TZID}:${osloLocal(start)}`,
    `DTEND;TZID=${ICS_TZID}:${osloLocal(end)}`,
    `SUMMARY;LANGUAGE=nb-NO:${escapeText(event.summary)}`,
  ];
  if (event.location?.trim()) lines.push(`LOCATION;LANGUAGE=nb-NO:${escapeText(event.location.trim())}`);
  if (description) lines.push(`DESCRIPTION;LANGUAGE=nb-NO:${escapeText(description)}`);
  if (organizer?.email) lines.push(`ORGANIZER;CN=${paramValue(organizer.name)}:${calAddress(organizer.email)}`);
  for (const a of listed) {
    lines.push(`ATTENDEE;CN=${paramValue(a.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:${calAddress(a.email ?? '')}`);
  }
  lines.push(`SEQUENCE:${event.sequence}`, 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
