import { z } from 'zod';
import { type DistrictId, districtName } from '../districts';
import { AppError } from '../errors';
import { EXCHANGE_REFUSALS } from '../i18n/refusals';
import type { ExchangeAction, ExchangeActionType } from './actions';
import type { ExchangeState } from './model';
import { STEPS, type StepId, TILDELING_SUBSTEPS, type TildelingSubstep } from './steps';

/**
 * Who owns each fact of the routine (DOMAIN.md, "Who owns which fact"). A fact is entered only
 * on its owner's side; the other side receives it in a signed update and shows it read-only.
 * An arriving update never overwrites a fact the receiver owns: where both sides registered the
 * same fact, the partner's version is kept as a conflict for the coordinator to see.
 *
 * This module holds only data and pure rules, and imports nothing at run time but zod, the
 * error type and the list of steps, so model.ts can use FACT_KEYS without a cycle.
 */

/** The two parties of one exchange. */
export const PARTIES = ['gammel', 'ny'] as const;
export type Party = (typeof PARTIES)[number];
export const partySchema = z.enum(PARTIES);

/**
 * gammel / ny: that district always. registrerende: whichever side registers it first (the
 * meetings and the viewing: "the side that registers them"). begge: either side may change it
 * at any time (closing and reopening an exchange).
 */
export type FactOwner = Party | 'registrerende' | 'begge';

type TildelingFact = `tildeling.${TildelingSubstep}`;
export type FactKey = Exclude<StepId, 'kandidat' | 'tildeling'> | TildelingFact;

/**
 * Every step is a fact but the candidate, which never leaves the installation; tildeling is one
 * fact per sub-step, since its sub-steps have different owners.
 */
export const FACT_KEYS: readonly FactKey[] = STEPS.flatMap((step): readonly FactKey[] =>
  step === 'kandidat' ? [] : step === 'tildeling' ? TILDELING_SUBSTEPS.map((sub) => `tildeling.${sub}` as const) : [step],
);
export const factKeySchema = z.enum(FACT_KEYS);

/** The table itself. */
export const FACT_OWNERS: Readonly<Record<FactKey, FactOwner>> = {
  brukerprofil: 'gammel',
  avklaringsmote: 'registrerende',
  svar: 'ny',
  mote_etter_ja: 'registrerende',
  'tildeling.soknad': 'gammel',
  'tildeling.vedtak': 'gammel',
  'tildeling.bolig': 'ny',
  'tildeling.tildelt': 'gammel',
  visning: 'registrerende',
  overforingsmote: 'registrerende',
  ansvar_gammel: 'gammel',
  ansvar_ny: 'ny',
  avsluttet: 'begge',
};

/**
 * The fact an action enters, or null for what never leaves the installation: the candidate
 * step (the person's reasons, our internal reference) and the profile's drafts and dismissed
 * findings. The profile crosses once it is sent.
 */
export function factOfAction(a: Pick<ExchangeAction, 'type'> & { steg?: string }): FactKey | null {
  switch (a.type as ExchangeActionType) {
    case 'kandidat.lagre':
    case 'brukerprofil.lagre':
      return null;
    case 'brukerprofil.sendt':
      return 'brukerprofil';
    case 'mote.planlegg':
    case 'steg.hopp_over':
      return a.steg as FactKey;
    case 'avklaringsmote.holdt':
      return 'avklaringsmote';
    case 'svar.registrer':
      return 'svar';
    case 'mote_etter_ja.holdt':
      return 'mote_etter_ja';
    case 'tildeling.soknad':
      return 'tildeling.soknad';
    case 'tildeling.vedtak':
      return 'tildeling.vedtak';
    case 'tildeling.bolig':
      return 'tildeling.bolig';
    case 'tildeling.tildelt':
      return 'tildeling.tildelt';
    case 'visning.planlegg':
    case 'visning.utfall':
      return 'visning';
    case 'overforingsmote.registrer':
      return 'overforingsmote';
    case 'ansvar_gammel.lagre':
      return 'ansvar_gammel';
    case 'ansvar_ny.lagre':
      return 'ansvar_ny';
    case 'avslutt':
    case 'gjenapne':
      return 'avsluttet';
  }
}

function isTildelingFact(fact: FactKey): fact is TildelingFact {
  return fact.startsWith('tildeling.');
}

/** The step whose work enters the fact. */
export function stepOfFact(fact: FactKey): StepId {
  return isTildelingFact(fact) ? 'tildeling' : fact;
}

type Sides = Pick<ExchangeState, 'direction' | 'oldDistrict' | 'newDistrict'>;

/** Which party this installation is in the exchange. */
export function ourParty(s: Pick<ExchangeState, 'direction'>): Party {
  return s.direction === 'utgaende' ? 'gammel' : 'ny';
}

export function otherParty(p: Party): Party {
  return p === 'gammel' ? 'ny' : 'gammel';
}

export function districtOfParty(s: Sides, p: Party): DistrictId {
  return p === 'gammel' ? s.oldDistrict : s.newDistrict;
}

/** Who owns the fact in this exchange now: a party, null while a registrant-owned fact is unregistered, or 'begge'. */
export function ownerOf(fact: FactKey, s: Pick<ExchangeState, 'registrertAv'>): Party | 'begge' | null {
  const owner = FACT_OWNERS[fact];
  if (owner === 'registrerende') return s.registrertAv?.[fact] ?? null;
  return owner;
}

/** Whether `party` may enter this action's fact in this exchange. Local-only actions: always its own side. */
export function mayEnter(s: ExchangeState, a: Pick<ExchangeAction, 'type'> & { steg?: string }, party: Party = ourParty(s)): boolean {
  const fact = factOfAction(a);
  if (fact === null) return party === 'gammel';
  const owner = ownerOf(fact, s);
  return owner === null || owner === 'begge' || owner === party;
}

/** The refusal for an action whose fact the partner owns: who registers it, and what to do. */
export function refuseNotOurs(s: ExchangeState, fact: FactKey): never {
  const owner = ownerOf(fact, s);
  const owning = owner === 'gammel' || owner === 'ny' ? districtName(districtOfParty(s, owner)) : '';
  throw new AppError('EIES_AV_PARTNER', EXCHANGE_REFUSALS.eiesAvBydel(owning));
}

/**
 * After an action by `party` is applied: who registered the facts whose owner is whoever
 * registers them. The first registration decides; a later one by the same side keeps it.
 */
export function withRegistrant(s: ExchangeState, a: ExchangeAction, party: Party): ExchangeState {
  const fact = factOfAction(a);
  if (fact === null || FACT_OWNERS[fact] !== 'registrerende' || s.registrertAv?.[fact]) return s;
  return { ...s, registrertAv: { ...s.registrertAv, [fact]: party } };
}
