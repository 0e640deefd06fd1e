import { bydelName } from '../../shared/districts';
import type { Mote, MotePlan } from '../../shared/exchange/model';
import { AppError } from '../../shared/errors';
import { meetingOf, ourDistrict } from '../../shared/exchange/workflow';
import { meetingNoteRows } from '../../shared/facts/mote';
import { MOTE_LABELS } from '../../shared/i18n/fact-labels';
import { formatDate, formatWallClock } from '../../shared/i18n/format';
import { checklistSection, handoverSection, openItemsSection, participantsSection, statusSection } from './agenda-sections';
import { bydelTitle, contactLine, type DocumentSource, documentModel, factsBlock, ourSender, tableBlock } from './common';
import type { DocumentModel, Section } from './engine';

export type AgendaMeeting = 'avklaringsmote' | 'overforingsmote';

/** What each meeting is for, in the routine's words: the points of the agenda. */
const AGENDA: Record<AgendaMeeting, { title: string; purpose: string; points: string[] }> = {
  avklaringsmote: {
    title: 'Agenda for avklaringsmøte',
    purpose: 'Møtet skal avklare om det er aktuelt med bytte, hvilken type bolig som er ønskelig, og hvilket behov for oppfølging personen har.',
    points: [
      'Velkommen og presentasjon av deltakerne',
      'Er bytte aktuelt? Personens ønsker og grunner til å flytte',
      'Type bolig som er ønskelig',
      'Behov for oppfølging i ny bydel, og hvilke tjenester som bør kobles på',
      'Annet',
      'Veien videre: ny bydel svarer ja eller nei, og hvem gjør hva til da',
    ],
  },
  overforingsmote: {
    title: 'Agenda for overføringsmøte',
    purpose:
      'Målet er at alle som skal følge personen videre deltar, sammen med en person fra gammel bydel og personen selv, slik at oppfølgingen i ny bydel er på plass.',
    points: [
      'Velkommen og presentasjon av alle som skal følge personen videre',
      'Status i byttet',
      'Sjekklisten for gammel bydel: hva er gjort, og hva gjenstår',
      'Hvem tar over hva i ny bydel',
      'Første oppfølging etter innflytting: når, og hvem',
      'Åpne punkter og neste avtaler',
    ],
  },
};

function requireMeeting(src: DocumentSource, meeting: AgendaMeeting): Mote | MotePlan {
  const mote = meetingOf(src.detail.state, meeting);
  if (!mote) throw new AppError('DOKUMENT_IKKE_TILGJENGELIG');
  return mote;
}

/** Notes registered for the meeting, when there are any: topics the participants prepare. */
function notesSection(meeting: Mote | MotePlan, agenda: AgendaMeeting): Section[] {
  if (!('oppfolgingsbehov' in meeting)) return [];
  const rows = meetingNoteRows(meeting, agenda === 'avklaringsmote' ? 'avklaring' : 'etter_svar');
  return rows.length > 0 ? [{ heading: 'Notater til møtet', blocks: [factsBlock(rows)] }] : [];
}

/**
 * Where the exchange stands at a clarification meeting: the profile is sent, and the new district
 * answers after the meeting. Two lines; the transfer's checklist and hand-over come much later.
 */
function beforeClarificationSection(src: DocumentSource): Section {
  const s = src.detail.state;
  const sent = s.brukerprofil?.sendtDato;
  return {
    heading: 'Før møtet',
    blocks: [
      {
        kind: 'list',
        items: [
          sent ? `Brukerprofilen ble sendt til ${bydelName(s.newDistrict)} ${formatDate(sent)}.` : 'Brukerprofilen er ikke sendt ennå.',
          s.svar
            ? `${bydelTitle(s.newDistrict)} svarte ${s.svar.svar} ${formatDate(s.svar.dato)}.`
            : `Etter møtet svarer ${bydelName(s.newDistrict)} ja eller nei.`,
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
  const agenda = AGENDA[meeting];
  const points = agenda.points.map((p, i) => [String(i + 1), p]);
  return documentModel(src, {
    title: agenda.title,
    subtitle: `Bytte av bolig fra ${bydelName(s.oldDistrict)} til ${bydelName(s.newDistrict)}`,
    from: ourDistrict(s),
    meta: [
      [MOTE_LABELS.tidspunkt, formatWallClock(mote.tidspunkt)],
      ['Referanse', s.reference],
      [MOTE_LABELS.sted, mote.sted],
      ['Innkalt av', `${contactLine(ourSender(src.settings))} (${bydelName(ourDistrict(s))})`],
    ],
    notice: 'Personen omtales ikke med navn i dokumentet. Del det bare med dem som deltar på møtet.',
    name: agenda.title,
    sections: [
      {
        heading: 'Saker',
        blocks: [
          { kind: 'paragraph', text: agenda.purpose },
          tableBlock(
            [
              ['Nr.', 0.08],
              ['Sak', 0.92],
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
