import { bydelName } from '../../shared/districts';
import { type CalendarEvent, calendarMeeting } from '../../shared/documents/catalog';
import { AppError } from '../../shared/errors';
import type { ExchangeActionType } from '../../shared/exchange/actions';
import type { Deltaker } from '../../shared/exchange/model';
import { CALENDAR_EVENTS, CALENDAR_TEXT } from '../../shared/i18n/calendar-text';
import { BOLIGBYGG_KONTAKT_LABELS } from '../../shared/i18n/labels';
import { contactLine, type DocumentSource, ourSender } from './common';
import { buildIcs, type IcsPerson } from './ics';
import { TRAINING_MARK } from '../../shared/i18n/documents-text';

/** How long each meeting is booked for. */
const MEETING_MINUTES: Record<CalendarEvent, number> = { avklaringsmote: 60, mote_etter_ja: 60, overforingsmote: 90, visning: 30 };

const EMAIL = /[^\s@:;,"<>()]+@[^\s@:;,"<>()]+\.[^\s@:;,"<>()]+/;

/** The coordinator's e-mail address, when their work contact has one (it may be a phone number). */
function emailIn(contact: string): string | undefined {
  return EMAIL.exec(contact)?.[0];
}

/** A participant as invited: a worker by name, role and service, with their e-mail when given; the person never by name or address. */
function participant(d: Deltaker): IcsPerson {
  if (d.erPersonen) return { name: 'Personen selv' };
  return { name: [d.navn, d.rolle, d.tjeneste].filter(Boolean).join(', '), ...(d.epost ? { email: d.epost } : {}) };
}

/** The history events that set when and where a meeting is: each after the first changes the invitation. */
const SETS_THE_TIME: Record<CalendarEvent, readonly ExchangeActionType[]> = {
  avklaringsmote: ['mote.planlegg', 'avklaringsmote.holdt'],
  mote_etter_ja: ['mote.planlegg', 'mote_etter_ja.holdt'],
  overforingsmote: ['mote.planlegg', 'overforingsmote.registrer'],
  visning: ['visning.planlegg'],
};

/**
 * The invitation's SEQUENCE: how many times the meeting was planned again (or registered as
 * held) after it was first planned, read from the history, so both districts, whose histories
 * hold the same events, count alike, and the same meeting made again keeps its number.
 */
export function calendarSequence(history: DocumentSource['history'], event: CalendarEvent): number {
  const times = history.filter((e) => e.step === event && (SETS_THE_TIME[event] as readonly string[]).includes(e.action)).length;
  return Math.max(0, times - 1);
}

/** Who attends a viewing, from what was registered for it. */
function viewingAttendees(src: DocumentSource): IcsPerson[] {
  const s = src.detail.state;
  const plan = s.visning?.planlagt;
  return [
    ...(plan?.gammelBydelDeltar ? [{ name: CALENDAR_TEXT.gammelBydel(bydelName(s.oldDistrict)) }] : []),
    ...(plan?.nyBydelDeltar ? [{ name: CALENDAR_TEXT.nyBydel(bydelName(s.newDistrict)) }] : []),
    ...(plan?.kontaktperson ? [{ name: CALENDAR_TEXT.kontaktFremover(plan.kontaktperson) }] : []),
    ...(plan?.boligbyggKontakt ? [boligbyggAttendee(plan.boligbyggKontakt, plan.boligbyggKontaktinfo)] : []),
  ];
}

/** Boligbygg's contact, invited by e-mail when the contact given is one. */
function boligbyggAttendee(navn: string, info: string | undefined): IcsPerson {
  const email = info ? emailIn(info) : undefined;
  return { name: CALENDAR_TEXT.boligbygg(navn), ...(email ? { email } : {}) };
}

/** The line about Boligbygg's contact in the viewing's description, when one was given. */
function boligbyggLine(src: DocumentSource, event: CalendarEvent): string[] {
  const plan = event === 'visning' ? src.detail.state.visning?.planlagt : undefined;
  const line = BOLIGBYGG_KONTAKT_LABELS.linje(plan?.boligbyggKontakt, plan?.boligbyggKontaktinfo);
  return line ? [`${BOLIGBYGG_KONTAKT_LABELS.navn}: ${line}.`] : [];
}

/**
 * A calendar invitation (.ics) for one meeting or the viewing. The UID is the exchange's
 * reference and the event, and the sequence counts the changes, so a changed meeting sent
 * again replaces the calendar entry instead of adding a second one. From the coordinator
 * (ORGANIZER) to the participants with an e-mail address (ATTENDEE) when there are both; see
 * buildIcs for the file without them.
 */
export function calendarInvitation(src: DocumentSource, event: CalendarEvent): string {
  const s = src.detail.state;
  const meeting = calendarMeeting(s, event);
  if (!meeting) throw new AppError('DOKUMENT_IKKE_TILGJENGELIG');
  const spec = CALENDAR_EVENTS[event];
  const sender = ourSender(src.settings);
  const email = emailIn(sender.coordinatorContact);
  const bolig = event === 'visning' ? s.tildeling?.bolig?.referanse : undefined;
  return buildIcs({
    uid: `${s.reference}-${event}@bytteordning.oslo.kommune.no`,
    start: meeting.tidspunkt,
    durationMinutes: MEETING_MINUTES[event],
    summary: `${src.training ? `${TRAINING_MARK}: ` : ''}${spec.title} – ${s.reference}`,
    location: bolig ? CALENDAR_TEXT.sted(meeting.sted, bolig) : meeting.sted,
    description: [
      CALENDAR_TEXT.bytte(bydelName(s.oldDistrict), bydelName(s.newDistrict), s.reference),
      spec.purpose,
      ...boligbyggLine(src, event),
      CALENDAR_TEXT.kontakt(contactLine(sender)),
    ].join('\n'),
    organizer: { name: sender.coordinatorName, ...(email ? { email } : {}) },
    attendees: 'deltakere' in meeting ? meeting.deltakere.map(participant) : viewingAttendees(src),
    sequence: calendarSequence(src.history, event),
    now: src.now,
  });
}
