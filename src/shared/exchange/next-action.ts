import type { ExchangeState } from './model';
import { addDays } from './primitives';
import { currentStep, nextTildelingSubstep, type Side, sideOf, type StepId, stepStatuses } from './workflow';

export interface DeadlineSettings {
  /** First follow-up by the new district, days after move-in (routine: "as soon as possible"). */
  followUpDays: number;
  /** A step with no change for this many days is stalled. */
  stalledDays: number;
}

export const DEFAULT_DEADLINES: DeadlineSettings = { followUpDays: 7, stalledDays: 14 };

/** What to do next, as a code the UI turns into words. */
export const NEXT_ACTION_CODES = [
  'registrer_kandidat',
  'fyll_ut_brukerprofil',
  'avklaringsmote_eller_hopp_over',
  'svar_fra_ny_bydel',
  'mote_etter_ja_eller_hopp_over',
  'soknad_kommunal_bolig',
  'vedtak_kommunal_bolig',
  'finn_bolig_og_deleger',
  'tildel_bolig',
  'visning',
  'overforingsmote',
  'ansvar_gammel_sjekkliste',
  'innflytting',
  'overfor_saken',
  'forste_oppfolging',
  'avslutt_gjennomfort',
  'ingen',
] as const;
export type NextActionCode = (typeof NEXT_ACTION_CODES)[number];

/** The next action: its code, whose turn it is, and by when. */
export interface NextAction {
  step: StepId;
  code: NextActionCode;
  side: Side;
  dueDate: string | null;
  overdue: boolean;
}

function codeFor(s: ExchangeState, step: StepId): { code: NextActionCode; step: StepId } {
  switch (step) {
    case 'kandidat':
      return { code: 'registrer_kandidat', step };
    case 'brukerprofil':
      return { code: 'fyll_ut_brukerprofil', step };
    case 'avklaringsmote':
      return { code: 'avklaringsmote_eller_hopp_over', step };
    case 'svar':
      return { code: 'svar_fra_ny_bydel', step };
    case 'mote_etter_ja':
      return { code: 'mote_etter_ja_eller_hopp_over', step };
    case 'tildeling': {
      const sub = nextTildelingSubstep(s);
      const code: NextActionCode =
        sub === 'soknad'
          ? 'soknad_kommunal_bolig'
          : sub === 'vedtak'
            ? 'vedtak_kommunal_bolig'
            : sub === 'bolig'
              ? 'finn_bolig_og_deleger'
              : 'tildel_bolig';
      return { code, step: 'tildeling' };
    }
    case 'visning':
      return { code: 'visning', step };
    case 'overforingsmote':
      return { code: 'overforingsmote', step };
    case 'ansvar_gammel':
      return { code: s.ansvarGammel?.innflyttingsdato ? 'ansvar_gammel_sjekkliste' : 'innflytting', step };
    case 'ansvar_ny':
      return { code: s.ansvarNy?.overfortDato ? 'forste_oppfolging' : 'overfor_saken', step };
    case 'avsluttet':
      return { code: s.avsluttet ? 'ingen' : 'avslutt_gjennomfort', step };
  }
}

/** Which side acts for a sub-step of tildeling (the routine fixes it: a, b, d old; c new). */
function tildelingSide(s: ExchangeState): Side {
  const sub = nextTildelingSubstep(s);
  const oldActs = sub !== 'bolig';
  const weAreOld = s.direction === 'utgaende';
  return oldActs === weAreOld ? 'vi' : 'partner';
}

/**
 * The exchange's next action. `lastChange` is the date (YYYY-MM-DD) of its latest change: a
 * step that has not moved for `stalledDays` is due. Concrete deadlines from the routine win.
 */
export function nextAction(
  s: ExchangeState,
  lastChange: string,
  today: string,
  deadlines: DeadlineSettings = DEFAULT_DEADLINES,
): NextAction {
  if (s.avsluttet) return { step: 'avsluttet', code: 'ingen', side: 'begge', dueDate: null, overdue: false };
  const st = stepStatuses(s);
  // After yes, the allocation is the main line even while the optional meeting is open.
  const at = currentStep(s);
  const { code, step } = codeFor(s, at === 'mote_etter_ja' && st.tildeling === 'current' ? 'tildeling' : at);
  let side = step === 'tildeling' ? tildelingSide(s) : sideOf(step, s.direction);
  let dueDate = addDays(lastChange, deadlines.stalledDays);

  const innflytting = s.ansvarGammel?.innflyttingsdato;
  if (step === 'ansvar_ny' || (step === 'ansvar_gammel' && innflytting && st.ansvar_ny === 'current')) {
    if (innflytting && !s.ansvarNy?.forsteOppfolgingDato) {
      dueDate = addDays(innflytting, deadlines.followUpDays);
    }
  }
  if (step === 'ansvar_gammel' && s.ansvarGammel?.punkter.husleie_forste_maned?.status !== 'gjort') {
    const transfer = s.ansvarNy?.overfortDato;
    if (transfer && transfer < dueDate) dueDate = transfer;
  }
  if (code === 'avslutt_gjennomfort') side = 'begge';
  return { step, code, side, dueDate, overdue: dueDate < today };
}

const STEP_OF_CODE: Record<NextActionCode, StepId> = {
  registrer_kandidat: 'kandidat',
  fyll_ut_brukerprofil: 'brukerprofil',
  avklaringsmote_eller_hopp_over: 'avklaringsmote',
  svar_fra_ny_bydel: 'svar',
  mote_etter_ja_eller_hopp_over: 'mote_etter_ja',
  soknad_kommunal_bolig: 'tildeling',
  vedtak_kommunal_bolig: 'tildeling',
  finn_bolig_og_deleger: 'tildeling',
  tildel_bolig: 'tildeling',
  visning: 'visning',
  overforingsmote: 'overforingsmote',
  ansvar_gammel_sjekkliste: 'ansvar_gammel',
  innflytting: 'ansvar_gammel',
  overfor_saken: 'ansvar_ny',
  forste_oppfolging: 'ansvar_ny',
  avslutt_gjennomfort: 'avsluttet',
  ingen: 'avsluttet',
};

export function stepOfNextAction(code: NextActionCode): StepId {
  return STEP_OF_CODE[code];
}
