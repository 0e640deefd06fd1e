import type { Channel, ChannelInput, ChannelOutput } from '../../src/shared/contract';
import type { ExchangeAction } from '../../src/shared/exchange/actions';
import { fullRoutine, kandidat } from './fixtures';

/** Calls a channel and returns its data: in-process in integration tests, over HTTP end to end. */
export type Call = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/**
 * The fixture routine with its answer and first follow-up on other days. An answer before the
 * avklaringsmøte (12.03) comes after skipping it; the exchange closes no earlier than the follow-up.
 */
function routine(svar: string, forsteOppfolging: string): ExchangeAction[] {
  return fullRoutine().map((a): ExchangeAction => {
    if (a.type === 'avklaringsmote.holdt' && svar < a.mote.tidspunkt.slice(0, 10)) {
      return { type: 'steg.hopp_over', steg: 'avklaringsmote', grunn: 'Profilen var tydelig nok.', dato: '2026-03-06' };
    }
    if (a.type === 'svar.registrer') return { ...a, svar: { ...a.svar, dato: svar } };
    if (a.type === 'ansvar_ny.lagre') return { ...a, ansvar: { ...a.ansvar, forsteOppfolgingDato: forsteOppfolging } };
    if (a.type === 'avslutt' && a.avsluttet.dato < forsteOppfolging) return { ...a, avsluttet: { ...a.avsluttet, dato: forsteOppfolging } };
    return a;
  });
}

async function run(call: Call, id: number, actions: ExchangeAction[]) {
  for (const action of actions) await call('exchanges.act', { id, action });
}

/**
 * A hand-made 2026 for Stovner with Grünerløkka, every figure worked out by hand:
 *
 * | exchange | direction | sent → answer | yes → allocated | allocated → moved in | moved in → follow-up | end |
 * | A | outgoing | 05.03 → 15.03: 10 | 15.03 → 21.04: 37 | 21.04 → 01.05: 10 | 01.05 → 04.05: 3 | gjennomført 06.05 |
 * | B | outgoing | 05.03 → 08.03: 3 (no avklaringsmøte) | 08.03 → 21.04: 44 | 10 | 01.05 → 01.05: 0 | gjennomført 06.05 |
 * | C | outgoing | 05.03 → 20.03: 15 | 20.03 → 21.04: 32 | 10 | 01.05 → 11.05: 10 | gjennomført 11.05 |
 * | D | incoming | 05.03 → 12.03: 7 | 12.03 → 21.04: 40 | – (accepted 23.04, not moved in) | – | active |
 * | E | outgoing | 05.03 → 10.03: 5 (nei, ingen_egnet_bolig) | – | – | – | avslått 10.03 |
 *
 * Every routine has one declined viewing before the accepted one (A–D).
 */
export async function seedPilotYear(call: Call): Promise<void> {
  for (const [svar, oppfolging] of [
    ['2026-03-15', '2026-05-04'],
    ['2026-03-08', '2026-05-01'],
    ['2026-03-20', '2026-05-11'],
  ] as const) {
    const { id } = await call('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
    await run(call, id, routine(svar, oppfolging));
  }
  const incoming = await call('exchanges.registerIncoming', { partnerDistrict: 'grunerlokka', reference: 'BYTTE-INNK-0001', malgruppe: ['rus'] });
  await run(call, incoming.id, routine('2026-03-12', '2026-05-04').slice(0, 15));
  const refused = await call('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
  await run(call, refused.id, [
    ...fullRoutine().slice(0, 2),
    { type: 'steg.hopp_over', steg: 'avklaringsmote', grunn: 'Profilen var tydelig nok.', dato: '2026-03-06' },
    { type: 'svar.registrer', svar: { svar: 'nei', dato: '2026-03-10', grunn: 'ingen_egnet_bolig', kommentar: 'Fritekst.' } },
  ]);
}
