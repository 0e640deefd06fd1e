import { bydelName } from '../../shared/districts';
import { AppError } from '../../shared/errors';
import { osloToday } from '../../shared/exchange/primitives';
import { boligRows, vedtakRows } from '../../shared/facts/tildeling';
import { TILDELING_LABELS } from '../../shared/i18n/fact-labels';
import { DELEGATION_TEXT, DOCUMENT_TEXT, PROFILE_PDF_TEXT } from '../../shared/i18n/documents-text';
import { formatDate } from '../../shared/i18n/format';
import { bydelTitle, type DocumentSource, documentModel, factsBlock, importSection, ourSender, tableBlock } from './common';
import type { DocumentModel } from './engine';

/**
 * Delegering av tildelingsmyndighet (PDF): the new district has found a dwelling and lets the
 * old district allocate it (routine 6c), for the old district to import.
 */
export function delegationDocument(src: DocumentSource): DocumentModel {
  const { state } = src.detail;
  const bolig = state.tildeling?.bolig;
  if (!bolig) throw new AppError('DOKUMENT_IKKE_TILGJENGELIG');
  const vedtak = state.tildeling?.vedtak;
  const sender = ourSender(src.settings);
  // The old district's coordinator is known here when the profile was imported from its PDF.
  const oldCoordinator = state.brukerprofil?.avsender;
  const from = bydelTitle(state.newDistrict);
  const to = bydelTitle(state.oldDistrict);

  const model = documentModel(src, {
    title: DELEGATION_TEXT.tittel,
    from: state.newDistrict,
    meta: [
      [DOCUMENT_TEXT.referanse, state.reference],
      [TILDELING_LABELS.delegert, formatDate(bolig.delegertDato)],
      [DELEGATION_TEXT.bolig, bolig.referanse],
      [DELEGATION_TEXT.delegertFra, from],
      [DELEGATION_TEXT.delegertTil, to],
    ],
    name: DELEGATION_TEXT.tittel,
    sections: [
      {
        heading: DELEGATION_TEXT.delegering,
        blocks: [
          {
            kind: 'paragraph',
            text: DELEGATION_TEXT.delegerer(from, bydelName(state.oldDistrict), state.reference),
          },
        ],
      },
      {
        heading: DELEGATION_TEXT.boligen,
        blocks: [
          // The old district's decision is what the dwelling is allocated by.
          factsBlock([...boligRows(bolig), ...(vedtak ? vedtakRows(vedtak) : [])]),
        ],
      },
      {
        heading: DELEGATION_TEXT.koordinatorer,
        blocks: [
          tableBlock(
            [
              [DOCUMENT_TEXT.bydel, 0.34],
              [DELEGATION_TEXT.koordinator, 0.2],
              [DOCUMENT_TEXT.kontakt, 0.46],
            ],
            [
              [DELEGATION_TEXT.fraRolle(from), sender.coordinatorName, sender.coordinatorContact],
              [DELEGATION_TEXT.tilRolle(to), oldCoordinator?.coordinatorName ?? PROFILE_PDF_TEXT.koordinator, oldCoordinator?.coordinatorContact ?? ''],
            ],
          ),
        ],
      },
      importSection(state.oldDistrict, osloToday(src.now)),
    ],
  });
  return model;
}
