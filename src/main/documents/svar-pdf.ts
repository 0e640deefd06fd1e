import { bydelName } from '../../shared/districts';
import { AppError } from '../../shared/errors';
import { osloToday } from '../../shared/exchange/primitives';
import { svarRows } from '../../shared/facts/svar';
import { SVAR_LABELS } from '../../shared/i18n/fact-labels';
import { ANSWER_TEXT, DOCUMENT_TEXT } from '../../shared/i18n/documents-text';
import { formatDate } from '../../shared/i18n/format';
import { bydelTitle, type DocumentSource, documentModel, factsBlock, importSection, ourSender } from './common';
import type { DocumentModel, Section } from './engine';

/** Svar fra ny bydel (PDF): yes or no to the exchange, for the old district to import. */
export function answerDocument(src: DocumentSource): DocumentModel {
  const { state } = src.detail;
  const svar = state.svar;
  if (!svar) throw new AppError('DOKUMENT_IKKE_TILGJENGELIG');
  const sender = ourSender(src.settings);
  const next: Section =
    svar.svar === 'ja'
      ? { heading: ANSWER_TEXT.hvaSkjerNa, blocks: [{ kind: 'list', items: [...ANSWER_TEXT.etterJa] }] }
      : {
          heading: ANSWER_TEXT.hvaSkjerNa,
          blocks: [{ kind: 'paragraph', text: ANSWER_TEXT.etterNei(bydelTitle(state.oldDistrict)) }],
        };

  const model = documentModel(src, {
    title: ANSWER_TEXT.tittel(svar.svar === 'ja'),
    subtitle: DOCUMENT_TEXT.fraTil(bydelName(state.newDistrict), bydelName(state.oldDistrict)),
    from: state.newDistrict,
    meta: [
      [DOCUMENT_TEXT.referanse, state.reference],
      [SVAR_LABELS.dato, formatDate(svar.dato)],
      [SVAR_LABELS.svar, DOCUMENT_TEXT.jaNei(svar.svar === 'ja')],
      [ANSWER_TEXT.fraNyBydel, bydelTitle(state.newDistrict)],
      [ANSWER_TEXT.tilGammelBydel, bydelTitle(state.oldDistrict)],
    ],
    name: ANSWER_TEXT.navn,
    sections: [
      {
        heading: ANSWER_TEXT.navn,
        blocks: [
          { kind: 'paragraph', text: ANSWER_TEXT.vurdert(bydelTitle(state.newDistrict), state.reference) },
          factsBlock(svarRows(svar)),
        ],
      },
      next,
      {
        heading: DOCUMENT_TEXT.kontakt,
        blocks: [
          factsBlock([
            [ANSWER_TEXT.koordinator, sender.coordinatorName],
            [DOCUMENT_TEXT.kontaktinformasjon, sender.coordinatorContact],
          ]),
        ],
      },
      importSection(state.oldDistrict, osloToday(src.now)),
    ],
  });
  return model;
}
