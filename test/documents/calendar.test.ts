import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarKind } from '../../src/shared/documents/catalog';
import type { Deltaker } from '../../src/shared/exchange/model';
import { kandidat } from '../support/fixtures';
import { openTestApp, type TestApp } from '../support/test-app';
import { keep, make, outgoing, routineUntil } from './support';

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, event: new ICAL.Event(vevent) };
}

describe('calendar invitations (.ics)', () => {
  let done: { app: TestApp; id: number; reference: string };
  let viewing: { app: TestApp; id: number; reference: string };

  beforeAll(async () => {
    // One exchange past the transfer meeting, one with the first viewing set up.
    done = await outgoing(routineUntil('ansvar_gammel.lagre'));
    viewing = await outgoing(routineUntil('visning.utfall'));
  });
  afterAll(() => {
    done?.app.close();
    viewing?.app.close();
  });

  const cases: { kind: CalendarKind; summary: string; start: string; minutes: number; location: string }[] = [
    { kind: 'kalender_avklaringsmote', summary: 'Avklaringsmøte', start: '2026-03-12T09:00:00.000Z', minutes: 60, location: 'Stovner bydelshus, møterom 2' },
    { kind: 'kalender_mote_etter_ja', summary: 'Møte etter ja', start: '2026-03-20T12:00:00.000Z', minutes: 60, location: 'Stovner bydelshus, møterom 2' },
    // Summer time from 29 March: 09:00 in Oslo is 07:00 UTC.
    { kind: 'kalender_overforingsmote', summary: 'Overføringsmøte', start: '2026-04-28T07:00:00.000Z', minutes: 90, location: 'Stovner bydelshus, møterom 2' },
  ];

  for (const c of cases) {
    it(`${c.kind}: the meeting's Oslo time, place, participants and a stable UID`, async () => {
      const { bytes, made } = await make(done.app, done.id, c.kind);
      expect(made.mimeType).toBe('text/calendar; charset=utf-8');
      if (c.kind === 'kalender_overforingsmote') keep('overforingsmote.ics', bytes);
      const ics = bytes.toString('utf8');
      const { calendar, event } = parse(ics);
      expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Oslo kommune//Bytteordning//NO');
      expect(event.summary).toBe(`${c.summary} – ${done.reference}`);
      expect(event.startDate.zone?.tzid).toBe('Europe/Oslo');
      expect(event.startDate.toJSDate().toISOString()).toBe(c.start);
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(c.minutes * 60_000);
      expect(event.location).toBe(c.location);
      expect(event.description).toContain(`referanse ${done.reference}`);
      expect(event.description).toContain('Kontakt: Kari Koordinator, bolig@bydel-stovner.oslo.kommune.no');
      expect(event.description).toContain('Deltakere: Koordinator Stovner, Koordinator, Bolig, Personen selv');
      expect(event.uid).toBe(`${done.reference}-${c.kind.slice('kalender_'.length)}@bytteordning.oslo.kommune.no`);
      // Made again, it is the same calendar entry, so a calendar updates it instead of adding one.
      const again = parse((await make(done.app, done.id, c.kind)).bytes.toString('utf8'));
      expect(again.event.uid).toBe(event.uid);
    });
  }

  it('kalender_visning: the viewing, with the dwelling and who attends', async () => {
    const { bytes } = await make(viewing.app, viewing.id, 'kalender_visning');
    const { event } = parse(bytes.toString('utf8'));
    expect(event.summary).toBe(`Visning av bolig – ${viewing.reference}`);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-04-15T10:00:00.000Z');
    expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(30 * 60_000);
    expect(event.location).toBe('Ved inngangen (bolig BB-100200)');
    expect(event.description).toContain('Gammel bydel (bydel Stovner), Ny bydel (bydel Grünerløkka), Oppfølger Grünerløkka (kontakt fremover)');
    expect(event.uid).toBe(`${viewing.reference}-visning@bytteordning.oslo.kommune.no`);
    // Boligbygg's contact: named with how to reach them, and invited by that e-mail address.
    expect(event.description).toContain('Kontaktperson i Boligbygg: Berit Utleier, berit.utleier@boligbygg.oslo.kommune.no.');
    expect(event.attendees.map((a) => [a.getFirstValue(), a.getParameter('cn')])).toEqual([
      ['mailto:berit.utleier@boligbygg.oslo.kommune.no', 'Berit Utleier (Boligbygg)'],
    ]);
  });

  it('kalender_visning: Boligbygg’s contact with a phone number is named in the description, not invited', async () => {
    const { app: other, id } = await outgoing(routineUntil('visning.utfall', 2));
    try {
      await other.ok('exchanges.act', {
        id,
        action: {
          type: 'visning.planlegg',
          plan: { tidspunkt: '2026-04-23T12:00', sted: 'Ved inngangen', gammelBydelDeltar: true, nyBydelDeltar: false, kontaktperson: '', boligbyggKontakt: 'Ole Vaktmester', boligbyggKontaktinfo: 'tlf. 23 48 00 00' },
        },
      });
      const detail = await other.ok('exchanges.get', { id });
      expect(detail.state.visning?.planlagt).toMatchObject({ boligbyggKontakt: 'Ole Vaktmester', boligbyggKontaktinfo: 'tlf. 23 48 00 00' });
      const { event } = parse((await make(other, id, 'kalender_visning')).bytes.toString('utf8'));
      expect(event.description).toContain('Kontaktperson i Boligbygg: Ole Vaktmester, tlf. 23 48 00 00.');
      expect(event.description).toContain('Ole Vaktmester (Boligbygg)');
      expect(event.attendees).toEqual([]);
    } finally {
      other.close();
    }
  });

  it('is refused for a meeting that is not registered', async () => {
    expect(await viewing.app.dispatch('documents.make', { id: viewing.id, kind: 'kalender_overforingsmote' })).toMatchObject({
      ok: false,
      error: { code: 'DOKUMENT_IKKE_TILGJENGELIG', message: 'Planlegg overføringsmøtet med tidspunkt, sted og deltakere først.' },
    });
    expect(await done.app.dispatch('documents.make', { id: done.id, kind: 'kalender_visning' })).toMatchObject({ ok: false, error: { code: 'DOKUMENT_IKKE_TILGJENGELIG' } });
  });
});

describe('a meeting planned again: the invitation replaces the old one', () => {
  const deltakere: Deltaker[] = [
    { navn: 'Kari Koordinator', rolle: 'Koordinator', tjeneste: 'Bolig', bydel: 'stovner', erPersonen: false, epost: 'kari.koordinator@bsto.oslo.kommune.no' },
    { navn: 'Åse Ødegård', rolle: 'Miljøterapeut', tjeneste: 'Rus og psykisk helse', bydel: 'grunerlokka', erPersonen: false, epost: 'ase.odegard@bgo.oslo.kommune.no' },
    { navn: 'Boligbygg', rolle: 'Visning', tjeneste: '', bydel: '', erPersonen: false, epost: '' },
    { navn: 'Personen', rolle: '', tjeneste: '', bydel: '', erPersonen: true },
  ];
  const plan = (tidspunkt: string, sted = 'Stovner bydelshus, møterom 2') => ({ type: 'mote.planlegg' as const, steg: 'avklaringsmote' as const, plan: { tidspunkt, sted, deltakere } });
  let app: TestApp;
  afterAll(() => app?.close());

  it('keeps the UID and counts up SEQUENCE with each new time, and is a REQUEST from the coordinator to those with e-mail', async () => {
    let id: number;
    let reference: string;
    ({ app, id, reference } = await outgoing([...routineUntil('avklaringsmote.holdt'), plan('2026-03-12T10:00')]));
    const first = parse((await make(app, id, 'kalender_avklaringsmote')).bytes.toString('utf8'));
    expect(first.event.uid).toBe(`${reference}-avklaringsmote@bytteordning.oslo.kommune.no`);
    expect(first.event.sequence).toBe(0);
    expect(first.calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const organizer = first.event.component.getFirstProperty('organizer')!;
    expect(organizer.getFirstValue()).toBe('mailto:bolig@bydel-stovner.oslo.kommune.no');
    expect(organizer.getParameter('cn')).toBe('Kari Koordinator');
    expect(first.event.attendees.map((a) => [a.getFirstValue(), a.getParameter('cn'), a.getParameter('partstat'), a.getParameter('rsvp')])).toEqual([
      ['mailto:kari.koordinator@bsto.oslo.kommune.no', 'Kari Koordinator, Koordinator, Bolig', 'NEEDS-ACTION', 'TRUE'],
      ['mailto:ase.odegard@bgo.oslo.kommune.no', 'Åse Ødegård, Miljøterapeut, Rus og psykisk helse', 'NEEDS-ACTION', 'TRUE'],
    ]);
    // Those without an address, and the person (never by name or address), are named in the description.
    expect(first.event.description).toContain('Deltakere: Boligbygg, Visning, Personen selv');

    // Made again unchanged: the same invitation. Planned again at a new time: it replaces the first.
    expect(parse((await make(app, id, 'kalender_avklaringsmote')).bytes.toString('utf8')).event.sequence).toBe(0);
    await app.ok('exchanges.act', { id, action: plan('2026-03-13T14:00') });
    const second = (await make(app, id, 'kalender_avklaringsmote')).bytes.toString('utf8');
    keep('avklaringsmote-flyttet.ics', Buffer.from(second));
    const moved = parse(second).event;
    expect(moved.uid).toBe(first.event.uid);
    expect(moved.sequence).toBe(1);
    expect(moved.startDate.toJSDate().toISOString()).toBe('2026-03-13T13:00:00.000Z');
    await app.ok('exchanges.act', { id, action: plan('2026-03-13T14:00', 'Grünerløkka bydelshus') });
    expect(parse((await make(app, id, 'kalender_avklaringsmote')).bytes.toString('utf8')).event.sequence).toBe(2);
    // Registered as held: what the calendar shows is the meeting as held.
    await app.ok('exchanges.act', { id, action: routineUntil('svar.registrer').at(-1)! });
    expect(parse((await make(app, id, 'kalender_avklaringsmote')).bytes.toString('utf8')).event.sequence).toBe(3);
  });

  it('the second viewing of another dwelling replaces the first in the calendar', async () => {
    const { app: other, id } = await outgoing(routineUntil('visning.utfall', 2));
    try {
      const { event } = parse((await make(other, id, 'kalender_visning')).bytes.toString('utf8'));
      expect(event.sequence).toBe(1);
      expect(event.startDate.toJSDate().toISOString()).toBe('2026-04-23T10:00:00.000Z');
    } finally {
      other.close();
    }
  });

  it('is a plain calendar entry, without ORGANIZER, when the coordinator’s contact has no e-mail address', async () => {
    const phoneOnly = openTestApp();
    try {
      await phoneOnly.ok('setup.save', { district: 'stovner', coordinatorName: 'Kari Koordinator', coordinatorContact: 'tlf. 23 43 00 00' });
      const { id } = await phoneOnly.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
      for (const action of [...routineUntil('avklaringsmote.holdt'), plan('2026-03-12T10:00')]) await phoneOnly.ok('exchanges.act', { id, action });
      const ics = (await make(phoneOnly, id, 'kalender_avklaringsmote')).bytes.toString('utf8');
      expect(ics).not.toMatch(/METHOD|ORGANIZER|ATTENDEE/);
      const { event } = parse(ics);
      expect(event.description).toContain('Kontakt: Kari Koordinator, tlf. 23 43 00 00');
      expect(event.description).toContain('Deltakere: Kari Koordinator, Koordinator, Bolig, Åse Ødegård, Miljøterapeut, Rus og psykisk helse, Boligbygg, Visning, Personen selv');
    } finally {
      phoneOnly.close();
    }
  });
});
