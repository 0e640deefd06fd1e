import type { AvvistFunn, BrukerprofilUtkast, ProfileFindingField } from '../exchange/model';
import { PROFILE_FREE_TEXT_FIELDS } from '../exchange/model';
import { findIdentifiers, type IdentifierFinding } from './identifiers';

export interface ProfileFinding extends IdentifierFinding {
  felt: ProfileFindingField;
  /** For 'tjenester': which service's free text (its index in the list) the finding is in. */
  rad?: number;
  tekst: string;
  dismissed: boolean;
}

function scan(value: string | undefined, felt: ProfileFindingField, avvisteFunn: readonly AvvistFunn[], rad?: number): ProfileFinding[] {
  if (!value) return [];
  return findIdentifiers(value).map((f) => {
    const tekst = value.slice(f.start, f.end);
    const dismissed = avvisteFunn.some((d) => d.felt === felt && d.tekst === tekst);
    return { ...f, felt, ...(rad === undefined ? {} : { rad }), tekst, dismissed };
  });
}

/** Every identifier finding in the profile's free text, marked dismissed where the coordinator said so. */
export function profileFindings(profil: BrukerprofilUtkast, avvisteFunn: readonly AvvistFunn[]): ProfileFinding[] {
  return [
    ...PROFILE_FREE_TEXT_FIELDS.flatMap((felt) => scan(profil[felt], felt, avvisteFunn)),
    ...(profil.tjenester ?? []).flatMap((tj, rad) => scan(tj.kommentar, 'tjenester', avvisteFunn, rad)),
  ];
}

export function openProfileFindingCount(profil: BrukerprofilUtkast, avvisteFunn: readonly AvvistFunn[]): number {
  return profileFindings(profil, avvisteFunn).filter((f) => !f.dismissed).length;
}
