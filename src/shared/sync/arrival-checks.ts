import { profileContent } from '../documents/profile-content';
import type { BrukerprofilUtkast, ExchangeState } from '../exchange/model';
import { findIdentifiers, IDENTIFIER_KIND_LABELS } from '../privacy/identifiers';
import { profileFindings } from '../privacy/profile-findings';
import type { ProfilDelt, UpdateChange } from './update';

/**
 * What the receiver checks in an arriving update before the coordinator confirms it: personal
 * identifiers in any free text (the sender's scan ran on the sender's machine, on the sender's
 * word), and a profile that differs from the one already stored, field by field.
 */

export interface ArrivalFinding {
  /** Where: the field as the coordinator knows it. */
  field: string;
  kind: string;
  text: string;
}

/**
 * Fields that hold the names and contact details of the professionals involved, by design: the
 * scanner would flag every one of them. Everything else a person typed is scanned.
 */
const NAMED_BY_DESIGN = new Set(['navn', 'hvem', 'rolle', 'tjeneste', 'coordinatorName', 'coordinatorContact', 'sted', 'oppmotested', 'boligreferanse']);

function scanStrings(value: unknown, path: string, out: ArrivalFinding[]): void {
  if (typeof value === 'string') {
    for (const f of findIdentifiers(value)) out.push({ field: path, kind: IDENTIFIER_KIND_LABELS[f.kind], text: value.slice(f.start, f.end) });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => scanStrings(v, `${path} ${i + 1}`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!NAMED_BY_DESIGN.has(k)) scanStrings(v, path ? `${path} › ${k}` : k, out);
  }
}

export function arrivalFindings(changes: readonly UpdateChange[]): ArrivalFinding[] {
  const out: ArrivalFinding[] = [];
  for (const c of changes) {
    if (c.action.type === 'brukerprofil.delt') {
      for (const f of profileFindings(c.action.profil, [])) out.push({ field: `Brukerprofil › ${f.felt}`, kind: IDENTIFIER_KIND_LABELS[f.kind], text: f.tekst });
    } else {
      const { type, ...rest } = c.action;
      scanStrings(rest, type, out);
    }
  }
  return out;
}

export interface ProfileChange {
  label: string;
  before: string;
  after: string;
}

function rowsOf(s: ExchangeState, profil: BrukerprofilUtkast, malgruppe: readonly string[]): Map<string, string> {
  const content = profileContent({ ...s, kandidat: { ...s.kandidat, malgruppe: [...malgruppe] as ExchangeState['kandidat']['malgruppe'] } }, profil, { coordinatorName: '', coordinatorContact: '' }, '');
  const rows = new Map<string, string>();
  for (const section of content.sections) for (const [label, value] of section.rows) rows.set(`${section.heading} › ${label}`, value);
  return rows;
}

/** How an arriving profile differs from the stored one, row by row as the profile document shows it; empty when there was none. */
export function profileChanges(s: ExchangeState, arriving: ProfilDelt): ProfileChange[] {
  const stored = s.brukerprofil?.sendtDato ? s.brukerprofil.profil : null;
  if (!stored) return [];
  const before = rowsOf(s, stored, s.kandidat.malgruppe);
  const after = rowsOf(s, arriving.profil, arriving.malgruppe);
  const labels = new Set([...before.keys(), ...after.keys()]);
  return [...labels]
    .filter((l) => (before.get(l) ?? '') !== (after.get(l) ?? ''))
    .map((label) => ({ label, before: before.get(label) ?? '–', after: after.get(label) ?? '–' }));
}
