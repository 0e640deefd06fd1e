import type { ExchangeState } from '../exchange/model';
import { canonicalJson } from '../documents/payload';

/**
 * The part of an exchange both installations hold, and must hold alike: every fact of the
 * routine as it stands, without what never leaves its installation (the candidate step's
 * reasons and internal reference, the profile's drafts and dismissed findings) and without
 * what differs by side by nature (the direction, when a fact arrived).
 *
 * Both sides compute the same hash over it; when they differ, `differingFacts` names where.
 */
export function sharedFacts(s: ExchangeState): Record<string, unknown> {
  const p = s.brukerprofil;
  return {
    reference: s.reference,
    oldDistrict: s.oldDistrict,
    newDistrict: s.newDistrict,
    malgruppe: [...s.kandidat.malgruppe].sort(),
    brukerprofil: p?.sendtDato ? { profil: p.profil, sendtDato: p.sendtDato } : undefined,
    avklaringsmote: s.avklaringsmote,
    svar: s.svar,
    moteEtterJa: s.moteEtterJa,
    tildeling: s.tildeling,
    visning: s.visning,
    overforingsmote: s.overforingsmote,
    moteplaner: s.moteplaner,
    ansvarGammel: s.ansvarGammel,
    ansvarNy: s.ansvarNy,
    avsluttet: s.avsluttet,
    registrertAv: s.registrertAv,
  };
}

/** The canonical text both sides hash (the hash itself is Node's, in main). */
export function sharedFactsText(s: ExchangeState): string {
  return canonicalJson(sharedFacts(s));
}

/** The top-level facts whose values differ between two projections. */
export function differingFacts(ours: Record<string, unknown>, theirs: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
  return [...keys].filter((k) => canonicalJson(ours[k] ?? null) !== canonicalJson(theirs[k] ?? null)).sort();
}
