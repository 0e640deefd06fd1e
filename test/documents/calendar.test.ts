import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarKind } from '../../src/shared/documents/catalog';
import type { TestApp } from '../support/test-app';
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
  });

  it('is refused for a meeting that is not registered', async () => {
    expect(await viewing.app.dispatch('documents.make', { id: viewing.id, kind: 'kalender_overforingsmote' })).toMatchObject({
      ok: false,
      error: { code: 'DOKUMENT_IKKE_TILGJENGELIG', message: 'Planlegg overføringsmøtet med tidspunkt, sted og deltakere først.' },
    });
    expect(await done.app.dispatch('documents.make', { id: done.id, kind: 'kalender_visning' })).toMatchObject({ ok: false, error: { code: 'DOKUMENT_IKKE_TILGJENGELIG' } });
  });
});
