/** What the anonymisation guard finds, and how a finding is reported. */
import { IDENTIFIER_KIND_LABELS } from '../i18n/privacy-text';

export type IdentifierKind =
  | 'fodselsnummer'
  | 'd_nummer'
  | 'h_nummer'
  | 'mulig_personnummer'
  | 'telefon'
  | 'epost'
  | 'adresse'
  | 'postadresse'
  | 'fodselsdato'
  | 'navn';

export interface IdentifierFinding {
  kind: IdentifierKind;
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset after the last character (exclusive). */
  end: number;
}

export { IDENTIFIER_KIND_LABELS };

export const IDENTIFIER_KINDS = Object.keys(IDENTIFIER_KIND_LABELS) as IdentifierKind[];

/** How a detector reports a finding: its kind and its UTF-16 span (`end` exclusive). */
export type Emit = (kind: IdentifierKind, start: number, end: number) => void;
