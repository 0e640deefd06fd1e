import { bydelName } from '../../shared/districts';
import { AppError } from '../../shared/errors';
import { osloToday } from '../../shared/exchange/primitives';
import { svarRows } from '../../shared/facts/svar';
import { SVAR_LABELS } from '../../shared/i18n/fact-labels';
import { formatDate } from '../../shared/i18n/format';
import { bydelTitle, type DocumentSource, documentModel, factsBlock, importSection, ourSender } from './common';
import type { DocumentModel, Section } from './engine';

/** The routine after a yes, in its own order (DOMAIN.md steps 5 and 6). */
const AFTER_YES = [
  'Ved behov holdes et møte der relevante tjenester i ny bydel deltar, slik at nye oppfølgere kobles på så tidlig som mulig.',
  'Personen søker kommunal bolig i gammel bydel, og gammel bydel fatter vedtak.',
  'Ny bydel finner en aktuell bolig og gir tildelingsmyndighet til gammel bydel.',
  'Gammel bydel tildeler boligen, og Boligbygg setter opp visning.',
];

/** Svar fra ny bydel (PDF): yes or no to the exchange, for the old district to import. */
export function answerDocument(src: DocumentSource): DocumentModel {
  const { state } = src.detail;
  const svar = state.svar;
  if (!svar) throw new AppError('DOKUMENT_IKKE_TILGJENGELIG');
  const sender = ourSender(src.settings);
  const next: Section =
    svar.svar === 'ja'
      ? { heading: 'Hva skjer nå', blocks: [{ kind: 'list', items: AFTER_YES }] }
      : {
          heading: 'Hva skjer nå',
          blocks: [{ kind: 'paragraph', text: `Byttet avsluttes som avslått. ${bydelTitle(state.oldDistrict)} følger opp personen videre.` }],
        };

  const model = documentModel(src, {
    title: svar.svar === 'ja' ? 'Svar på bytte: ja' : 'Svar på bytte: nei',
    subtitle: `Fra ${bydelName(state.newDistrict)} til ${bydelName(state.oldDistrict)}`,
    from: state.newDistrict,
    meta: [
      ['Referanse', state.reference],
      [SVAR_LABELS.dato, formatDate(svar.dato)],
      [SVAR_LABELS.svar, svar.svar === 'ja' ? 'Ja' : 'Nei'],
      ['Fra bydel (ny bydel)', bydelTitle(state.newDistrict)],
      ['Til bydel (gammel bydel)', bydelTitle(state.oldDistrict)],
    ],
    name: 'Svar fra ny bydel',
    sections: [
      {
        heading: 'Svar fra ny bydel',
        blocks: [
          { kind: 'paragraph', text: `${bydelTitle(state.newDistrict)} har vurdert den anonyme brukerprofilen med referanse ${state.reference}.` },
          factsBlock(svarRows(svar)),
        ],
      },
      next,
      {
        heading: 'Kontakt',
        blocks: [
          factsBlock([
            ['Koordinator i ny bydel', sender.coordinatorName],
            ['Kontaktinformasjon', sender.coordinatorContact],
          ]),
        ],
      },
      importSection(state.oldDistrict, osloToday(src.now)),
    ],
  });
  return model;
}
