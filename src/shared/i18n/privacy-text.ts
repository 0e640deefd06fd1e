/** What the anonymisation guard calls each kind of personal data it finds, at the field and in an arriving update. */
import type { IdentifierKind } from '../privacy/kinds';

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
