import type { AvvistFunn, BrukerprofilUtkast, ProfileFreeTextField } from '../exchange/model';
import { PROFILE_FREE_TEXT_FIELDS } from '../exchange/model';
import { findIdentifiers, type IdentifierFinding } from './identifiers';

export interface ProfileFinding extends IdentifierFinding {
  felt: ProfileFreeTextField;
  tekst: string;
  dismissed: boolean;
}

/** Every identifier finding in the profile's free text, marked dismissed where the coordinator said so. */
export function profileFindings(profil: BrukerprofilUtkast, avvisteFunn: readonly AvvistFunn[]): ProfileFinding[] {
  const out: ProfileFinding[] = [];
  for (const felt of PROFILE_FREE_TEXT_FIELDS) {
    const value = profil[felt];
    if (!value) continue;
    for (const f of findIdentifiers(value)) {
      const tekst = value.slice(f.start, f.end);
      const dismissed = avvisteFunn.some((d) => d.felt === felt && d.tekst === tekst);
      out.push({ ...f, felt, tekst, dismissed });
    }
  }
  return out;
}

export function openProfileFindingCount(profil: BrukerprofilUtkast, avvisteFunn: readonly AvvistFunn[]): number {
  return profileFindings(profil, avvisteFunn).filter((f) => !f.dismissed).length;
}
