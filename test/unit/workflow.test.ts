import { describe, expect, it } from 'vitest';
import { type ActionContext, applyAction, type ExchangeAction, stepOfAction } from '../../src/shared/exchange/actions';
import type { ExchangeState } from '../../src/shared/exchange/model';
import { nextAction } from '../../src/shared/exchange/next-action';
import {
  currentStep,
  dependenciesMet,
  meetingOf,
  overforingsmoteMayBeSkipped,
  readyToComplete,
  sideOf,
  STEPS,
  stepStatuses,
} from '../../src/shared/exchange/workflow';
import { AppError } from '../../src/shared/errors';
import { fullRoutine, kandidat, mote, profil } from '../support/fixtures';

const ctx: ActionContext = { today: '2026-05-06', recentMeetingDays: 30, openProfileFindings: () => 0 };

function fresh(): ExchangeState {
  return { reference: 'BYTTE-TEST-0001', direction: 'utgaende', oldDistrict: 'stovner', newDistrict: 'grunerlokka', kandidat };
}

function run(actions: ExchangeAction[], start = fresh(), c = ctx): ExchangeState {
  return actions.reduce((s, a) => applyAction(s, a, c), start);
}

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('the routine, in order', () => {
  it('walks from Kandidat to Avsluttet with the statuses of DOMAIN.md after every action', () => {
    const actions = fullRoutine();
    let s = fresh();
    expect(stepStatuses(s).kandidat).toBe('done');
    expect(stepStatuses(s).brukerprofil).toBe('current');
    expect(currentStep(s)).toBe('brukerprofil');
    const seen: string[] = [];
    for (const a of actions) {
      s = applyAction(s, a, ctx);
      seen.push(`${a.type}:${currentStep(s)}`);
    }
    expect(seen).toEqual([
      'brukerprofil.lagre:brukerprofil',
      'brukerprofil.sendt:avklaringsmote',
      'avklaringsmote.holdt:svar',
      'svar.registrer:tildeling',
      'mote_etter_ja.holdt:tildeling',
      'tildeling.soknad:tildeling',
      'tildeling.vedtak:tildeling',
      'tildeling.bolig:tildeling',
      'tildeling.tildelt:visning',
      'visning.planlegg:visning',
      'visning.utfall:tildeling',
      'tildeling.bolig:tildeling',
      'tildeling.tildelt:visning',
      'visning.planlegg:visning',
      'visning.utfall:overforingsmote',
      'overforingsmote.registrer:ansvar_gammel',
      'ansvar_gammel.lagre:ansvar_ny',
      'ansvar_ny.lagre:avsluttet',
      'avslutt:avsluttet',
    ]);
    expect(Object.values(stepStatuses(s)).every((x) => x === 'done')).toBe(true);
    expect(s.avsluttet?.utfall).toBe('gjennomfort');
    expect(s.visning?.runder.map((r) => [r.bolig.referanse, r.utfall])).toEqual([
      ['BB-100200', 'avslatt'],
      ['BB-100300', 'akseptert'],
    ]);
  });

  it('a declined viewing returns to 6c: dwelling and allocation cleared, application and decision kept', () => {
    const actions = fullRoutine();
    const idx = actions.findIndex((a) => a.type === 'visning.utfall');
    const s = run(actions.slice(0, idx + 1));
    expect(s.tildeling?.bolig).toBeUndefined();
    expect(s.tildeling?.tildeltDato).toBeUndefined();
    expect(s.tildeling?.vedtak?.referanse).toBe('2026/1234');
    expect(stepStatuses(s).visning).toBe('waiting');
    expect(stepStatuses(s).tildeling).toBe('current');
    expect(s.visning?.planlagt).toBeUndefined();
  });

  it('svar nei ends the exchange as avslått, and reopening clears the answer', () => {
    const s = run([
      { type: 'brukerprofil.lagre', profil, avvisteFunn: [] },
      { type: 'brukerprofil.sendt', dato: '2026-03-05' },
      { type: 'steg.hopp_over', steg: 'avklaringsmote', grunn: 'Profilen var tydelig nok.', dato: '2026-03-06' },
      { type: 'svar.registrer', svar: { svar: 'nei', dato: '2026-03-10', grunn: 'ingen_egnet_bolig', kommentar: 'Ingen ledige boliger.' } },
    ]);
    expect(s.avsluttet?.utfall).toBe('avslatt');
    expect(currentStep(s)).toBe('avsluttet');
    expect(stepStatuses(s).avklaringsmote).toBe('skipped');
    expect(refusal(() => applyAction(s, { type: 'tildeling.soknad', dato: '2026-03-11' }, ctx))).toBe('BYTTE_AVSLUTTET');
    const reopened = applyAction(s, { type: 'gjenapne', grunn: 'Ny bydel vurderer saken på nytt.' }, ctx);
    expect(reopened.avsluttet).toBeUndefined();
    expect(reopened.svar).toBeUndefined();
    expect(currentStep(reopened)).toBe('svar');
  });

  it('trukket and avbrutt are allowed at any step, with a reason', () => {
    const actions = fullRoutine();
    for (let i = 0; i < actions.length - 1; i++) {
      const s = run(actions.slice(0, i));
      // Closed on the last day of the routine: never before what was registered.
      const closed = applyAction(s, { type: 'avslutt', avsluttet: { utfall: 'trukket', dato: '2026-05-06', grunn: 'Personen ønsker å bli boende.' } }, ctx);
      expect(closed.avsluttet?.utfall).toBe('trukket');
      expect(refusal(() => applyAction(s, { type: 'avslutt', avsluttet: { utfall: 'avbrutt', dato: '2026-05-06', grunn: '' } }, ctx))).toBe('UGYLDIG_INNDATA');
    }
  });
});

describe('refused transitions', () => {
  const actions = fullRoutine();
  // Every action of the routine is refused at the start, except the ones that need nothing done before.
  const needsEarlierSteps = actions.filter((a) => !['brukerprofil.lagre', 'avslutt'].includes(a.type));

  it.each(needsEarlierSteps.map((a) => [a.type, a] as const))('%s is refused on a new exchange and changes nothing', (_type, a) => {
    const s = fresh();
    const before = JSON.stringify(s);
    expect(['STEG_IKKE_KLART', 'PROFIL_UFULLSTENDIG', 'IKKE_KLAR_FOR_AVSLUTNING']).toContain(refusal(() => applyAction(s, a, ctx)));
    expect(JSON.stringify(s)).toBe(before);
  });

  it('every action is refused until the action before it in the routine is done', () => {
    // Dropping action i and applying action i+1 must fail whenever i+1 depends on i.
    const dependent = new Set([
      'brukerprofil.sendt',
      'svar.registrer',
      'tildeling.vedtak',
      'tildeling.bolig',
      'tildeling.tildelt',
      'visning.planlegg',
      'visning.utfall',
      'overforingsmote.registrer',
      'ansvar_ny.lagre',
      'avslutt',
    ]);
    for (let i = 1; i < actions.length; i++) {
      const next = actions[i]!;
      if (!dependent.has(next.type) || actions[i - 1]!.type === 'mote_etter_ja.holdt') continue;
      const before = run(actions.slice(0, i - 1));
      expect(() => applyAction(before, next, ctx), `${next.type} without ${actions[i - 1]!.type}`).toThrow(AppError);
    }
  });

  it('the profile cannot be sent while incomplete or with open identifier findings', () => {
    const s = run([{ type: 'brukerprofil.lagre', profil: { aldersgruppe: '26-35' }, avvisteFunn: [] }]);
    expect(refusal(() => applyAction(s, { type: 'brukerprofil.sendt', dato: '2026-03-05' }, ctx))).toBe('PROFIL_UFULLSTENDIG');
    const full = run([{ type: 'brukerprofil.lagre', profil, avvisteFunn: [] }]);
    expect(refusal(() => applyAction(full, { type: 'brukerprofil.sendt', dato: '2026-03-05' }, { ...ctx, openProfileFindings: () => 2 }))).toBe('PROFIL_HAR_FUNN');
  });

  it('a sent profile cannot be edited', () => {
    const s = run(fullRoutine().slice(0, 2));
    expect(refusal(() => applyAction(s, { type: 'brukerprofil.lagre', profil, avvisteFunn: [] }, ctx))).toBe('KAN_IKKE_ENDRES');
  });

  it('the answer cannot be dated before the profile was sent, and says so at the date field', () => {
    const s = run([...fullRoutine().slice(0, 2), { type: 'steg.hopp_over', steg: 'avklaringsmote', grunn: 'Ikke behov.', dato: '2026-03-05' }]);
    const sent = s.brukerprofil!.sendtDato!;
    const dayBefore = new Date(Date.parse(sent) - 86_400_000).toISOString().slice(0, 10);
    try {
      applyAction(s, { type: 'svar.registrer', svar: { svar: 'ja', dato: dayBefore, kommentar: '' } }, ctx);
      throw new Error('expected a refusal');
    } catch (err) {
      expect(err).toMatchObject({ code: 'UGYLDIG_INNDATA', fields: [{ path: 'svar.dato', message: expect.stringContaining('før brukerprofilen ble sendt') }] });
    }
    expect(run([{ type: 'svar.registrer', svar: { svar: 'ja', dato: sent, kommentar: '' } }], s).svar?.dato).toBe(sent);
  });

  it('the answer cannot become nei after the allocation started', () => {
    const s = run(fullRoutine().slice(0, 6));
    expect(refusal(() => applyAction(s, { type: 'svar.registrer', svar: { svar: 'nei', dato: '2026-03-30', grunn: 'annet', kommentar: '' } }, ctx))).toBe('KAN_IKKE_ENDRES');
  });

  it('a vedtak with avslag blocks finding a dwelling', () => {
    const s = run([...fullRoutine().slice(0, 6), { type: 'tildeling.vedtak', vedtak: { dato: '2026-04-01', referanse: '2026/9', resultat: 'avslag' } }]);
    expect(refusal(() => applyAction(s, { type: 'tildeling.bolig', bolig: { referanse: 'BB-1', type: 'ordinaer', rom: 1, funnetDato: '2026-04-02', delegertDato: '2026-04-02' } }, ctx))).toBe('STEG_IKKE_KLART');
  });

  it('dates must follow the routine: no vedtak before the application, no allocation before delegation, each at its field', () => {
    const s = run(fullRoutine().slice(0, 6));
    expect(() => applyAction(s, { type: 'tildeling.vedtak', vedtak: { dato: '2026-03-01', referanse: 'x', resultat: 'innvilget' } }, ctx)).toThrow(
      expect.objectContaining({ code: 'UGYLDIG_INNDATA', fields: [expect.objectContaining({ path: 'vedtak.dato' })] }),
    );
    const withBolig = run(fullRoutine().slice(0, 8));
    expect(() => applyAction(withBolig, { type: 'tildeling.tildelt', dato: '2026-04-01' }, ctx)).toThrow(
      expect.objectContaining({ code: 'UGYLDIG_INNDATA', fields: [expect.objectContaining({ path: 'dato' })] }),
    );
  });

  it('gjennomført only when transfer, checklists and meeting are done', () => {
    const all = fullRoutine();
    const s = run(all.slice(0, all.length - 2));
    expect(readyToComplete(s)).toBe(false);
    expect(refusal(() => applyAction(s, all.at(-1)!, ctx))).toBe('IKKE_KLAR_FOR_AVSLUTNING');
    expect(refusal(() => applyAction(s, { type: 'avslutt', avsluttet: { utfall: 'avslatt', dato: '2026-05-01', grunn: 'x' } }, ctx))).toBe('STEG_IKKE_KLART');
  });

  it('a reopened exchange can only be reopened when closed', () => {
    expect(refusal(() => applyAction(fresh(), { type: 'gjenapne', grunn: 'x' }, ctx))).toBe('BYTTE_ER_AKTIVT');
  });

  it('the first follow-up cannot be before move-in', () => {
    const all = fullRoutine();
    const s = run(all.slice(0, all.length - 2));
    expect(refusal(() => applyAction(s, { type: 'ansvar_ny.lagre', ansvar: { forsteOppfolgingDato: '2026-04-01' } }, ctx))).toBe('UGYLDIG_INNDATA');
  });
});

describe('optional steps', () => {
  it('the clarification meeting can be skipped with a reason, and then svar is open', () => {
    const s = run([
      { type: 'brukerprofil.lagre', profil, avvisteFunn: [] },
      { type: 'brukerprofil.sendt', dato: '2026-03-05' },
    ]);
    expect(dependenciesMet('svar', s)).toBe(false);
    const skipped = applyAction(s, { type: 'steg.hopp_over', steg: 'avklaringsmote', grunn: 'Ikke behov.', dato: '2026-03-06' }, ctx);
    expect(stepStatuses(skipped).avklaringsmote).toBe('skipped');
    expect(dependenciesMet('svar', skipped)).toBe(true);
  });

  it('the transfer meeting may be marked not needed only after a recent clarification meeting', () => {
    const all = fullRoutine();
    const atTransfer = run(all.slice(0, 15));
    const notNeeded: ExchangeAction = { type: 'overforingsmote.registrer', overforingsmote: { type: 'ikke_nodvendig', grunn: 'Alle var med på møtet etter ja.' } };
    // The latest meeting is 2026-03-20; on 2026-04-10 that is recent, on 2026-05-06 it is not.
    expect(overforingsmoteMayBeSkipped(atTransfer, '2026-04-10', 30)).toBe(true);
    expect(applyAction(atTransfer, notNeeded, { ...ctx, today: '2026-04-10' }).overforingsmote?.type).toBe('ikke_nodvendig');
    expect(refusal(() => applyAction(atTransfer, notNeeded, { ...ctx, today: '2026-05-06' }))).toBe('STEG_IKKE_KLART');
    const after = applyAction(atTransfer, notNeeded, { ...ctx, today: '2026-04-10' });
    expect(stepStatuses(after).overforingsmote).toBe('skipped');
  });
});

describe('planned meetings', () => {
  const plan = { tidspunkt: '2026-03-12T10:00', sted: 'Stovner bydelshus', deltakere: mote('2026-03-12T10:00').deltakere };

  it('a meeting can be planned once its step is open, and the held meeting replaces the plan', () => {
    expect(refusal(() => applyAction(fresh(), { type: 'mote.planlegg', steg: 'avklaringsmote', plan }, ctx))).toBe('STEG_IKKE_KLART');
    const sent = run(fullRoutine().slice(0, 2));
    const planned = applyAction(sent, { type: 'mote.planlegg', steg: 'avklaringsmote', plan }, ctx);
    expect(meetingOf(planned, 'avklaringsmote')).toEqual(plan);
    expect(stepStatuses(planned).avklaringsmote).toBe('current');
    const held = applyAction(planned, { type: 'avklaringsmote.holdt', mote: mote('2026-03-12T10:00') }, ctx);
    expect(meetingOf(held, 'avklaringsmote')).toMatchObject({ byttAktuelt: 'ja' });
    expect(refusal(() => applyAction(held, { type: 'mote.planlegg', steg: 'avklaringsmote', plan }, ctx))).toBe('KAN_IKKE_ENDRES');
  });

  it('the transfer meeting can be planned only after the dwelling is accepted', () => {
    const all = fullRoutine();
    expect(refusal(() => applyAction(run(all.slice(0, 10)), { type: 'mote.planlegg', steg: 'overforingsmote', plan }, ctx))).toBe('STEG_IKKE_KLART');
    const s = applyAction(run(all.slice(0, 15)), { type: 'mote.planlegg', steg: 'overforingsmote', plan }, ctx);
    expect(s.moteplaner?.overforingsmote?.sted).toBe('Stovner bydelshus');
  });
});

describe('sides and next actions', () => {
  it('who acts on each step, seen from the old and the new district', () => {
    expect(sideOf('brukerprofil', 'utgaende')).toBe('vi');
    expect(sideOf('brukerprofil', 'innkommende')).toBe('partner');
    expect(sideOf('svar', 'utgaende')).toBe('partner');
    expect(sideOf('svar', 'innkommende')).toBe('vi');
    expect(sideOf('visning', 'utgaende')).toBe('begge');
  });

  it('tildeling c is the new district\'s; a, b and d the old district\'s', () => {
    const all = fullRoutine();
    expect(nextAction(run(all.slice(0, 5)), '2026-03-20', '2026-03-20')).toMatchObject({ code: 'soknad_kommunal_bolig', side: 'vi' });
    expect(nextAction(run(all.slice(0, 7)), '2026-04-01', '2026-04-01')).toMatchObject({ code: 'finn_bolig_og_deleger', side: 'partner' });
    expect(nextAction(run(all.slice(0, 8)), '2026-04-11', '2026-04-11')).toMatchObject({ code: 'tildel_bolig', side: 'vi' });
  });

  it('a stalled step is due after stalledDays, and overdue after that', () => {
    const s = run(fullRoutine().slice(0, 2));
    const na = nextAction(s, '2026-03-05', '2026-03-20', { followUpDays: 7, stalledDays: 14 });
    expect(na.dueDate).toBe('2026-03-19');
    expect(na.overdue).toBe(true);
    expect(nextAction(s, '2026-03-05', '2026-03-19').overdue).toBe(false);
  });

  it('the first follow-up is due followUpDays after move-in', () => {
    const all = fullRoutine();
    const s = run(all.slice(0, 17));
    const na = nextAction(s, '2026-05-05', '2026-05-20', { followUpDays: 7, stalledDays: 14 });
    expect(na.code).toBe('overfor_saken');
    expect(na.dueDate).toBe('2026-05-08');
    expect(na.overdue).toBe(true);
  });

  it('every action belongs to a known step', () => {
    for (const a of fullRoutine()) expect(STEPS).toContain(stepOfAction(a));
  });

  it('an incoming exchange sees the same steps with the sides flipped', () => {
    const incoming: ExchangeState = { ...fresh(), direction: 'innkommende' };
    const s = run(fullRoutine().slice(0, 3), incoming);
    expect(nextAction(s, '2026-03-12', '2026-03-12')).toMatchObject({ code: 'svar_fra_ny_bydel', side: 'vi' });
    expect(mote('2026-01-01T10:00').deltakere).toHaveLength(2);
  });
});
