import { bydelName } from '../../shared/districts';
import { boligRows } from '../../shared/documents/summaries';
import { AppError } from '../../shared/errors';
import { osloToday } from '../../shared/exchange/primitives';
import { formatDate } from '../../shared/i18n/format';
import { bydelTitle, type DocumentSource, documentModel, importSection, ourSender } from './common';
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
      ['Dato for delegering', formatDate(bolig.delegertDato)],
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
          {
            kind: 'keyValue',
            rows: [
              ...boligRows(bolig),
              ...(vedtak ? [['Vedtak i gammel bydel', `${formatDate(vedtak.dato)}, ${vedtak.referanse}`] as const] : []),
            ].map(([label, value]) => ({ label, value })),
          },
        ],
      },
      {
        heading: 'Koordinatorer',
        blocks: [
          {
            kind: 'table',
            columns: [
              { header: 'Bydel', width: 0.34 },
              { header: 'Koordinator', width: 0.2 },
              { header: 'Kontakt', width: 0.46 },
            ],
            rows: [
              [`${from} (delegerer)`, sender.coordinatorName, sender.coordinatorContact],
              [`${to} (tildeler)`, oldCoordinator?.coordinatorName ?? 'Koordinator i gammel bydel', oldCoordinator?.coordinatorContact ?? ''],
            ],
          },
        ],
      },
      importSection(state.oldDistrict, osloToday(src.now)),
    ],
  });
  return model;
}
