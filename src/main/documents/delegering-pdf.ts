import { bydelName } from '../../shared/districts';
import { AppError } from '../../shared/errors';
import { osloToday } from '../../shared/exchange/primitives';
import { boligRows, vedtakRows } from '../../shared/facts/tildeling';
import { TILDELING_LABELS } from '../../shared/i18n/fact-labels';
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
    title: 'Delegering av tildelingsmyndighet',
    from: state.newDistrict,
    meta: [
      ['Referanse', state.reference],
      [TILDELING_LABELS.delegert, formatDate(bolig.delegertDato)],
      ['Bolig', bolig.referanse],
      ['Delegert fra (ny bydel)', from],
      ['Delegert til (gammel bydel)', to],
    ],
    name: 'Delegering av tildelingsmyndighet',
    sections: [
      {
        heading: 'Delegering',
        blocks: [
          {
            kind: 'paragraph',
            text:
              `${from} delegerer myndigheten til å tildele boligen nedenfor til ${bydelName(state.oldDistrict)}, som tildeler den ` +
              `til personen i byttet ${state.reference} etter sitt vedtak om kommunal bolig. Delegeringen gjelder bare denne boligen.`,
          },
        ],
      },
      {
        heading: 'Boligen',
        blocks: [
          // The old district's decision is what the dwelling is allocated by.
          factsBlock([...boligRows(bolig), ...(vedtak ? vedtakRows(vedtak) : [])]),
        ],
      },
      {
        heading: 'Koordinatorer',
        blocks: [
          tableBlock(
            [
              ['Bydel', 0.34],
              ['Koordinator', 0.2],
              ['Kontakt', 0.46],
            ],
            [
              [`${from} (delegerer)`, sender.coordinatorName, sender.coordinatorContact],
              [`${to} (tildeler)`, oldCoordinator?.coordinatorName ?? 'Koordinator i gammel bydel', oldCoordinator?.coordinatorContact ?? ''],
            ],
          ),
        ],
      },
      importSection(state.oldDistrict, osloToday(src.now)),
    ],
  });
  return model;
}
