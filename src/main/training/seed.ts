import type { DistrictId } from '../../shared/districts';
import type { Settings } from '../../shared/settings';
import { exchangeHandlers } from '../handlers/exchanges';
import { setupHandlers } from '../handlers/setup';
import type { HandlerContext } from '../handlers/types';
import { fullRoutine, kandidat } from './scenarios';

/** How far into the routine each practice exchange has come: one at every step. */
const PROGRESS = [0, 1, 2, 3, 4, 6, 8, 9, 11, 15, 16, 17, 19];

/**
 * Fills training mode's database with fictional exchanges at every step of the routine, seen
 * from the coordinator's own district, outgoing and incoming, one of them answered no.
 */
export async function seedTraining(ctx: HandlerContext, real: Settings | null): Promise<void> {
  const district: DistrictId = real?.district ?? 'stovner';
  const partner: DistrictId = district === 'grunerlokka' ? 'stovner' : 'grunerlokka';
  await setupHandlers['setup.save']({ district, coordinatorName: 'Øvingskoordinator (fiktiv)', coordinatorContact: 'ovingsmodus@eksempel.no' }, ctx);
  ctx.pairs.save(district, partner, true, ctx.now().toISOString());
  const routine = fullRoutine();

  for (const steps of PROGRESS) {
    const created = await exchangeHandlers['exchanges.create']({ partnerDistrict: partner, kandidat }, ctx);
    for (const action of routine.slice(0, steps)) await exchangeHandlers['exchanges.act']({ id: created.id, action }, ctx);
  }
  for (const [i, steps] of [2, 4, 8].entries()) {
    const reference = `BYTTE-OVIN-G00${i + 1}`;
    const incoming = await exchangeHandlers['exchanges.registerIncoming']({ partnerDistrict: partner, reference, malgruppe: ['psykisk_helse'] }, ctx);
    for (const action of routine.slice(0, steps)) await exchangeHandlers['exchanges.act']({ id: incoming.id, action }, ctx);
  }
  const refused = await exchangeHandlers['exchanges.create']({ partnerDistrict: partner, kandidat }, ctx);
  for (const action of [
    ...routine.slice(0, 2),
    { type: 'steg.hopp_over', steg: 'avklaringsmote', grunn: 'Profilen var tydelig nok.', dato: '2026-03-06' } as const,
    { type: 'svar.registrer', svar: { svar: 'nei', dato: '2026-03-10', grunn: 'ingen_egnet_bolig', kommentar: 'Øvingseksempel.' } } as const,
  ]) {
    await exchangeHandlers['exchanges.act']({ id: refused.id, action }, ctx);
  }
}
