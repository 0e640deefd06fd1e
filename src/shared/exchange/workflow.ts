import type { DistrictId } from '../districts';
import type { Brukerprofil, ExchangeState, Mote, MotePlan, PlannedMeeting } from './model';
import { ANSVAR_GAMMEL_PUNKTER, brukerprofilSchema } from './model';
import { daysBetween } from './primitives';
import { STEPS, type StepId, type TildelingSubstep } from './steps';

export { STEPS, type StepId, TILDELING_SUBSTEPS, type TildelingSubstep } from './steps';

export type Actor = 'gammel' | 'ny' | 'begge';

export interface StepDefinition {
  id: StepId;
  actor: Actor;
  optional: boolean;
}

export const STEP_DEFINITIONS: Readonly<Record<StepId, StepDefinition>> = {
  kandidat: { id: 'kandidat', actor: 'gammel', optional: false },
  brukerprofil: { id: 'brukerprofil', actor: 'gammel', optional: false },
  avklaringsmote: { id: 'avklaringsmote', actor: 'begge', optional: true },
  svar: { id: 'svar', actor: 'ny', optional: false },
  mote_etter_ja: { id: 'mote_etter_ja', actor: 'begge', optional: true },
  tildeling: { id: 'tildeling', actor: 'begge', optional: false },
  visning: { id: 'visning', actor: 'begge', optional: false },
  overforingsmote: { id: 'overforingsmote', actor: 'begge', optional: false },
  ansvar_gammel: { id: 'ansvar_gammel', actor: 'gammel', optional: false },
  ansvar_ny: { id: 'ansvar_ny', actor: 'ny', optional: false },
  avsluttet: { id: 'avsluttet', actor: 'begge', optional: false },
};

/**
 * done: finished; skipped: optional step passed over with a reason (or a meeting found not
 * needed); current: may be worked on now; waiting: what it depends on is not done yet.
 */
export type StepStatus = 'done' | 'skipped' | 'current' | 'waiting';

export function isProfileComplete(profil: Partial<Brukerprofil> | undefined): profil is Brukerprofil {
  return brukerprofilSchema.safeParse(profil ?? {}).success;
}

export function isKandidatDone(s: ExchangeState): boolean {
  const k = s.kandidat;
  return k.malgruppe.length > 0 && k.onskerKommunalBolig === true && !!k.grunner && k.samtykke === true;
}

export function svarIsJa(s: ExchangeState): boolean {
  return s.svar?.svar === 'ja';
}

/** The next sub-step of tildeling to do, or null when the dwelling is allocated. */
export function nextTildelingSubstep(s: ExchangeState): TildelingSubstep | null {
  const t = s.tildeling ?? {};
  if (!t.soknadDato) return 'soknad';
  if (!t.vedtak || t.vedtak.resultat !== 'innvilget') return 'vedtak';
  if (!t.bolig) return 'bolig';
  if (!t.tildeltDato) return 'tildelt';
  return null;
}

export function visningAccepted(s: ExchangeState): boolean {
  return (s.visning?.runder ?? []).some((r) => r.utfall === 'akseptert');
}

export function ansvarGammelOpenItems(s: ExchangeState): string[] {
  const punkter = s.ansvarGammel?.punkter ?? {};
  return ANSVAR_GAMMEL_PUNKTER.filter((p) => {
    const status = punkter[p]?.status;
    return status !== 'gjort' && status !== 'ikke_relevant';
  });
}

/**
 * The latest day (YYYY-MM-DD), on or before `today`, on which an avklaringsmøte or a møte etter
 * ja was held. A meeting dated after today has not been held (only exchanges stored before the
 * date rules can hold one), so it is not the latest meeting.
 */
function latestClarificationDate(s: ExchangeState, today: string): string | undefined {
  const dates = [s.avklaringsmote?.mote?.tidspunkt, s.moteEtterJa?.mote?.tidspunkt]
    .filter((d): d is string => !!d)
    .map((d) => d.slice(0, 10))
    .filter((d) => d <= today)
    .sort();
  return dates.at(-1);
}

/** The routine's suggestion for the transfer meeting: held unless a meeting was recent. */
export type TransferMeetingSuggestion =
  | { kind: 'kan_droppes' | 'hold'; sisteMote: string; dagerSiden: number }
  | { kind: 'ingen_mote' };

export function transferMeetingSuggestion(s: ExchangeState, today: string, recentDays: number): TransferMeetingSuggestion {
  const latest = latestClarificationDate(s, today);
  if (latest === undefined) return { kind: 'ingen_mote' };
  const dagerSiden = daysBetween(latest, today);
  return { kind: dagerSiden <= recentDays ? 'kan_droppes' : 'hold', sisteMote: latest, dagerSiden };
}

/** The routine: a transfer meeting may be skipped when a clarification meeting was recent. */
export function overforingsmoteMayBeSkipped(s: ExchangeState, today: string, recentDays: number): boolean {
  return transferMeetingSuggestion(s, today, recentDays).kind === 'kan_droppes';
}

function optionalStepStatus(
  rec: { mote?: unknown; hoppetOver?: unknown } | undefined,
  available: boolean,
): StepStatus {
  if (rec?.mote) return 'done';
  if (rec?.hoppetOver) return 'skipped';
  return available ? 'current' : 'waiting';
}

/** Dependencies of each step, as predicates over the state (DOMAIN.md, "the steps as a table"). */
export function dependenciesMet(step: StepId, s: ExchangeState): boolean {
  switch (step) {
    case 'kandidat':
      return true;
    case 'brukerprofil':
      return isKandidatDone(s);
    case 'avklaringsmote':
      return isKandidatDone(s) && !!s.brukerprofil?.sendtDato;
    case 'svar': {
      const a = stepStatusRaw('avklaringsmote', s);
      return !!s.brukerprofil?.sendtDato && (a === 'done' || a === 'skipped');
    }
    case 'mote_etter_ja':
    case 'tildeling':
      return svarIsJa(s);
    case 'visning':
      return svarIsJa(s) && nextTildelingSubstep(s) === null;
    case 'overforingsmote':
    case 'ansvar_gammel':
      return visningAccepted(s);
    case 'ansvar_ny':
      return visningAccepted(s) && !!s.ansvarGammel?.innflyttingsdato;
    case 'avsluttet':
      return true;
  }
}

function stepStatusRaw(step: StepId, s: ExchangeState): StepStatus {
  const available = dependenciesMet(step, s);
  switch (step) {
    case 'kandidat':
      return isKandidatDone(s) ? 'done' : 'current';
    case 'brukerprofil':
      return s.brukerprofil?.sendtDato ? 'done' : available ? 'current' : 'waiting';
    case 'avklaringsmote':
      return optionalStepStatus(s.avklaringsmote, available);
    case 'svar':
      return s.svar ? 'done' : available ? 'current' : 'waiting';
    case 'mote_etter_ja':
      return optionalStepStatus(s.moteEtterJa, available);
    case 'tildeling':
      return available && nextTildelingSubstep(s) === null ? 'done' : available ? 'current' : 'waiting';
    case 'visning':
      return visningAccepted(s) ? 'done' : available ? 'current' : 'waiting';
    case 'overforingsmote':
      if (s.overforingsmote?.type === 'holdt') return 'done';
      if (s.overforingsmote?.type === 'ikke_nodvendig') return 'skipped';
      return available ? 'current' : 'waiting';
    case 'ansvar_gammel':
      return available && ansvarGammelOpenItems(s).length === 0 && s.ansvarGammel?.innflyttingsdato
        ? 'done'
        : available
          ? 'current'
          : 'waiting';
    case 'ansvar_ny':
      return s.ansvarNy?.overfortDato && s.ansvarNy.forsteOppfolgingDato
        ? 'done'
        : available
          ? 'current'
          : 'waiting';
    case 'avsluttet':
      return s.avsluttet ? 'done' : 'waiting';
  }
}

/** Status of every step. A closed exchange freezes: nothing not done is current any more. */
export function stepStatuses(s: ExchangeState): Record<StepId, StepStatus> {
  const out = {} as Record<StepId, StepStatus>;
  for (const step of STEPS) {
    const raw = stepStatusRaw(step, s);
    out[step] = s.avsluttet && raw === 'current' ? 'waiting' : raw;
  }
  return out;
}

/**
 * What keeps an exchange from closing as gjennomført: the transfer and the checklists not done,
 * or an optional step (møte etter ja) still in progress, which must be held or skipped first.
 */
export function completionBlocker(s: ExchangeState): 'overforing' | 'valgfritt_steg' | null {
  const st = stepStatuses(s);
  const transferred =
    st.ansvar_ny === 'done' &&
    st.ansvar_gammel === 'done' &&
    (st.overforingsmote === 'done' || st.overforingsmote === 'skipped');
  if (!transferred) return 'overforing';
  return STEPS.some((id) => STEP_DEFINITIONS[id].optional && st[id] === 'current') ? 'valgfritt_steg' : null;
}

/** Everything that must be done before an exchange may close as gjennomført. */
export function readyToComplete(s: ExchangeState): boolean {
  return completionBlocker(s) === null;
}

/** The step a coordinator is working on: the first one in order that is current. */
export function currentStep(s: ExchangeState): StepId {
  if (s.avsluttet) return 'avsluttet';
  const st = stepStatuses(s);
  // Optional meetings run alongside the main line; the exchange is "at" its main line step
  // unless only an optional step is open (the clarification meeting before the answer).
  const mainLine = STEPS.find((id) => st[id] === 'current' && !STEP_DEFINITIONS[id].optional);
  const any = STEPS.find((id) => st[id] === 'current');
  if (readyToComplete(s)) return 'avsluttet';
  return mainLine ?? any ?? 'avsluttet';
}

/** Which of the two districts acts on a step, seen from this installation. */
export type Side = 'vi' | 'partner' | 'begge';

export function sideOf(step: StepId, direction: ExchangeState['direction']): Side {
  const actor = STEP_DEFINITIONS[step].actor;
  if (actor === 'begge') return 'begge';
  const weAreOld = direction === 'utgaende';
  return (actor === 'gammel') === weAreOld ? 'vi' : 'partner';
}

export function ourDistrict(s: Pick<ExchangeState, 'direction' | 'oldDistrict' | 'newDistrict'>): DistrictId {
  return s.direction === 'utgaende' ? s.oldDistrict : s.newDistrict;
}

export function partnerDistrict(s: Pick<ExchangeState, 'direction' | 'oldDistrict' | 'newDistrict'>): DistrictId {
  return s.direction === 'utgaende' ? s.newDistrict : s.oldDistrict;
}

/** The meeting as held, or else as planned: what agendas and invitations are made from. */
export function meetingOf(s: ExchangeState, step: PlannedMeeting): Mote | MotePlan | undefined {
  const held =
    step === 'avklaringsmote'
      ? s.avklaringsmote?.mote
      : step === 'mote_etter_ja'
        ? s.moteEtterJa?.mote
        : s.overforingsmote?.type === 'holdt'
          ? s.overforingsmote.mote
          : undefined;
  return held ?? s.moteplaner?.[step];
}
