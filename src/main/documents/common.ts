/**
 * What every document of an exchange shares: its source data, the sender's letterhead, the
 * footer, the training-mode marks, and how a crossing document tells the reader it can be
 * imported.
 */
import type { ExchangeDetail, HistoryEvent } from '../../shared/contract';
import { type DistrictId, districtName } from '../../shared/districts';
import { DISTRICT_TEXT } from '../../shared/i18n/district-text';
import { UPDATE_ATTACHMENT_NAME } from '../../shared/sync/update';
import type { Avsender } from '../../shared/exchange/model';
import type { FactRow } from '../../shared/facts/rows';
import { DOCUMENT_ABOUT_TEXT, DOCUMENT_TEXT, TRAINING_MARK, TRAINING_NOTICE } from '../../shared/i18n/documents-text';
import { formatDate } from '../../shared/i18n/format';
import type { Settings } from '../../shared/settings';
import type { DocumentModel, KeyValueBlock, Section, TableBlock } from './engine';

export interface DocumentSource {
  detail: ExchangeDetail;
  /** The exchange's history (what was done, at which step), newest first. */
  history: readonly Pick<HistoryEvent, 'action' | 'step'>[];
  settings: Settings;
  now: Date;
  /** Made in training mode: the document says so on every page, and its payload is marked. */
  training: boolean;
}

/** "Bydel Stovner": as a heading or at the start of a sentence (bydelName gives "bydel Stovner"). */
export function bydelTitle(id: DistrictId): string {
  return DISTRICT_TEXT.tittel(districtName(id));
}

export function contactLine(person: Avsender): string {
  return `${person.coordinatorName}, ${person.coordinatorContact}`;
}

/** The sending coordinator of a document we make: ourselves. */
export function ourSender(settings: Settings): Avsender {
  return { coordinatorName: settings.coordinatorName, coordinatorContact: settings.coordinatorContact };
}

/** Facts as a document block: the rows the step's screen and the import preview show. */
export function factsBlock(rows: FactRow[]): KeyValueBlock {
  return { kind: 'keyValue', rows: rows.map(([label, value]) => ({ label, value })) };
}

/** A table by its columns, each a header and its share of the width. */
export function tableBlock(columns: [header: string, width: number][], rows: string[][]): TableBlock {
  return { kind: 'table', columns: columns.map(([header, width]) => ({ header, width })), rows };
}

export interface DocumentParts {
  title: string;
  subtitle?: string;
  /** The district the document comes from: its letterhead. */
  from: DistrictId;
  meta: FactRow[];
  notice?: string;
  sections: Section[];
  /** The document's name in the footer and in the PDF's subject. */
  name: string;
}

/** The parts every document has, so they all look and read alike. */
export function documentModel(src: DocumentSource, parts: DocumentParts): DocumentModel {
  const { reference } = src.detail.state;
  const notice = [src.training ? TRAINING_NOTICE : undefined, parts.notice].filter(Boolean).join('\n');
  return {
    lang: 'nb-NO',
    // The title is also the PDF's Title (what a reader's window and file lists show).
    title: src.training ? `${TRAINING_MARK}: ${parts.title}` : parts.title,
    ...(parts.subtitle ? { subtitle: parts.subtitle } : {}),
    letterhead: { organisation: DOCUMENT_TEXT.osloKommune, unit: bydelTitle(parts.from) },
    meta: parts.meta.map(([label, value]) => ({ label, value })),
    ...(notice ? { notice } : {}),
    sections: parts.sections,
    footerText: [src.training ? TRAINING_MARK : undefined, DOCUMENT_ABOUT_TEXT.app, parts.name, reference].filter(Boolean).join(' · '),
    author: `${bydelTitle(parts.from)}, ${src.settings.coordinatorName}`,
    subject: `${parts.name} ${reference}`,
    keywords: [DOCUMENT_ABOUT_TEXT.app, DOCUMENT_ABOUT_TEXT.rutine, reference],
  };
}

/** The last section of a document the other district imports, saying how. */
export function importSection(recipient: DistrictId, made: string): Section {
  return {
    heading: DOCUMENT_ABOUT_TEXT.omDokumentet,
    keepWithPrevious: true,
    blocks: [
      {
        kind: 'paragraph',
        text: DOCUMENT_ABOUT_TEXT.importeres(formatDate(made), bydelTitle(recipient), UPDATE_ATTACHMENT_NAME),
      },
    ],
  };
}
