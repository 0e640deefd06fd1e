import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPdfA } from '../../src/main/documents/engine/pdfa-check';
import type { ReadPdfResult } from '../../src/main/documents/read-pdf';
import type { ExchangeAction } from '../../src/shared/exchange/actions';
import type { Mote } from '../../src/shared/exchange/model';
import type { TestApp } from '../support/test-app';
import { flat, fontsOf, keep, make, outgoing, readBack, renderPage1, routineUntil } from './support';

/** The transfer meeting as a coordinator would register it: everyone who follows the person up. */
const overforingsmote: Mote = {
  tidspunkt: '2026-04-28T09:00',
  sted: 'Grünerløkka bydelshus, møterom Ålesund',
  deltakere: [
    { navn: 'Kari Koordinator', rolle: 'Koordinator', tjeneste: 'Boligkontoret', bydel: 'stovner', erPersonen: false },
    { navn: 'Åse Ødegård', rolle: 'Miljøterapeut', tjeneste: 'Rus og psykisk helse', bydel: 'grunerlokka', erPersonen: false },
    { navn: 'Per Koordinator', rolle: 'Koordinator', tjeneste: 'Bolig', bydel: 'grunerlokka', erPersonen: false },
    { navn: 'Ola Nordmann', rolle: 'Personen', tjeneste: '', bydel: '', erPersonen: true },
  ],
  byttAktuelt: 'ja',
  oppfolgingsbehov: 'Ukentlige hjemmebesøk de første to månedene.',
  annet: '',
};

/** Up to the transfer meeting, with part of the old district's checklist done. */
function towardsTransfer(): ExchangeAction[] {
  return [
    ...routineUntil('overforingsmote.registrer'),
    { type: 'overforingsmote.registrer', overforingsmote: { type: 'holdt', mote: overforingsmote } },
    {
      type: 'ansvar_gammel.lagre',
      ansvar: {
        innflyttingsdato: '2026-05-01',
        punkter: {
          etablert_i_boligen: { status: 'gjort', hvem: 'Kari Koordinator', dato: '2026-04-24' },
          husleie_forste_maned: { status: 'gjort', hvem: 'NAV Stovner', dato: '2026-04-25' },
          fast_trekk: { status: 'ikke_relevant', grunn: 'Husleien betales med avtalegiro.' },
        },
      },
    },
  ];
}

describe('Agenda for overføringsmøte (PDF)', () => {
  let app: TestApp;
  let read: ReadPdfResult;
  let bytes: Buffer;
  let reference: string;

  beforeAll(async () => {
    let id: number;
    ({ app, id, reference } = await outgoing(towardsTransfer()));
    app.setNow('2026-04-26T08:00:00Z');
    const made = await make(app, id, 'agenda_overforingsmote');
    expect(made.made.fileName).toBe(`${reference}-agenda-overforingsmote.pdf`);
    bytes = made.bytes;
    const file = keep('agenda-overforingsmote.pdf', bytes);
    renderPage1(file, file.replace(/\.pdf$/, '-side1'));
    ({ read } = await readBack(bytes));
  });
  afterAll(() => app?.close());

  it('says when and where, and who takes part in which role, never naming the person', () => {
    const text = flat(read.text);
    for (const expected of ['Agenda for overføringsmøte', reference, '28.04.2026 kl. 09.00', 'Grünerløkka bydelshus, møterom Ålesund', 'Åse Ødegård', 'Miljøterapeut', 'Personen selv']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Ola Nordmann');
  });

  it('lists the points of the meeting and the steps of the exchange with their status', () => {
    const text = flat(read.text);
    expect(text).toContain('Sjekklisten for gammel bydel: hva er gjort, og hva gjenstår');
    expect(text).toContain('Status i byttet');
    for (const row of ['Svar fra ny bydel Ny bydel Fullført Ja, 15.03.2026', 'Visning Begge Fullført Takket ja 23.04.2026', 'Ansvar ny bydel Ny bydel Pågår']) {
      expect(text).toContain(row);
    }
  });

  it('shows the old district’s checklist: done with who and when, not relevant with why, open with who is responsible', () => {
    const text = flat(read.text);
    expect(text).toContain('Innflyttingsdato: 01.05.2026.');
    expect(text).toContain('Personen er ferdig etablert i boligen Utført Utført av Kari Koordinator, 24.04.2026');
    expect(text).toContain('Husleien betales med avtalegiro.');
    expect(text).toContain('Det er søkt om bostøtte Ikke utført Ansvarlig: Bydel Stovner');
  });

  it('says who takes over what, and what is still open', () => {
    const text = flat(read.text);
    expect(text).toContain('Hvem tar over hva');
    expect(text).toContain('Oppfølger Grünerløkka');
    expect(text).toContain('Tilgang bekreftet 25.03.2026');
    expect(text).toContain('Rus- og psykisk helsetjeneste');
    expect(text).toContain('Åpne punkter');
    expect(text).toMatch(/Neste handling: .+\(bydel (Stovner|Grünerløkka)/);
  });

  it('lists in «Åpne punkter» only what is open on the checklist, a word or two each, not the seven items again', () => {
    const text = flat(read.text);
    const open = text.slice(text.lastIndexOf('Åpne punkter'));
    expect(open).toContain('Sjekklisten for bydel Stovner: strøm og avtalegiro, flyttemelding, bostøtte og oppfølging frem til overføring gjenstår.');
    // Each item's sentence is in the checklist once, and done or not relevant items are not among the open ones.
    for (const item of ['Strøm er bestilt, og eventuelt avtalegiro opprettet', 'Det er søkt om bostøtte', 'Personen er ferdig etablert i boligen']) {
      expect(text.split(item)).toHaveLength(2);
    }
    expect(open).not.toMatch(/etablert i boligen|husleie første måned|fast trekk/);
  });

  it('is PDF/A-3b with every font embedded, numbered, and carries no attachment', () => {
    expect(checkPdfA(bytes).problems).toEqual([]);
    expect(fontsOf(bytes).embedded).toBe(true);
    read.pages.forEach((page, i) => expect(page).toContain(`Side ${i + 1} av ${read.pageCount}`));
    expect(Object.keys(read.attachments)).toEqual([]);
  });
});

describe('Agenda for avklaringsmøte (PDF)', () => {
  let app: TestApp;
  afterAll(() => app?.close());

  it('is made once the meeting is registered, with the meeting’s own points', async () => {
    let id: number;
    ({ app, id } = await outgoing(routineUntil('avklaringsmote.holdt')));
    expect(await app.dispatch('documents.make', { id, kind: 'agenda_avklaringsmote' })).toMatchObject({
      ok: false,
      error: { code: 'DOKUMENT_IKKE_TILGJENGELIG', message: 'Planlegg avklaringsmøtet med tidspunkt, sted og deltakere først.' },
    });
    // Planned once the profile is sent, as a coordinator calls the meeting.
    const held = routineUntil('svar.registrer').at(-1)!;
    if (held.type !== 'avklaringsmote.holdt') throw new Error('the routine holds the clarification meeting before the answer');
    const { tidspunkt, sted, deltakere } = held.mote;
    await app.ok('exchanges.act', { id, action: { type: 'mote.planlegg', steg: 'avklaringsmote', plan: { tidspunkt, sted, deltakere } } });
    const { bytes } = await make(app, id, 'agenda_avklaringsmote');
    const file = keep('agenda-avklaringsmote.pdf', bytes);
    renderPage1(file, file.replace(/\.pdf$/, '-side1'));
    const { read } = await readBack(bytes);
    const text = flat(read.text);
    for (const expected of [
      'Agenda for avklaringsmøte',
      '12.03.2026 kl. 10.00',
      'Stovner bydelshus, møterom 2',
      'Er bytte aktuelt? Personens ønsker og grunner til å flytte',
      'Type bolig som er ønskelig',
      'Før møtet',
      'Brukerprofilen ble sendt til bydel Grünerløkka 05.03.2026.',
      'Etter møtet svarer bydel Grünerløkka ja eller nei.',
    ]) {
      expect(text).toContain(expected);
    }
    // The transfer meeting's content belongs to the transfer meeting: at the profile-sent stage the agenda is one page.
    for (const later of ['Sjekkliste for gammel bydel', 'Innflyttingsdato', 'Hvem tar over hva', 'Åpne punkter', 'Status i byttet']) {
      expect(text).not.toContain(later);
    }
    expect(read.pageCount).toBe(1);
    expect(checkPdfA(bytes).problems).toEqual([]);
    expect(fontsOf(bytes).embedded).toBe(true);

    // Held: the notes join it, and still nothing of the transfer.
    await app.ok('exchanges.act', { id, action: held });
    const after = flat((await readBack((await make(app, id, 'agenda_avklaringsmote')).bytes)).read.text);
    expect(after).toContain('Ukentlig oppfølging fra rus- og psykisk helsetjenesten.');
    expect(after).not.toContain('Sjekkliste for gammel bydel');
  });
});

describe('Agenda and invitation for a planned meeting', () => {
  let app: TestApp;
  afterAll(() => app?.close());

  it('are made from the plan, before the meeting is held, and the plan cannot change once it is held', async () => {
    let id: number;
    ({ app, id } = await outgoing(routineUntil('overforingsmote.registrer')));
    const plan = { tidspunkt: '2026-04-28T09:00', sted: 'Grünerløkka bydelshus', deltakere: overforingsmote.deltakere };
    await app.ok('exchanges.act', { id, action: { type: 'mote.planlegg', steg: 'overforingsmote', plan } });
    const { bytes } = await make(app, id, 'agenda_overforingsmote');
    const text = flat((await readBack(bytes)).read.text);
    expect(text).toContain('28.04.2026 kl. 09.00');
    expect(text).toContain('Grünerløkka bydelshus');
    expect(text).toContain('Åse Ødegård');
    expect(text).not.toContain('Notater til møtet');
    const ics = await app.ok('documents.make', { id, kind: 'kalender_overforingsmote' });
    expect(Buffer.from(ics.base64, 'base64').toString('utf8')).toContain('DTSTART;TZID=Europe/Oslo:20260428T090000');

    await app.ok('exchanges.act', { id, action: { type: 'overforingsmote.registrer', overforingsmote: { type: 'holdt', mote: overforingsmote } } });
    expect(await app.dispatch('exchanges.act', { id, action: { type: 'mote.planlegg', steg: 'overforingsmote', plan } })).toMatchObject({
      ok: false,
      error: { code: 'KAN_IKKE_ENDRES' },
    });
  });
});
