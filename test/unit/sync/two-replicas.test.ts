import { describe, expect, it } from 'vitest';
import { type ActionContext, applyAction, type ExchangeAction } from '../../../src/shared/exchange/actions';
import type { ExchangeState } from '../../../src/shared/exchange/model';
import { mayEnter, type Party, withRegistrant } from '../../../src/shared/exchange/ownership';
import { applyReceived, crossingOf } from '../../../src/shared/sync/apply';
import { differingFacts, sharedFacts, sharedFactsText } from '../../../src/shared/sync/shared-facts';
import type { CrossingAction } from '../../../src/shared/sync/update';
import { enteredBy, fullRoutine, kandidat, mote } from '../../support/fixtures';

/**
 * The sync design, without main: two records of one exchange, each fact entered only on its
 * owner's side, every change crossing to the other, end with the same shared facts.
 */
const ctx: ActionContext = { today: '2026-06-30', recentMeetingDays: 30, openProfileFindings: () => 0 };

function replicas() {
  const old: ExchangeState = { reference: 'BYTTE-AB12-CD34', direction: 'utgaende', oldDistrict: 'stovner', newDistrict: 'grunerlokka', kandidat };
  const neu: ExchangeState = {
    reference: old.reference,
    direction: 'innkommende',
    oldDistrict: 'stovner',
    newDistrict: 'grunerlokka',
    kandidat: { malgruppe: [], onskerKommunalBolig: true, samtykke: true, grunner: 'Registrert av gammel bydel.' },
  };
  return { gammel: old, ny: neu } as Record<Party, ExchangeState>;
}

describe('two installations, one record', () => {
  it('the whole routine, each fact entered by its owner and sent at once, ends with equal shared facts', () => {
    const r = replicas();
    let seq = 0;
    for (const action of fullRoutine()) {
      const by = enteredBy(action);
      expect(mayEnter(r[by], action, by), `${action.type} may be entered by ${by}`).toBe(true);
      r[by] = withRegistrant(applyAction(r[by], action, ctx), action, by);
      const crossing = crossingOf(action, r[by]);
      if (!crossing) continue;
      const other: Party = by === 'gammel' ? 'ny' : 'gammel';
      const got = applyReceived(r[other], crossing, { party: by, dato: '2026-06-30', oppdatering: ++seq }, ctx);
      expect(got, `${crossing.type} applies at ${other}`).toMatchObject({ applied: true });
      if (got.applied) r[other] = got.state;
    }
    expect(differingFacts(sharedFacts(r.gammel), sharedFacts(r.ny))).toEqual([]);
    expect(sharedFactsText(r.gammel)).toBe(sharedFactsText(r.ny));
    expect(r.ny.avsluttet?.utfall).toBe('gjennomfort');
    // Local-only facts stay home.
    expect(r.ny.kandidat.grunner).not.toBe(kandidat.grunner);
    expect(r.ny.mottatt?.svar).toBeUndefined();
    expect(r.gammel.mottatt?.svar).toEqual({ dato: '2026-06-30', oppdatering: expect.any(Number) });
  });

  it('changes batched and sent later still converge, whichever side imports first', () => {
    const r = replicas();
    const pending: Record<Party, CrossingAction[]> = { gammel: [], ny: [] };
    const flush = (from: Party) => {
      const to: Party = from === 'gammel' ? 'ny' : 'gammel';
      for (const c of pending[from].splice(0)) {
        const got = applyReceived(r[to], c, { party: from, dato: '2026-06-30', oppdatering: 1 }, ctx);
        expect(got, c.type).toMatchObject({ applied: true });
        if (got.applied) r[to] = got.state;
      }
    };
    for (const action of fullRoutine()) {
      const by = enteredBy(action);
      const other: Party = by === 'gammel' ? 'ny' : 'gammel';
      // A side acts only on what it has received: before acting, it imports what the other sent.
      flush(other);
      r[by] = withRegistrant(applyAction(r[by], action, ctx), action, by);
      const crossing = crossingOf(action, r[by]);
      if (crossing) pending[by].push(crossing);
    }
    flush('gammel');
    flush('ny');
    expect(differingFacts(sharedFacts(r.gammel), sharedFacts(r.ny))).toEqual([]);
  });

  it('a meeting both sides registered differently is a conflict, kept and not applied', () => {
    const r = replicas();
    const profile = fullRoutine().slice(0, 2);
    for (const a of profile) r.gammel = applyAction(r.gammel, a, ctx);
    const delt = crossingOf(profile[1]!, r.gammel)!;
    const got = applyReceived(r.ny, delt, { party: 'gammel', dato: '2026-03-05', oppdatering: 1 }, ctx);
    if (!got.applied) throw new Error(got.reason);
    r.ny = got.state;

    const atOld: ExchangeAction = { type: 'avklaringsmote.holdt', mote: mote('2026-03-12T10:00') };
    const atNew: ExchangeAction = { type: 'avklaringsmote.holdt', mote: { ...mote('2026-03-12T14:00'), sted: 'Grünerløkka bydelshus' } };
    r.gammel = withRegistrant(applyAction(r.gammel, atOld, ctx), atOld, 'gammel');
    r.ny = withRegistrant(applyAction(r.ny, atNew, ctx), atNew, 'ny');

    const atNewSide = applyReceived(r.ny, atOld, { party: 'gammel', dato: '2026-03-13', oppdatering: 2 }, ctx);
    expect(atNewSide).toEqual({ applied: false, fact: 'avklaringsmote', reason: expect.stringContaining('Dere har registrert dette selv') });
    expect(differingFacts(sharedFacts(r.gammel), sharedFacts(r.ny))).toEqual(['avklaringsmote', 'registrertAv']);
  });

  it('an update cannot overwrite a fact the receiver owns', () => {
    const r = replicas();
    const forged: ExchangeAction = { type: 'tildeling.soknad', dato: '2026-03-22' };
    const got = applyReceived(r.gammel, forged, { party: 'ny', dato: '2026-03-23', oppdatering: 1 }, ctx);
    expect(got).toMatchObject({ applied: false, fact: 'tildeling.soknad', reason: expect.stringContaining('Dette eier dere selv') });
  });
});
