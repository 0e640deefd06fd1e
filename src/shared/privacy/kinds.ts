/** What the anonymisation guard finds, and how a finding is reported. */

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

export const IDENTIFIER_KIND_LABELS: Record<IdentifierKind, string> = {
  fodselsnummer: 'Fødselsnummer',
  d_nummer: 'D-nummer',
  h_nummer: 'H-nummer',
  mulig_personnummer: 'Mulig personnummer eller kontonummer',
  telefon: 'Telefonnummer',
  epost: 'E-postadresse',
  adresse: 'Gateadresse',
  postadresse: 'Postnummer og sted',
  fodselsdato: 'Fødselsdato',
  navn: 'Personnavn',
};

export const IDENTIFIER_KINDS = Object.keys(IDENTIFIER_KIND_LABELS) as IdentifierKind[];

/** How a detector reports a finding: its kind and its UTF-16 span (`end` exclusive). */
export type Emit = (kind: IdentifierKind, start: number, end: number) => void;
