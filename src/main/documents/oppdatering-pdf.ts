import { districtName } from '../../shared/districts';
import { osloToday } from '../../shared/exchange/primitives';
import { formatDate, formatInstant } from '../../shared/i18n/format';
import { changeLine } from '../../shared/sync/apply';
import type { Update } from '../../shared/sync/update';
import { bydelTitle, type DocumentSource, documentModel, importSection, tableBlock } from './common';
import type { DocumentModel, Section } from './engine';

/** What an update carries, one row per change: when, who, what. Every document that crosses ends with it. */
export function changesSection(src: DocumentSource, update: Update): Section {
  const { state } = src.detail;
  return {
    heading: `Endringer i oppdatering ${update.seq}`,
    blocks: [
      tableBlock(
        [
          ['Registrert', 0.2],
          ['Av', 0.28],
          ['Endring', 0.52],
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
    title: 'Oppdatering til partnerbydelen',
    subtitle: `Bytte ${state.reference}: oppdatering ${update.seq} fra ${update.from} bydel`,
    from,
    meta: [
      ['Referanse', state.reference],
      ['Oppdatering nr.', String(update.seq)],
      ['Fra', `${bydelTitle(from)}, ${update.sender.coordinatorName}`],
      ['Til', bydelTitle(to)],
      ['Laget', formatDate(osloToday(src.now))],
    ],
    name: 'Oppdatering',
    sections: [
      changesSection(src, update),
      {
        heading: 'Hva mottakeren gjør',
        blocks: [
          {
            kind: 'paragraph',
            text:
              `Bydel ${districtName(to)} importerer filen i Bytteordning. Appen kontrollerer signaturen, at ingen tidligere oppdatering ` +
              `mangler, og viser endringene før de lagres. Oppdateringer må importeres i rekkefølge.`,
          },
        ],
      },
      importSection(to, osloToday(src.now)),
    ],
  });
}
