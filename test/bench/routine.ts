import type { ExchangeAction } from '../../src/shared/exchange/actions';
import { AVSLAGSGRUNNER, type Utfall, VISNING_AVSLAGSGRUNNER } from '../../src/shared/exchange/model';
import { addDays } from '../../src/shared/exchange/primitives';
import { bolig, mote, profil } from '../support/fixtures';
import type { Rng } from './random';

/** One action of a routine with the day it was registered. */
export interface DatedAction {
  date: string;
  action: ExchangeAction;
}

const REFUSALS = AVSLAGSGRUNNER.map((r, i) => [r, [5, 3, 2, 2, 2, 1][i]!] as const);

/**
 * A realistic exchange from its first day: profile drafts, varied gaps between the steps, some
 * refusals, declined viewings and withdrawals, every date valid for the routine's rules and
 * never earlier than the one before. The caller keeps the actions up to "today", so recent
 * exchanges are still under way.
 */
export function realisticRoutine(r: Rng, start: string, drafts: number): DatedAction[] {
  const out: DatedAction[] = [];
  let day = start;
  const after = (min: number, max: number) => (day = addDays(day, r.int(min, max)));
  const push = (action: ExchangeAction) => out.push({ date: day, action });
  const close = (utfall: Exclude<Utfall, 'gjennomfort' | 'avslatt'>) =>
    push({ type: 'avslutt', avsluttet: { utfall, dato: after(0, 10), grunn: utfall === 'trukket' ? 'Personen ønsket ikke å flytte likevel.' : 'Stoppet av andre grunner.' } });
  // Withdrawals and stops happen along the way, more often early.
  const stops = (p: number) => {
    if (!r.chance(p)) return false;
    close(r.chance(0.65) ? 'trukket' : 'avbrutt');
    return true;
  };

  for (let i = 0; i < drafts; i++) {
    if (i > 0 && r.chance(0.3)) after(0, 2);
    push({ type: 'brukerprofil.lagre', profil, avvisteFunn: [] });
  }
  after(1, 14);
  push({ type: 'brukerprofil.sendt', dato: day });
  if (r.chance(0.55)) {
    after(3, 14);
    push({ type: 'avklaringsmote.holdt', mote: mote(`${day}T10:00`) });
  } else {
    push({ type: 'steg.hopp_over', steg: 'avklaringsmote', grunn: 'Profilen var tydelig nok.', dato: after(0, 3) });
  }
  if (stops(0.05)) return out;
  after(2, 35);
  if (r.chance(0.18)) {
    push({ type: 'svar.registrer', svar: { svar: 'nei', dato: day, grunn: r.weighted(REFUSALS), kommentar: 'Se begrunnelsen.' } });
    return out;
  }
  push({ type: 'svar.registrer', svar: { svar: 'ja', dato: day, kommentar: '' } });
  if (r.chance(0.5)) {
    after(3, 14);
    push({ type: 'mote_etter_ja.holdt', mote: { ...mote(`${day}T13:00`), nyeOppfolgere: [{ navn: 'Oppfølger i ny bydel', tjeneste: 'Rus og psykisk helse' }], gericaAktuelt: false } });
  } else {
    push({ type: 'steg.hopp_over', steg: 'mote_etter_ja', grunn: 'Tjenestene er avklart.', dato: after(0, 4) });
  }
  push({ type: 'tildeling.soknad', dato: after(1, 10) });
  push({ type: 'tildeling.vedtak', vedtak: { dato: after(5, 30), referanse: `${day.slice(0, 4)}/${r.int(100, 9999)}`, resultat: 'innvilget' } });
  if (stops(0.04)) return out;

  for (let round = 0; ; round++) {
    const funnet = after(7, round === 0 ? 120 : 45);
    const delegert = after(0, 5);
    push({ type: 'tildeling.bolig', bolig: { ...bolig(`BB-${r.int(100000, 999999)}`), funnetDato: funnet, delegertDato: delegert } });
    push({ type: 'tildeling.tildelt', dato: after(0, 7) });
    after(1, 10);
    push({ type: 'visning.planlegg', plan: { tidspunkt: `${day}T12:00`, sted: 'Ved inngangen', gammelBydelDeltar: true, nyBydelDeltar: true, kontaktperson: '' } });
    if (round < 3 && r.chance(0.25)) {
      const grunnKode = r.pick(VISNING_AVSLAGSGRUNNER);
      push({ type: 'visning.utfall', utfall: 'avslatt', grunnKode, grunn: grunnKode === 'annet' ? 'Passet ikke.' : '', dato: day });
      if (stops(0.08)) return out;
      continue;
    }
    push({ type: 'visning.utfall', utfall: 'akseptert', grunn: '', dato: day });
    break;
  }
  after(2, 14);
  push({ type: 'overforingsmote.registrer', overforingsmote: { type: 'holdt', mote: mote(`${day}T09:00`) } });
  const innflytting = after(3, 30);
  push({ type: 'ansvar_gammel.lagre', ansvar: { innflyttingsdato: innflytting, punkter: { strom_avtalegiro: { status: 'gjort', hvem: 'Koordinator', dato: innflytting } } } });
  const overfort = addDays(innflytting, r.int(0, 14));
  const forste = addDays(innflytting, r.weighted([[r.int(0, 7), 6], [r.int(8, 21), 3], [r.int(22, 60), 1]]));
  // The checklist is completed once the old district's follow-up has ended at the transfer.
  after(0, 5);
  if (overfort > day) day = overfort;
  push({
    type: 'ansvar_gammel.lagre',
    ansvar: {
      innflyttingsdato: innflytting,
      punkter: {
        etablert_i_boligen: { status: 'gjort', hvem: 'Koordinator', dato: day },
        husleie_forste_maned: { status: 'gjort', hvem: 'NAV', dato: innflytting },
        strom_avtalegiro: { status: 'gjort', hvem: 'Koordinator', dato: innflytting },
        flyttemelding: { status: 'gjort', hvem: 'Personen med koordinator', dato: day },
        bostotte: { status: 'gjort', hvem: 'Koordinator', dato: day },
        fast_trekk: { status: 'ikke_relevant', grunn: 'Husleien betales med avtalegiro.' },
        oppfolging_til_overforing: { status: 'gjort', hvem: 'Koordinator', dato: overfort },
      },
    },
  });
  day = [day, overfort, forste].sort().at(-1)!;
  push({ type: 'ansvar_ny.lagre', ansvar: { overfortDato: overfort, forsteOppfolgingDato: forste } });
  after(0, 10);
  push({ type: 'avslutt', avsluttet: { utfall: 'gjennomfort', dato: day, grunn: '' } });
  return out;
}
