import { AppError } from '../errors';
import { type ActionContext, applyAction, type ExchangeAction } from '../exchange/actions';
import type { Avsender, ExchangeState } from '../exchange/model';
import { type FactKey, factOfAction, FACT_OWNERS, mayEnter, type Party, withRegistrant } from '../exchange/ownership';
import { isProfileComplete } from '../exchange/workflow';
import { describeAction } from '../exchange/describe';
import { formatDate } from '../i18n/format';
import type { CrossingAction, UpdateChange } from './update';
import { RECEIVED_CHANGE_MESSAGES } from '../i18n/sync-messages';

/**
 * The two halves of one exchange's sync, pure: what a local change sends, and what an arriving
 * change does to the receiver's record. Main adds the signatures, sequence and storage.
 */

/** What crosses for a change just applied locally (`after` is the state it produced), or null when nothing does. */
export function crossingOf(a: ExchangeAction, after: ExchangeState): CrossingAction | null {
  if (factOfAction(a) === null) return null;
  if (a.type !== 'brukerprofil.sendt') return a;
  const profil = after.brukerprofil?.profil;
  // The reducer refuses to mark an incomplete profile sent, so this cannot happen.
  if (!isProfileComplete(profil)) throw new Error('a sent profile is complete');
  return { type: 'brukerprofil.delt', profil, malgruppe: after.kandidat.malgruppe, dato: a.dato };
}

export function factOfCrossing(c: CrossingAction): FactKey {
  return c.type === 'brukerprofil.delt' ? 'brukerprofil' : factOfAction(c)!;
}

export type Received =
  | { applied: true; state: ExchangeState }
  /** Kept and shown, never applied silently: the receiver owns the fact, or its record does not allow it. */
  | { applied: false; fact: FactKey; reason: string };

export interface ReceivedFrom {
  party: Party;
  /** When the change arrived here, and in which update. */
  dato: string;
  oppdatering: number;
  /** The partner's coordinator who sent the update: for a profile, who the new district contacts. */
  avsender?: Avsender;
}

/**
 * An arriving change applied to the receiver's record through the routine's own reducer, as
 * the sender applied it. The reducer's date checks run as of the day the change was made (its
 * `today`), so a receiver that imports later reaches the same result.
 */
export function applyReceived(s: ExchangeState, c: CrossingAction, from: ReceivedFrom, ctx: ActionContext): Received {
  const fact = factOfCrossing(c);
  if (c.type === 'brukerprofil.delt') {
    if (from.party !== 'gammel') return { applied: false, fact, reason: RECEIVED_CHANGE_MESSAGES.profilFraGammel };
    if (s.svar) return { applied: false, fact, reason: RECEIVED_CHANGE_MESSAGES.alleredeSvart };
    const next: ExchangeState = {
      ...s,
      kandidat: { ...s.kandidat, malgruppe: c.malgruppe },
      brukerprofil: { profil: c.profil, avvisteFunn: [], sendtDato: c.dato, ...(from.avsender && { avsender: from.avsender }) },
    };
    return { applied: true, state: received(next, fact, from) };
  }
  if (!mayEnter(s, c, from.party)) {
    return { applied: false, fact, reason: RECEIVED_CHANGE_MESSAGES.ikkeTattInn(FACT_OWNERS[fact] === 'registrerende') };
  }
  try {
    const next = withRegistrant(applyAction(s, c, ctx), c, from.party);
    return { applied: true, state: received(next, fact, from) };
  } catch (err) {
    // A refused date is said at its field; here the field's sentence is the reason.
    if (err instanceof AppError) return { applied: false, fact, reason: err.fields?.map((f) => f.message).join(' ') || err.message };
    throw err;
  }
}

function received(s: ExchangeState, fact: FactKey, from: ReceivedFrom): ExchangeState {
  return { ...s, mottatt: { ...s.mottatt, [fact]: { dato: from.dato, oppdatering: from.oppdatering } } };
}

/** One line per change, as the history says it. */
export function changeLine(change: UpdateChange, s: ExchangeState): string {
  const a = change.action;
  return a.type === 'brukerprofil.delt' ? RECEIVED_CHANGE_MESSAGES.profilSendt(formatDate(a.dato)) : describeAction(a, s);
}
