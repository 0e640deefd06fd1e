import { bydelName } from '../districts';
import type { Deltaker, Mote } from '../exchange/model';
import { formatWallClock } from '../i18n/format';
import { BOLIGTYPE_LABELS } from '../i18n/labels';
import { BYTT_AKTUELT_LABELS, MOTE_LABELS, PERSONEN_SELV } from '../i18n/fact-labels';
import { type FactRow, recorded } from './rows';

/**
 * Whether the exchange itself is still open to question: only at the clarification meeting.
 * After the yes (møte etter ja, overføringsmøte) the form does not ask it again.
 */
export type MeetingKind = 'avklaring' | 'etter_svar';

/** A participant in one line: «Kari Nordmann, miljøterapeut, ACT, bydel Stovner». */
export function deltakerLine(deltaker: Deltaker): string {
  if (deltaker.erPersonen) return PERSONEN_SELV;
  return [deltaker.navn, deltaker.rolle, deltaker.tjeneste, deltaker.bydel ? bydelName(deltaker.bydel) : ''].filter(Boolean).join(', ');
}

/** What was agreed on, or is to be discussed: the agenda's notes and the end of a held meeting's facts. */
export function meetingNoteRows(mote: Pick<Mote, 'boligtype' | 'oppfolgingsbehov' | 'annet'>, kind: MeetingKind): FactRow[] {
  return recorded([
    [MOTE_LABELS.boligtype, kind === 'avklaring' && mote.boligtype ? BOLIGTYPE_LABELS[mote.boligtype] : ''],
    [MOTE_LABELS.oppfolgingsbehov, mote.oppfolgingsbehov],
    [MOTE_LABELS.annet, mote.annet ?? ''],
  ]);
}

/** A held meeting: when, where, who, and what was agreed. */
export function meetingRows(mote: Mote, kind: MeetingKind): FactRow[] {
  return recorded([
    [MOTE_LABELS.tidspunkt, formatWallClock(mote.tidspunkt)],
    [MOTE_LABELS.sted, mote.sted],
    [MOTE_LABELS.deltakere, mote.deltakere.map(deltakerLine).join('\n')],
    [MOTE_LABELS.byttAktuelt, kind === 'avklaring' ? BYTT_AKTUELT_LABELS[mote.byttAktuelt] : ''],
    ...meetingNoteRows(mote, kind),
  ]);
}
