/**
 * Identifier scanner for the anonymisation guard.
 *
 * Anonymous client profiles travel between districts; free text is where identity leaks.
 * `findIdentifiers` finds national ID numbers, phone numbers, e-mail and postal addresses,
 * dates of birth and person names in the forms coordinators actually write them.
 *
 * It runs on every keystroke on fields of up to 2,000 characters, so every detector is a
 * single pass with precompiled regexes (guarded by look-behinds so no match is retried from
 * inside a word or number) and Set lookups. Pure TypeScript: no Node, no DOM. Each detector
 * lives in ./detectors and reports what it finds; this module keeps the most specific of
 * overlapping findings.
 */

import { findAddresses } from './detectors/addresses';
import { findBirthDates } from './detectors/birth-dates';
import { findEmails } from './detectors/email';
import { findPersonNames } from './detectors/names';
import { findNumbers } from './detectors/numbers';
import { findPostcodes } from './detectors/postcodes';
import type { Emit, IdentifierFinding, IdentifierKind } from './kinds';

export { IDENTIFIER_KIND_LABELS, IDENTIFIER_KINDS, type IdentifierFinding, type IdentifierKind } from './kinds';

/**
 * When findings overlap, the more specific kind wins; between equals, the longer one.
 * A valid fødselsnummer beats the date of birth inside it; an address beats the person
 * name inside "Karl Johans gate 22"; an e-mail beats the name in its local part.
 */
const SPECIFICITY: Record<IdentifierKind, number> = {
  fodselsnummer: 100,
  d_nummer: 100,
  h_nummer: 100,
  epost: 90,
  mulig_personnummer: 80,
  fodselsdato: 70,
  telefon: 60,
  adresse: 50,
  postadresse: 50,
  navn: 40,
};

/** Keeps the most specific (then longest) of overlapping findings; the result is sorted by start. */
function resolveOverlaps(candidates: IdentifierFinding[], length: number): IdentifierFinding[] {
  const ordered = [...candidates].sort(
    (a, b) => SPECIFICITY[b.kind] - SPECIFICITY[a.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const taken = new Uint8Array(length);
  const kept: IdentifierFinding[] = [];
  for (const f of ordered) {
    if (taken.subarray(f.start, f.end).some((x) => x === 1)) continue;
    taken.fill(1, f.start, f.end);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const DETECTORS: ReadonlyArray<(text: string, emit: Emit) => void> = [
  findNumbers,
  findEmails,
  findAddresses,
  findPostcodes,
  findBirthDates,
  findPersonNames,
];

/**
 * Finds identifying information in free text. Offsets are UTF-16 indexes into `text`
 * (`end` exclusive); findings are sorted by start and never overlap.
 */
export function findIdentifiers(text: string): IdentifierFinding[] {
  if (text.length === 0) return [];
  const candidates: IdentifierFinding[] = [];
  const emit: Emit = (kind, start, end) => {
    if (end > start) candidates.push({ kind, start, end });
  };
  for (const detect of DETECTORS) detect(text, emit);
  return resolveOverlaps(candidates, text.length);
}
