import { osloToday } from '../../shared/exchange/primitives';
import { DOCUMENT_TEXT, UPDATE_PDF_TEXT } from '../../shared/i18n/documents-text';
import { formatDate, formatInstant } from '../../shared/i18n/format';
import { changeLine } from '../../shared/sync/apply';
import type { Update } from '../../shared/sync/update';
import { bydelTitle, type DocumentSource, documentModel, importSection, tableBlock } from './common';
import type { DocumentModel, Section } from './engine';

/** What an update carries, one row per change: when, who, what. Every document that crosses ends with it. */
export function changesSection(src: DocumentSource, update: Update): Section {
  const { state } = src.detail;
  return {
    heading: UPDATE_PDF_TEXT.endringer(update.seq),
    blocks: [
      tableBlock(
        [
          [UPDATE_PDF_TEXT.registrert, 0.2],
          [UPDATE_PDF_TEXT.av, 0.28],
          [UPDATE_PDF_TEXT.endring, 0.52],
        ],
        update.changes.map((c) => [formatInstant(c.at), c.actor, changeLine(c, state)]),
      ),
    ],
  };
}

/**
 * Oppdatering til partnerbydelen (PDF): every change since the last update, on a page a person
 * can read, and as the signed attachment the partner's app imports.
 */
export function updateDocument(src: DocumentSource, update: Update): DocumentModel {
  const { state } = src.detail;
  const from = update.from === 'gammel' ? state.oldDistrict : state.newDistrict;
  const to = update.from === 'gammel' ? state.newDistrict : state.oldDistrict;
  return documentModel(src, {
    title: UPDATE_PDF_TEXT.tittel,
    subtitle: UPDATE_PDF_TEXT.undertittel(state.reference, update.seq, update.from),
    from,
    meta: [
      [DOCUMENT_TEXT.referanse, state.reference],
      [UPDATE_PDF_TEXT.nr, String(update.seq)],
      [UPDATE_PDF_TEXT.fra, `${bydelTitle(from)}, ${update.sender.coordinatorName}`],
      [UPDATE_PDF_TEXT.til, bydelTitle(to)],
      [DOCUMENT_TEXT.laget, formatDate(osloToday(src.now))],
    ],
    name: UPDATE_PDF_TEXT.navn,
    sections: [
      changesSection(src, update),
      {
        heading: UPDATE_PDF_TEXT.mottakeren,
        blocks: [
          {
            kind: 'paragraph',
            text: UPDATE_PDF_TEXT.importeres(bydelTitle(to)),
          },
        ],
      },
      importSection(to, osloToday(src.now)),
    ],
  });
}
