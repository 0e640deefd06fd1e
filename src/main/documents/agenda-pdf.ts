import { bydelName } from '../../shared/districts';
import type { Mote, MotePlan } from '../../shared/exchange/model';
import { AppError } from '../../shared/errors';
import { meetingOf, ourDistrict } from '../../shared/exchange/workflow';
import { meetingNoteRows } from '../../shared/facts/mote';
import { MOTE_LABELS } from '../../shared/i18n/fact-labels';
import { AGENDA_POINTS, AGENDA_TEXT, DOCUMENT_TEXT } from '../../shared/i18n/documents-text';
import { formatDate, formatWallClock } from '../../shared/i18n/format';
import { checklistSection, handoverSection, openItemsSection, participantsSection, statusSection } from './agenda-sections';
import { bydelTitle, contactLine, type DocumentSource, documentModel, factsBlock, ourSender, tableBlock } from './common';
import type { DocumentModel, Section } from './engine';

export type AgendaMeeting = 'avklaringsmote' | 'overforingsmote';

function requireMeeting(src: DocumentSource, meeting: AgendaMeeting): Mote | MotePlan {
  const mote = meetingOf(src.detail.state, meeting);
  if (!mote) throw new AppError('DOKUMENT_IKKE_TILGJENGELIG');
  return mote;
}

/** Notes registered for the meeting, when there are any: topics the participants prepare. */
function notesSection(meeting: Mote | MotePlan, agenda: AgendaMeeting): Section[] {
  if (!('oppfolgingsbehov' in meeting)) return [];
  const rows = meetingNoteRows(meeting, agenda === 'avklaringsmote' ? 'avklaring' : 'etter_svar');
  return rows.length > 0 ? [{ heading: AGENDA_TEXT.notater, blocks: [factsBlock(rows)] }] : [];
}

/**
 * Where the exchange stands at a clarification meeting: the profile is sent, and the new district
 * answers after the meeting. Two lines; the transfer's checklist and hand-over come much later.
 */
function beforeClarificationSection(src: DocumentSource): Section {
  const s = src.detail.state;
  const sent = s.brukerprofil?.sendtDato;
  return {
    heading: AGENDA_TEXT.forMotet,
    blocks: [
      {
        kind: 'list',
        items: [
          sent ? AGENDA_TEXT.profilSendt(bydelName(s.newDistrict), formatDate(sent)) : AGENDA_TEXT.profilIkkeSendt,
          s.svar
            ? AGENDA_TEXT.svarte(bydelTitle(s.newDistrict), s.svar.svar, formatDate(s.svar.dato))
            : AGENDA_TEXT.svarerEtterMotet(bydelName(s.newDistrict)),
        ],
      },
    ],
  };
}

/** What each agenda says about the exchange beyond the meeting itself: before the participants, or after the notes. */
const EXCHANGE_SECTIONS: Record<AgendaMeeting, { before: (src: DocumentSource) => Section[]; after: (src: DocumentSource) => Section[] }> = {
  avklaringsmote: { before: (src) => [beforeClarificationSection(src)], after: () => [] },
  overforingsmote: {
    before: () => [],
    after: (src) => [statusSection(src.detail), handoverSection(src.detail.state), checklistSection(src.detail.state), openItemsSection(src.detail)],
  },
};

/**
 * Agenda for avklaringsmøte or overføringsmøte: when and where, who comes in which role, what
 * is to be discussed, and what the meeting needs to know of the exchange: for the clarification
 * meeting, only where it stands; for the transfer meeting, status, hand-over, checklist and open
 * items. For the people at the meeting; it names the workers, never the person.
 */
export function agendaDocument(src: DocumentSource, meeting: AgendaMeeting): DocumentModel {
  const s = src.detail.state;
  const mote = requireMeeting(src, meeting);
  const agenda = AGENDA_POINTS[meeting];
  const points = agenda.points.map((p, i) => [String(i + 1), p]);
  return documentModel(src, {
    title: agenda.title,
    subtitle: AGENDA_TEXT.undertittel(bydelName(s.oldDistrict), bydelName(s.newDistrict)),
    from: ourDistrict(s),
    meta: [
      [MOTE_LABELS.tidspunkt, formatWallClock(mote.tidspunkt)],
      [DOCUMENT_TEXT.referanse, s.reference],
      [MOTE_LABELS.sted, mote.sted],
      [AGENDA_TEXT.innkaltAv, `${contactLine(ourSender(src.settings))} (${bydelName(ourDistrict(s))})`],
    ],
    notice: AGENDA_TEXT.omPersonen,
    name: agenda.title,
    sections: [
      {
        heading: AGENDA_TEXT.saker,
        blocks: [
          { kind: 'paragraph', text: agenda.purpose },
          tableBlock(
            [
              [AGENDA_TEXT.nr, 0.08],
              [AGENDA_TEXT.sak, 0.92],
            ],
            points,
          ),
        ],
      },
      ...EXCHANGE_SECTIONS[meeting].before(src),
      participantsSection(mote),
      ...notesSection(mote, meeting),
      ...EXCHANGE_SECTIONS[meeting].after(src),
    ],
  });
}
