import type { ExchangeAction } from '../../src/shared/exchange/actions';
import { factOfAction, type Party } from '../../src/shared/exchange/ownership';

/** Test data: the same fictional exchanges training mode shows. */
export { bolig, fullRoutine, kandidat, mote, profil } from '../../src/main/training/scenarios';

/**
 * Who enters each action of fullRoutine on two installations: its owner, and for the steps the
 * registering side owns, the side that registers them in the fixture.
 */
export function enteredBy(a: ExchangeAction): Party {
  switch (factOfAction(a)) {
    case 'svar':
    case 'tildeling.bolig':
    case 'ansvar_ny':
    case 'mote_etter_ja':
    case 'overforingsmote':
      return 'ny';
    default:
      return 'gammel';
  }
}
