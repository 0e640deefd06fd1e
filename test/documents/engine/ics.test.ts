import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs, foldLine, osloStartToUtc, type IcsEvent } from '../../../src/main/documents/ics';

const NOW = new Date('2025-03-14T09:30:00Z');

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vtimezone = calendar.getFirstSubcomponent('vtimezone');
  if (!vtimezone) throw new Error('no VTIMEZONE');
  // ical.js needs the zone registered to turn TZID times into instants.
  ICAL.TimezoneService.register(vtimezone);
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

const base: IcsEvent = {
  uid: 'BYT-2025-0142-m1@bytteordning.oslo.kommune.no',
  start: '2025-01-15T10:00',
  durationMinutes: 60,
  summary: 'Overføringsmøte',
  sequence: 0,
  now: NOW,
};

describe('buildIcs', () => {
  it('writes a calendar Outlook accepts: CRLF, PRODID, VTIMEZONE, TZID start, UTC stamp', () => {
    const ics = buildIcs(base);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // no bare LF or CR
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('PRODID:-//Oslo kommune//Bytteordning//NO');
    expect(lines).toContain('TZID:Europe/Oslo');
    expect(lines).toContain('DTSTART;TZID=Europe/Oslo:20250115T100000');
    expect(lines).toContain('DTEND;TZID=Europe/Oslo:20250115T110000');
    expect(lines).toContain('DTSTAMP:20250314T093000Z');
  });

  it('gives the right instants in winter (CET) and summer (CEST)', () => {
    const winter = parse(buildIcs(base)).event;
    expect(winter.startDate.toJSDate().toISOString()).toBe('2025-01-15T09:00:00.000Z');
    expect(winter.endDate.toJSDate().toISOString()).toBe('2025-01-15T10:00:00.000Z');
    const summer = parse(buildIcs({ ...base, start: '2025-07-15T10:00', durationMinutes: 90 })).event;
    expect(summer.startDate.toJSDate().toISOString()).toBe('2025-07-15T08:00:00.000Z');
    expect(summer.endDate.toJSDate().toISOString()).toBe('2025-07-15T09:30:00.000Z');
    expect(summer.startDate.zone?.tzid).toBe('Europe/Oslo');
  });

  it('converts around the DST changes as RFC 5545 prescribes', () => {
    expect(osloStartToUtc('2025-03-30T01:59').toISOString()).toBe('2025-03-30T00:59:00.000Z');
    expect(osloStartToUtc('2025-03-30T03:00').toISOString()).toBe('2025-03-30T01:00:00.000Z');
    // 02:30 does not exist that night: read with the offset before the gap
    expect(osloStartToUtc('2025-03-30T02:30').toISOString()).toBe('2025-03-30T01:30:00.000Z');
    // 02:30 happens twice in October: the first one (still CEST)
    expect(osloStartToUtc('2025-10-26T02:30').toISOString()).toBe('2025-10-26T00:30:00.000Z');
    expect(osloStartToUtc('2025-10-26T03:00').toISOString()).toBe('2025-10-26T02:00:00.000Z');
  });

  it('keeps the real duration across a DST change', () => {
    const { event } = parse(buildIcs({ ...base, start: '2025-10-26T01:00', durationMinutes: 180 }));
    expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(180 * 60_000);
  });

  it('lets æøå and special characters survive escaping and folding', () => {
    const description =
      'Møte om overføring av tjenester; ta med dokumentasjon, samtykke og vedtak.\n' +
      'Spørsmål? Kontakt saksbehandler på Økern – «Åpen dør» gjelder. Sti: C:\\Bytte\\Ærlig. ' +
      'Æ Ø Å æ ø å gjentatt: æææææææææææææææææææææææææææææææææææææææææææææææææææææææææææ 😀';
    const ics = buildIcs({
      ...base,
      summary: 'Overføringsmøte, Bydel Søndre Nordstrand; runde 2',
      location: 'Bydel Grünerløkka, møterom «Ålesund», 3. etg.',
      description,
    });
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n /g, '')).toContain('SUMMARY;LANGUAGE=nb-NO:Overføringsmøte\\, Bydel Søndre Nordstrand\\; runde 2');
    const { event } = parse(ics);
    expect(event.summary).toBe('Overføringsmøte, Bydel Søndre Nordstrand; runde 2');
    expect(event.location).toBe('Bydel Grünerløkka, møterom «Ålesund», 3. etg.');
    expect(event.description).toBe(description);
  });

  it('never splits a multi-byte character when folding', () => {
    const line = `DESCRIPTION:${'ø'.repeat(100)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n ')) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
    }
    expect(folded.split('\r\n ').join('')).toBe(line);
  });

  it('is a REQUEST with organizer and attendees when they have e-mail addresses', () => {
    const ics = buildIcs({
      ...base,
      organizer: { name: 'Åse Brænne', email: 'ase.braenne@bgo.oslo.kommune.no' },
      attendees: [
        { name: 'Ola Nordmann, koordinator', email: 'ola@bsn.oslo.kommune.no' },
        { name: 'Kari Uten E-post' },
      ],
    });
    const { calendar, vevent, event } = parse(ics);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(vevent.getFirstPropertyValue('organizer')).toBe('mailto:ase.braenne@bgo.oslo.kommune.no');
    expect(vevent.getFirstProperty('organizer')?.getParameter('cn')).toBe('Åse Brænne');
    const attendees = event.attendees;
    expect(attendees).toHaveLength(1);
    expect(attendees[0]?.getParameter('cn')).toBe('Ola Nordmann, koordinator');
    expect(event.description).toContain('Deltakere: Kari Uten E-post');
  });

  it('is a plain calendar entry (no METHOD, ORGANIZER or ATTENDEE) when there is nobody to send a reply to', () => {
    // Nobody with an address, or no address for the organizer: not a group-scheduled meeting (RFC 5545 3.8.4.3).
    for (const event of [
      { ...base, organizer: { name: 'Åse', email: 'ase@bgo.oslo.kommune.no' }, attendees: [{ name: 'Ola' }, { name: 'Kari' }] },
      { ...base, organizer: { name: 'Åse' }, attendees: [{ name: 'Ola', email: 'ola@bsn.oslo.kommune.no' }, { name: 'Kari' }] },
    ]) {
      const ics = buildIcs(event);
      const parsed = parse(ics);
      expect(parsed.calendar.getFirstPropertyValue('method')).toBeNull();
      expect(parsed.event.attendees).toHaveLength(0);
      expect(parsed.event.description).toBe('Deltakere: Ola, Kari');
      expect(ics).not.toMatch(/METHOD|ORGANIZER|ATTENDEE/);
    }
  });

  it('writes the sequence it is given, so a changed meeting replaces the old one', () => {
    expect(parse(buildIcs(base)).vevent.getFirstPropertyValue('sequence')).toBe(0);
    expect(parse(buildIcs({ ...base, sequence: 2 })).vevent.getFirstPropertyValue('sequence')).toBe(2);
  });

  it('refuses invalid input', () => {
    expect(() => buildIcs({ ...base, start: '2025-02-30T10:00' })).toThrow(TypeError);
    expect(() => buildIcs({ ...base, start: '15.01.2025 10:00' })).toThrow(TypeError);
    expect(() => buildIcs({ ...base, durationMinutes: 0 })).toThrow(TypeError);
    expect(() => buildIcs({ ...base, uid: ' ' })).toThrow(TypeError);
    expect(() => buildIcs({ ...base, sequence: -1 })).toThrow(TypeError);
    expect(() => buildIcs({ ...base, organizer: { name: 'X', email: 'ikke en adresse' }, attendees: [{ name: 'Y', email: 'y@z.no' }] })).toThrow(
      TypeError,
    );
  });
});
