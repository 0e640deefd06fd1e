import { calendarEventOf, type DocumentKind, isCalendarKind } from '../../shared/documents/catalog';
import { type CrossingKind, PAYLOAD_ATTACHMENT_NAME, type PayloadByKind } from '../../shared/documents/payload';
import { agendaDocument } from './agenda-pdf';
import { calendarInvitation } from './calendar';
import type { DocumentSource } from './common';
import { answerDocument } from './svar-pdf';
import { delegationDocument } from './delegering-pdf';
import { type DocumentModel, renderPdf } from './engine';
import { sealEnvelope } from './envelope';
import { ICS_MIME_TYPE } from './ics';
import { profileDocument } from './profile-pdf';

export interface MadeFile {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

const FILE_STEMS: Record<DocumentKind, string> = {
  brukerprofil: 'brukerprofil',
  svar: 'svar',
  delegering: 'delegering',
  agenda_avklaringsmote: 'agenda-avklaringsmote',
  agenda_overforingsmote: 'agenda-overforingsmote',
  kalender_avklaringsmote: 'avklaringsmote',
  kalender_mote_etter_ja: 'mote-etter-ja',
  kalender_overforingsmote: 'overforingsmote',
  kalender_visning: 'visning',
};

const ATTACHMENT_DESCRIPTIONS: Record<CrossingKind, string> = {
  brukerprofil: 'Brukerprofilen i maskinlesbar form, for import i Bytteordning',
  svar: 'Svaret i maskinlesbar form, for import i Bytteordning',
  delegering: 'Delegeringen i maskinlesbar form, for import i Bytteordning',
};

function fileName(src: DocumentSource, kind: DocumentKind): string {
  const ext = isCalendarKind(kind) ? 'ics' : 'pdf';
  return `${src.training ? 'OVING-' : ''}${src.detail.state.reference}-${FILE_STEMS[kind]}.${ext}`;
}

function crossingPdf<K extends CrossingKind>(src: DocumentSource, kind: K, doc: { model: DocumentModel; payload: PayloadByKind[K] }) {
  return renderPdf(doc.model, {
    attachment: { name: PAYLOAD_ATTACHMENT_NAME, json: sealEnvelope(kind, doc.payload), description: ATTACHMENT_DESCRIPTIONS[kind] },
    creationDate: src.now,
  });
}

function render(src: DocumentSource, kind: Exclude<DocumentKind, `kalender_${string}`>): Promise<Buffer> {
  switch (kind) {
    case 'brukerprofil':
      return crossingPdf(src, kind, profileDocument(src));
    case 'svar':
      return crossingPdf(src, kind, answerDocument(src));
    case 'delegering':
      return crossingPdf(src, kind, delegationDocument(src));
    case 'agenda_avklaringsmote':
      return renderPdf(agendaDocument(src, 'avklaringsmote'), { creationDate: src.now });
    case 'agenda_overforingsmote':
      return renderPdf(agendaDocument(src, 'overforingsmote'), { creationDate: src.now });
  }
}

/** One document of an exchange as a file. The caller has checked that it can be made now. */
export async function makeDocument(src: DocumentSource, kind: DocumentKind): Promise<MadeFile> {
  if (isCalendarKind(kind)) {
    const ics = calendarInvitation(src, calendarEventOf(kind));
    return { fileName: fileName(src, kind), mimeType: ICS_MIME_TYPE, bytes: Buffer.from(ics, 'utf8') };
  }
  return { fileName: fileName(src, kind), mimeType: 'application/pdf', bytes: await render(src, kind) };
}
