import type { ErrorCode } from '../errors';
import { ERROR_MESSAGES } from '../errors';
import { DOCUMENT_REFUSALS } from '../i18n/refusals';
import type { ExchangeState, Mote, MotePlan, VisningPlan } from '../exchange/model';
import { isProfileComplete, meetingOf, visningAccepted } from '../exchange/workflow';
import { openProfileFindingCount } from '../privacy/profile-findings';

/**
 * Every document the app makes for an exchange, and when each can be made. The same rule
 * decides which buttons the documents panel shows and what main agrees to make.
 */
export const DOCUMENT_KINDS = [
  'brukerprofil',
  'svar',
  'delegering',
  'oppdatering',
  'agenda_avklaringsmote',
  'agenda_overforingsmote',
  'kalender_avklaringsmote',
  'kalender_mote_etter_ja',
  'kalender_overforingsmote',
  'kalender_visning',
  'brukerprofil_mottatt',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * The documents that cross to the partner district: each carries the next signed update
 * (src/shared/sync/update.ts). The profile, the answer and the delegation are also read as
 * documents; «oppdatering» is only the update, on one page.
 */
export const CROSSING_KINDS = ['brukerprofil', 'svar', 'delegering', 'oppdatering'] as const;
export type CrossingKind = (typeof CROSSING_KINDS)[number];

export function isCrossingKind(kind: DocumentKind): kind is CrossingKind {
  return (CROSSING_KINDS as readonly string[]).includes(kind);
}

/** The meetings (and the viewing) a calendar invitation can be made for. */
export type CalendarEvent = 'avklaringsmote' | 'mote_etter_ja' | 'overforingsmote' | 'visning';

export type CalendarKind = `kalender_${CalendarEvent}`;

export function calendarEventOf(kind: CalendarKind): CalendarEvent {
  return kind.slice('kalender_'.length) as CalendarEvent;
}

export function isCalendarKind(kind: DocumentKind): kind is CalendarKind {
  return kind.startsWith('kalender_');
}

export type Availability = { available: true } | { available: false; code: ErrorCode; reason: string };

const yes: Availability = { available: true };
const no = (reason: string, code: ErrorCode = 'DOKUMENT_IKKE_TILGJENGELIG'): Availability => ({ available: false, code, reason });

/** The meeting (or viewing) a calendar invitation is for, when one is registered. */
export function calendarMeeting(s: ExchangeState, event: CalendarEvent): Mote | MotePlan | VisningPlan | undefined {
  switch (event) {
    case 'avklaringsmote':
    case 'mote_etter_ja':
    case 'overforingsmote':
      return meetingOf(s, event);
    case 'visning':
      return s.visning?.planlagt;
  }
}

/** Why there is no meeting to make a document for: passed over, or not registered yet. */
function noMeeting(s: ExchangeState, event: CalendarEvent): Availability {
  if (event === 'avklaringsmote' && s.avklaringsmote?.hoppetOver) return no(DOCUMENT_REFUSALS.avklaringsmoteHoppetOver);
  if (event === 'mote_etter_ja' && s.moteEtterJa?.hoppetOver) return no(DOCUMENT_REFUSALS.moteEtterJaHoppetOver);
  if (event === 'overforingsmote' && s.overforingsmote?.type === 'ikke_nodvendig') return no(DOCUMENT_REFUSALS.overforingsmoteIkkeNodvendig);
  if (event === 'visning' && visningAccepted(s)) return no(DOCUMENT_REFUSALS.visningAkseptert);
  return no(DOCUMENT_REFUSALS.planleggForst[event]);
}

/** Which district makes a document: the profile is the old district's, the answer and the delegation the new one's. */
const MADE_BY: Record<DocumentKind, 'gammel' | 'ny' | 'begge'> = {
  brukerprofil: 'gammel',
  svar: 'ny',
  delegering: 'ny',
  oppdatering: 'begge',
  agenda_avklaringsmote: 'begge',
  agenda_overforingsmote: 'begge',
  kalender_avklaringsmote: 'begge',
  kalender_mote_etter_ja: 'begge',
  kalender_overforingsmote: 'begge',
  kalender_visning: 'begge',
  // The new district's printable copy of the profile it received; it never crosses.
  brukerprofil_mottatt: 'ny',
};

/** Whether this installation's side of the exchange is the one that makes the document. */
export function madeHere(s: ExchangeState, kind: DocumentKind): boolean {
  const maker = MADE_BY[kind];
  return maker === 'begge' || (maker === 'gammel') === (s.direction === 'utgaende');
}

/** Whether a document can be made now; if not, why, in a sentence that says what to do. */
export function documentAvailability(s: ExchangeState, kind: DocumentKind): Availability {
  const maker = MADE_BY[kind];
  if (maker !== 'begge' && !madeHere(s, kind)) return no(DOCUMENT_REFUSALS.lagesAv[maker]);
  switch (kind) {
    case 'brukerprofil': {
      const p = s.brukerprofil;
      if (!p || !isProfileComplete(p.profil)) return no(ERROR_MESSAGES.PROFIL_UFULLSTENDIG, 'PROFIL_UFULLSTENDIG');
      if (openProfileFindingCount(p.profil, p.avvisteFunn) > 0) return no(ERROR_MESSAGES.PROFIL_HAR_FUNN, 'PROFIL_HAR_FUNN');
      // The document carries the profile as sent: the sending is what puts it in the update.
      return p.sendtDato ? yes : no(DOCUMENT_REFUSALS.profilIkkeSendt);
    }
    case 'svar':
      return s.svar ? yes : no(DOCUMENT_REFUSALS.svarForst);
    case 'delegering':
      return s.tildeling?.bolig ? yes : no(DOCUMENT_REFUSALS.boligForst);
    case 'oppdatering':
      return yes;
    case 'brukerprofil_mottatt':
      return s.brukerprofil?.sendtDato && isProfileComplete(s.brukerprofil.profil) ? yes : no(DOCUMENT_REFUSALS.profilIkkeMottatt);
    case 'agenda_avklaringsmote':
      return calendarMeeting(s, 'avklaringsmote') ? yes : noMeeting(s, 'avklaringsmote');
    case 'agenda_overforingsmote':
      return calendarMeeting(s, 'overforingsmote') ? yes : noMeeting(s, 'overforingsmote');
    default: {
      const event = calendarEventOf(kind);
      return calendarMeeting(s, event) ? yes : noMeeting(s, event);
    }
  }
}
