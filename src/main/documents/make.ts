import { calendarEventOf, type CrossingKind, type DocumentKind, isCalendarKind, isCrossingKind } from '../../shared/documents/catalog';
import { TRAINING_FILE_PREFIX } from '../../shared/documents/training';
import { ATTACHMENT_DESCRIPTIONS } from '../../shared/i18n/documents-text';
import { UPDATE_ATTACHMENT_NAME } from '../../shared/sync/update';
import { agendaDocument } from './agenda-pdf';
import { calendarInvitation } from './calendar';
import type { DocumentSource } from './common';
import { answerDocument } from './svar-pdf';
import { delegationDocument } from './delegering-pdf';
import { type DocumentModel, renderPdf } from './engine';
import { ICS_MIME_TYPE } from './ics';
import { changesSection, updateDocument } from './oppdatering-pdf';
import { profileDocument, receivedProfileDocument } from './profile-pdf';
import type { Outgoing } from '../sync/outgoing';

export interface MadeFile {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

const FILE_STEMS: Record<DocumentKind, string> = {
  brukerprofil: 'brukerprofil',
  svar: 'svar',
  delegering: 'delegering',
  oppdatering: 'oppdatering',
  agenda_avklaringsmote: 'agenda-avklaringsmote',
  agenda_overforingsmote: 'agenda-overforingsmote',
  kalender_avklaringsmote: 'avklaringsmote',
  kalender_mote_etter_ja: 'mote-etter-ja',
  kalender_overforingsmote: 'overforingsmote',
  kalender_visning: 'visning',
  brukerprofil_mottatt: 'brukerprofil-mottatt',
};

/** A document that crosses is named with its update's number, so files sort in the order they must be imported. */
function fileName(src: DocumentSource, kind: DocumentKind, seq?: number): string {
  const ext = isCalendarKind(kind) ? 'ics' : 'pdf';
  const nr = seq === undefined ? '' : `-nr${seq}`;
  return `${src.training ? TRAINING_FILE_PREFIX : ''}${src.detail.state.reference}${nr}-${FILE_STEMS[kind]}.${ext}`;
}

/** A document that crosses: its readable face, the changes it carries, and the signed update attached. */
function crossingPdf(src: DocumentSource, kind: CrossingKind, outgoing: Outgoing) {
  const face: DocumentModel = kind === 'oppdatering' ? updateDocument(src, outgoing.update) : FACES[kind](src);
  const model = kind === 'oppdatering' ? face : { ...face, sections: [...face.sections.slice(0, -1), changesSection(src, outgoing.update), ...face.sections.slice(-1)] };
  return renderPdf(model, {
    attachment: { name: UPDATE_ATTACHMENT_NAME, json: outgoing.signed, description: ATTACHMENT_DESCRIPTIONS[kind] },
    creationDate: src.now,
  });
}

const FACES: Record<Exclude<CrossingKind, 'oppdatering'>, (src: DocumentSource) => DocumentModel> = {
  brukerprofil: profileDocument,
  svar: answerDocument,
  delegering: delegationDocument,
};

function render(src: DocumentSource, kind: Exclude<DocumentKind, CrossingKind | `kalender_${string}`>): Promise<Buffer> {
  switch (kind) {
    case 'agenda_avklaringsmote':
      return renderPdf(agendaDocument(src, 'avklaringsmote'), { creationDate: src.now });
    case 'agenda_overforingsmote':
      return renderPdf(agendaDocument(src, 'overforingsmote'), { creationDate: src.now });
    // A copy to print: no update attached, so it cannot be imported anywhere.
    case 'brukerprofil_mottatt':
      return renderPdf(receivedProfileDocument(src), { creationDate: src.now });
  }
}

/**
 * One document of an exchange as a file. The caller has checked that it can be made now, and
 * for a document that crosses, has taken the update it carries (src/main/sync/outgoing.ts).
 */
export async function makeDocument(src: DocumentSource, kind: DocumentKind, outgoing?: Outgoing): Promise<MadeFile> {
  if (isCrossingKind(kind)) {
    if (!outgoing) throw new Error(`a ${kind} document carries an update`);
    return { fileName: fileName(src, kind, outgoing.update.seq), mimeType: 'application/pdf', bytes: await crossingPdf(src, kind, outgoing) };
  }
  if (isCalendarKind(kind)) {
    const ics = calendarInvitation(src, calendarEventOf(kind));
    return { fileName: fileName(src, kind), mimeType: ICS_MIME_TYPE, bytes: Buffer.from(ics, 'utf8') };
  }
  return { fileName: fileName(src, kind), mimeType: 'application/pdf', bytes: await render(src, kind) };
}
