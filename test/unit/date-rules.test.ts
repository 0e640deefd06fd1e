import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ActionContext, applyAction, type ExchangeAction } from '../../src/shared/exchange/actions';
import { DATED_FACTS, type DatedFactId, dateViolations, NOT_IN_FUTURE, ORDER_RULES } from '../../src/shared/exchange/date-rules';
import type { ExchangeState } from '../../src/shared/exchange/model';
import { addDays } from '../../src/shared/exchange/primitives';
import { currentStep, readyToComplete, transferMeetingSuggestion } from '../../src/shared/exchange/workflow';
import { nextAction } from '../../src/shared/exchange/next-action';
import { AppError, type FieldError } from '../../src/shared/errors';
import { formatDate } from '../../src/shared/i18n/format';
import { applyReceived } from '../../src/shared/sync/apply';
import { fullRoutine, kandidat, mote } from '../support/fixtures';

const TODAY = '2026-05-06';
const ctx = (today = TODAY): ActionContext => ({ today, recentMeetingDays: 30, openProfileFindings: () => 0 });

function fresh(): ExchangeState {
  return { reference: 'BYTTE-DATO-0001', direction: 'utgaende', oldDistrict: 'stovner', newDistrict: 'grunerlokka', kandidat };
}

function run(actions: ExchangeAction[], today = TODAY, start = fresh()): ExchangeState {
  return actions.reduce((s, a) => applyAction(s, a, ctx(today)), start);
}

/** The date fields main reports for a refused action; fails when it was not refused for a date. */
function dateRefusal(fn: () => unknown): FieldError[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError && err.code === 'UGYLDIG_INNDATA' && err.fields) return err.fields;
    throw err;
  }
  throw new Error('expected a refusal');
}

const index = (type: ExchangeAction['type'], from = 0) => fullRoutine().findIndex((a, i) => i >= from && a.type === type);

/** The whole routine with both optional meetings skipped and every checklist item done: every other dated fact. */
function skippingRoutine(): ExchangeAction[] {
  const routine = fullRoutine().flatMap((a): ExchangeAction[] => {
    if (a.type === 'avklaringsmote.holdt') return [{ type: 'steg.hopp_over', steg: 'avklaringsmote', grunn: 'Ikke behov.', dato: '2026-03-06' }];
    if (a.type === 'mote_etter_ja.holdt') return [{ type: 'steg.hopp_over', steg: 'mote_etter_ja', grunn: 'Ikke behov.', dato: '2026-03-16' }];
    if (a.type === 'ansvar_gammel.lagre') {
      return [{ ...a, ansvar: { ...a.ansvar, punkter: { ...a.ansvar.punkter, fast_trekk: { status: 'gjort', hvem: 'NAV', dato: '2026-05-02' } } } }];
    }
    return [a];
  });
  return [{ type: 'kandidat.lagre', kandidat }, ...routine];
}

// ---- The findings of issue 13, each on the day it was seen -------------------------------

describe('the impossible facts of issue 13 are refused, each at its field, naming both dates', () => {
  it('a meeting registered as held on a day still to come', () => {
    const sent = run(fullRoutine().slice(0, 2), '2026-03-10');
    const fields = dateRefusal(() => applyAction(sent, { type: 'avklaringsmote.holdt', mote: mote('2026-03-12T10:00') }, ctx('2026-03-10')));
    expect(fields).toEqual([{ path: 'mote.tidspunkt', message: expect.stringMatching(/12\.03\.2026.*10\.03\.2026.*planlegg møtet/) }]);
    // Planned for that day, it is fine; held on it, it is fine too.
    expect(applyAction(sent, { type: 'mote.planlegg', steg: 'avklaringsmote', plan: { tidspunkt: '2026-03-12T10:00', sted: 'Stovner', deltakere: mote('x').deltakere } }, ctx('2026-03-10')).moteplaner?.avklaringsmote).toBeDefined();
    expect(applyAction(sent, { type: 'avklaringsmote.holdt', mote: mote('2026-03-12T10:00') }, ctx('2026-03-12')).avklaringsmote?.mote).toBeDefined();
  });

  it('an answer dated before that meeting', () => {
    const held = run(fullRoutine().slice(0, 3));
    const fields = dateRefusal(() => applyAction(held, { type: 'svar.registrer', svar: { svar: 'ja', dato: '2026-03-11', kommentar: '' } }, ctx()));
    expect(fields).toEqual([{ path: 'svar.dato', message: 'Svaret 11.03.2026 kan ikke være datert før avklaringsmøtet 12.03.2026: velg en dato fra og med 12.03.2026.' }]);
  });

  it('a move-in before the allocation', () => {
    const at = index('ansvar_gammel.lagre');
    const routine = fullRoutine();
    const s = run(routine.slice(0, at));
    const a = routine[at] as Extract<ExchangeAction, { type: 'ansvar_gammel.lagre' }>;
    // Allocated 21.04, moved in 20.04.
    const fields = dateRefusal(() => applyAction(s, { ...a, ansvar: { punkter: {}, innflyttingsdato: '2026-04-20' } }, ctx()));
    expect(fields).toEqual([
      { path: 'ansvar.innflyttingsdato', message: 'Innflyttingen 20.04.2026 kan ikke være før boligen ble tildelt 21.04.2026: velg en dato fra og med 21.04.2026.' },
    ]);
  });

  it('a first follow-up on a day still to come', () => {
    const routine = fullRoutine();
    const s = run(routine.slice(0, index('ansvar_ny.lagre')));
    const fields = dateRefusal(() => applyAction(s, { type: 'ansvar_ny.lagre', ansvar: { overfortDato: '2026-05-05', forsteOppfolgingDato: '2026-05-09' } }, ctx()));
    expect(fields).toEqual([{ path: 'ansvar.forsteOppfolgingDato', message: expect.stringContaining('Datoen 09.05.2026 er etter dagens dato 06.05.2026') }]);
  });

  it('closing before the first follow-up', () => {
    const routine = fullRoutine();
    const s = run(routine.slice(0, -1));
    // The first follow-up was 04.05.
    const fields = dateRefusal(() => applyAction(s, { type: 'avslutt', avsluttet: { utfall: 'gjennomfort', dato: '2026-05-03', grunn: '' } }, ctx()));
    expect(fields).toEqual([{ path: 'avsluttet.dato', message: expect.stringMatching(/^Byttet kan ikke være avsluttet 03\.05\.2026, før .* 0[45]\.05\.2026: velg en dato fra og med 0[45]\.05\.2026\.$/) }]);
    const withdrawn = dateRefusal(() => applyAction(s, { type: 'avslutt', avsluttet: { utfall: 'trukket', dato: '2026-05-03', grunn: 'Personen ønsket ikke å flytte likevel.' } }, ctx()));
    expect(withdrawn[0]?.path).toBe('avsluttet.dato');
    expect(run([routine.at(-1)!], TODAY, s).avsluttet?.dato).toBe(TODAY);
  });

  it('the transfer meeting suggestion never counts a meeting still to come as «more than 30 days ago»', () => {
    // Stored before the date rules: a clarification meeting three days ahead.
    const s: ExchangeState = { ...run(fullRoutine().slice(0, 2), '2026-03-10'), avklaringsmote: { mote: mote('2026-03-13T10:00') } };
    const suggestion = transferMeetingSuggestion(s, '2026-03-10', 30);
    expect(suggestion).toEqual({ kind: 'ingen_mote' });
    expect(transferMeetingSuggestion(s, '2026-03-13', 30)).toEqual({ kind: 'kan_droppes', sisteMote: '2026-03-13', dagerSiden: 0 });
    expect(transferMeetingSuggestion(s, '2026-04-13', 30)).toEqual({ kind: 'hold', sisteMote: '2026-03-13', dagerSiden: 31 });
  });

  it('a møte etter ja held the same day counts as a recent meeting, like the avklaringsmøte', () => {
    // The dwelling accepted 23.04 with no møte etter ja: the avklaringsmøte of 12.03 is 44 days old on 25.04.
    const meetingDay = '2026-04-25';
    const accepted = run(fullRoutine().slice(0, index('overforingsmote.registrer')).filter((a) => a.type !== 'mote_etter_ja.holdt'), meetingDay);
    expect(transferMeetingSuggestion(accepted, meetingDay, 30)).toEqual({ kind: 'hold', sisteMote: '2026-03-12', dagerSiden: 44 });
    const met = applyAction(accepted, { type: 'mote_etter_ja.holdt', mote: { ...mote(`${meetingDay}T13:00`), nyeOppfolgere: [], gericaAktuelt: false } }, ctx(meetingDay));
    expect(transferMeetingSuggestion(met, meetingDay, 30)).toEqual({ kind: 'kan_droppes', sisteMote: meetingDay, dagerSiden: 0 });
    const notNeeded: ExchangeAction = { type: 'overforingsmote.registrer', overforingsmote: { type: 'ikke_nodvendig', grunn: 'Alle var med på møtet etter ja i dag.' } };
    expect(applyAction(met, notNeeded, ctx(meetingDay)).overforingsmote?.type).toBe('ikke_nodvendig');
  });

  it('closing as gjennomført is refused while Møte etter ja is still «Pågår», with a sentence that says what to do', () => {
    const routine = fullRoutine().filter((a) => a.type !== 'mote_etter_ja.holdt');
    const s = run(routine.slice(0, -1));
    expect(readyToComplete(s)).toBe(false);
    expect(currentStep(s)).toBe('mote_etter_ja');
    expect(nextAction(s, TODAY, TODAY).code).toBe('mote_etter_ja_eller_hopp_over');
    expect(() => applyAction(s, routine.at(-1)!, ctx())).toThrow(
      expect.objectContaining({ code: 'IKKE_KLAR_FOR_AVSLUTNING', message: expect.stringContaining('Møte etter ja står som «Pågår». Registrer møtet som holdt, eller hopp over det') }),
    );
    const skipped = applyAction(s, { type: 'steg.hopp_over', steg: 'mote_etter_ja', grunn: 'Tjenestene var avklart.', dato: TODAY }, ctx());
    expect(readyToComplete(skipped)).toBe(true);
    expect(applyAction(skipped, routine.at(-1)!, ctx()).avsluttet?.utfall).toBe('gjennomfort');
  });
});

// ---- Every rule, through the reducer ----------------------------------------------------

/** Sets a date at a form path of an action, keeping a date-and-time field's time. */
function withDate(a: ExchangeAction, path: string, date: string): ExchangeAction {
  const copy = structuredClone(a) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let at = copy;
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
  const last = keys.at(-1)!;
  const old = at[last];
  at[last] = typeof old === 'string' && old.length > 10 ? `${date}${old.slice(10)}` : date;
  return copy as unknown as ExchangeAction;
}

/** Each action of a routine that enters a fact, with the state before it and the state after it. */
function entries(routine: ExchangeAction[], fact: DatedFactId) {
  const out: { before: ExchangeState; after: ExchangeState; action: ExchangeAction; path: string }[] = [];
  let s = fresh();
  for (const action of routine) {
    const next = applyAction(s, action, ctx());
    const path = DATED_FACTS[fact].fields[action.type];
    if (path !== undefined && DATED_FACTS[fact].read(next) !== undefined) out.push({ before: s, after: next, action, path });
    s = next;
  }
  return out;
}

const ROUTINES = [fullRoutine(), skippingRoutine()];

describe('every date rule holds in the reducer', () => {
  it.each(NOT_IN_FUTURE.map((id) => [id] as const))('%s may not be after today', (id) => {
    const tried = ROUTINES.flatMap((r) => entries(r, id));
    if (Object.keys(DATED_FACTS[id].fields).length === 0) {
      // Entered with no field of its own (a viewing round copies its planned time): covered by the outcome's rules.
      expect(ORDER_RULES.some((r) => r.earlier === id)).toBe(true);
      return;
    }
    expect(tried.length).toBeGreaterThan(0);
    for (const { before, action, path } of tried) {
      const fields = dateRefusal(() => applyAction(before, withDate(action, path, '2026-05-07'), ctx()));
      expect(fields.find((f) => f.path === path)?.message).toMatch(/^Datoen 07\.05\.2026 er etter dagens dato 06\.05\.2026: /);
    }
  });

  it.each(ORDER_RULES.map((r) => [`${r.earlier} ≤ ${r.later}`, r] as const))('%s', (_name, rule) => {
    expect(rule.sentence('01.02.2026', '31.01.2026')).toMatch(/31\.01\.2026.*01\.02\.2026/);
    const tried = ROUTINES.flatMap((r) => entries(r, rule.later)).filter(({ after }) => DATED_FACTS[rule.earlier].read(after) !== undefined);
    expect(tried.length).toBeGreaterThan(0);
    for (const { before, after, action, path } of tried) {
      const bad = addDays(DATED_FACTS[rule.earlier].read(after)!, -1);
      const fields = dateRefusal(() => applyAction(before, withDate(action, path, bad), ctx()));
      expect(fields.find((f) => f.path === path)?.message).toContain(formatDate(bad));
    }
  });

  it('a rule broken by moving the earlier date is shown at that date, with the latest date it may have', () => {
    const routine = fullRoutine();
    const s = run(routine.slice(0, index('ansvar_ny.lagre') + 1));
    const a = routine[index('ansvar_gammel.lagre')] as Extract<ExchangeAction, { type: 'ansvar_gammel.lagre' }>;
    // The first follow-up was 04.05; the move-in moved to 05.05.
    const fields = dateRefusal(() => applyAction(s, { ...a, ansvar: { ...a.ansvar, innflyttingsdato: '2026-05-05' } }, ctx()));
    expect(fields).toContainEqual({ path: 'ansvar.innflyttingsdato', message: 'Første oppfølging 04.05.2026 kan ikke være før innflyttingen 05.05.2026: velg en dato til og med 04.05.2026.' });
  });

  it('an exchange stored before the rules can still be worked on: only what a change breaks is refused', () => {
    const routine = fullRoutine();
    const stored = run(routine.slice(0, index('ansvar_ny.lagre') + 1));
    const legacy: ExchangeState = { ...stored, ansvarGammel: { ...stored.ansvarGammel!, innflyttingsdato: '2026-04-20' } };
    expect(dateViolations(legacy, TODAY).map((v) => v.facts)).toEqual([['tildelt', 'innflytting'], ['visningAkseptert', 'innflytting']]);
    expect(applyAction(legacy, { type: 'avslutt', avsluttet: { utfall: 'avbrutt', dato: TODAY, grunn: 'Stoppet.' } }, ctx()).avsluttet?.utfall).toBe('avbrutt');
  });

  it('an arriving update meets the same rules as of the day it was made', () => {
    const s = run(fullRoutine().slice(0, 3), '2026-03-12', { ...fresh(), direction: 'innkommende' });
    const received = applyReceived(s, { type: 'avklaringsmote.holdt', mote: mote('2026-03-14T10:00') }, { party: 'gammel', dato: '2026-03-13', oppdatering: 1 }, ctx('2026-03-12'));
    expect(received).toMatchObject({ applied: false, reason: expect.stringContaining('Datoen 14.03.2026 er etter dagens dato 12.03.2026') });
  });
});

// ---- Any sequence of actions, any dates -------------------------------------------------

const DATE_VALUE = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2})?$/;

/** The action with every date in it replaced by the next from `date`, times of day kept. */
function redated(a: ExchangeAction, date: () => string): ExchangeAction {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const m = DATE_VALUE.exec(v);
      return m ? `${date()}${m[2] ?? ''}` : v;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(a) as ExchangeAction;
}

const EXTRA: ExchangeAction[] = [
  { type: 'kandidat.lagre', kandidat },
  { type: 'steg.hopp_over', steg: 'avklaringsmote', grunn: 'Ikke behov.', dato: '2026-01-01' },
  { type: 'steg.hopp_over', steg: 'mote_etter_ja', grunn: 'Ikke behov.', dato: '2026-01-01' },
  { type: 'mote.planlegg', steg: 'overforingsmote', plan: { tidspunkt: '2026-01-01T10:00', sted: 'Stovner', deltakere: mote('x').deltakere } },
  { type: 'avslutt', avsluttet: { utfall: 'trukket', dato: '2026-01-01', grunn: 'Personen trakk seg.' } },
  { type: 'avslutt', avsluttet: { utfall: 'avbrutt', dato: '2026-01-01', grunn: 'Stoppet.' } },
  { type: 'gjenapne', grunn: 'Tatt opp igjen.' },
  { type: 'svar.registrer', svar: { svar: 'nei', dato: '2026-01-01', grunn: 'annet', kommentar: '' } },
  { type: 'overforingsmote.registrer', overforingsmote: { type: 'ikke_nodvendig', grunn: 'Nylig møte.' } },
];

/** The whole days the statistics count between two facts (migration 004's columns). */
function durations(s: ExchangeState): number[] {
  const accepted = DATED_FACTS.visningAkseptert.read(s);
  const pairs: [string | undefined, string | undefined][] = [
    [s.brukerprofil?.sendtDato, s.svar?.dato],
    [s.svar?.dato, accepted && s.tildeling?.tildeltDato],
    [accepted && s.tildeling?.tildeltDato, s.ansvarGammel?.innflyttingsdato],
    [s.ansvarGammel?.innflyttingsdato, s.ansvarNy?.forsteOppfolgingDato],
  ];
  return pairs.filter((p): p is [string, string] => !!p[0] && !!p[1]).map(([a, b]) => Date.parse(b) - Date.parse(a));
}

describe('no stored state breaks a date rule, whatever is tried in whatever order', () => {
  it('random action sequences with random dates (fast-check)', () => {
    // How far the runs got along the routine: the property must reach its last steps too.
    let deepest = 0;
    const routine = [...fullRoutine(), ...skippingRoutine()];
    const step = fc.record({
      // Mostly the routine's next action, else any action of the routine or another change.
      pick: fc.oneof({ weight: 3, arbitrary: fc.constant(-1) }, { weight: 2, arbitrary: fc.nat(routine.length + EXTRA.length - 1) }),
      advance: fc.integer({ min: 0, max: 6 }),
      offsets: fc.array(fc.integer({ min: -25, max: 3 }), { minLength: 12, maxLength: 12 }),
    });
    fc.assert(
      fc.property(fc.boolean(), fc.array(step, { minLength: 10, maxLength: 80, size: 'max' }), (incoming, steps) => {
        let s: ExchangeState = incoming ? { ...fresh(), direction: 'innkommende', kandidat: { malgruppe: ['rus'] } } : fresh();
        let today = kandidat.samtykkeDato;
        let next = 0;
        for (const { pick, advance, offsets } of steps) {
          today = addDays(today, advance);
          let o = 0;
          const date = () => addDays(today, offsets[o++ % offsets.length]!);
          const template = pick < 0 ? fullRoutine()[next % fullRoutine().length]! : pick < routine.length ? routine[pick]! : EXTRA[pick - routine.length]!;
          try {
            s = applyAction(s, redated(template, date), ctx(today));
            if (pick < 0) deepest = Math.max(deepest, ++next);
          } catch (err) {
            if (!(err instanceof AppError)) throw err;
          }
          expect(dateViolations(s, today)).toEqual([]);
          expect(durations(s).every((d) => d >= 0)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    expect(deepest).toBeGreaterThanOrEqual(fullRoutine().length);
  });
});
