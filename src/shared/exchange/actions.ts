import { z } from 'zod';
import { AppError } from '../errors';
import { EXCHANGE_REFUSALS, FIELD_REFUSALS } from '../i18n/refusals';
import { dateRuleError } from './date-rules';
import {
  ANSVAR_GAMMEL_PUNKTER,
  ansvarGammelSchema,
  ansvarNySchema,
  avsluttetSchema,
  avvistFunnSchema,
  boligSchema,
  brukerprofilUtkastSchema,
  type ExchangeState,
  kandidatSchema,
  moteEtterJaSchema,
  motePlanSchema,
  moteSchema,
  overforingsmoteSchema,
  PLANNED_MEETINGS,
  svarSchema,
  vedtakSchema,
  visningPlanSchema,
  VISNING_AVSLAGSGRUNNER,
} from './model';
import { factOfAction, stepOfFact } from './ownership';
import { isoDate, requiredText, text } from './primitives';
import {
  completionBlocker,
  dependenciesMet,
  isProfileComplete,
  overforingsmoteMayBeSkipped,
  type StepId,
  stepStatuses,
  visningAccepted,
} from './workflow';

/** Every change a coordinator can make to an exchange. One action, one history event. */
export const exchangeActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('kandidat.lagre'), kandidat: kandidatSchema }),
  z.object({
    type: z.literal('brukerprofil.lagre'),
    profil: brukerprofilUtkastSchema,
    avvisteFunn: z.array(avvistFunnSchema).max(100),
  }),
  z.object({ type: z.literal('brukerprofil.sendt'), dato: isoDate }),
  z.object({ type: z.literal('mote.planlegg'), steg: z.enum(PLANNED_MEETINGS), plan: motePlanSchema }),
  z.object({ type: z.literal('avklaringsmote.holdt'), mote: moteSchema }),
  z.object({
    type: z.literal('steg.hopp_over'),
    steg: z.enum(['avklaringsmote', 'mote_etter_ja']),
    grunn: requiredText(1000, 'Begrunnelsen'),
    dato: isoDate,
  }),
  z.object({ type: z.literal('svar.registrer'), svar: svarSchema }),
  z.object({ type: z.literal('mote_etter_ja.holdt'), mote: moteEtterJaSchema }),
  z.object({ type: z.literal('tildeling.soknad'), dato: isoDate }),
  z.object({ type: z.literal('tildeling.vedtak'), vedtak: vedtakSchema }),
  z.object({ type: z.literal('tildeling.bolig'), bolig: boligSchema }),
  z.object({ type: z.literal('tildeling.tildelt'), dato: isoDate }),
  z.object({ type: z.literal('visning.planlegg'), plan: visningPlanSchema }),
  z.object({
    type: z.literal('visning.utfall'),
    utfall: z.enum(['akseptert', 'avslatt']),
    grunnKode: z.enum(VISNING_AVSLAGSGRUNNER, { error: FIELD_REFUSALS.visningGrunnKode }).optional(),
    grunn: text(1000),
    dato: isoDate,
  }),
  z.object({ type: z.literal('overforingsmote.registrer'), overforingsmote: overforingsmoteSchema }),
  z.object({ type: z.literal('ansvar_gammel.lagre'), ansvar: ansvarGammelSchema }),
  z.object({ type: z.literal('ansvar_ny.lagre'), ansvar: ansvarNySchema }),
  z.object({ type: z.literal('avslutt'), avsluttet: avsluttetSchema }),
  z.object({ type: z.literal('gjenapne'), grunn: requiredText(1000, 'Begrunnelsen') }),
]);
export type ExchangeAction = z.infer<typeof exchangeActionSchema>;
export type ExchangeActionType = ExchangeAction['type'];

export interface ActionContext {
  today: string;
  /** Days within which a clarification meeting counts as recent (default 30). */
  recentMeetingDays: number;
  /** Identifier findings in the profile's free text that are not dismissed. */
  openProfileFindings: (s: ExchangeState) => number;
}

/** The step an action belongs to: what the history shows and what its dependencies are. */
export function stepOfAction(a: ExchangeAction): StepId {
  const fact = factOfAction(a);
  if (fact !== null) return stepOfFact(fact);
  // What never leaves the installation: the candidate, and the profile's drafts.
  return a.type === 'kandidat.lagre' ? 'kandidat' : 'brukerprofil';
}

function refuse(message?: string): never {
  throw new AppError('STEG_IKKE_KLART', message);
}

function requireOrder(cond: boolean, message: string): void {
  if (!cond) refuse(message);
}

/**
 * Applies one action to an exchange and returns the new state, or throws an AppError that
 * says, in Norwegian, why the routine does not allow it. Pure: the caller persists.
 */
export function applyAction(s: ExchangeState, a: ExchangeAction, ctx: ActionContext): ExchangeState {
  const next = applyStep(s, a, ctx);
  // The dates must hold as facts (date-rules.ts), whichever step the action belongs to.
  const broken = dateRuleError(s, next, a.type, ctx.today);
  if (broken) throw broken;
  return next;
}

function applyStep(s: ExchangeState, a: ExchangeAction, ctx: ActionContext): ExchangeState {
  if (s.avsluttet && a.type !== 'gjenapne') throw new AppError('BYTTE_AVSLUTTET');
  const step = stepOfAction(a);
  if (!dependenciesMet(step, s)) refuse();
  const st = stepStatuses(s);

  switch (a.type) {
    case 'kandidat.lagre':
      return { ...s, kandidat: a.kandidat };

    case 'brukerprofil.lagre':
      if (s.brukerprofil?.sendtDato) {
        throw new AppError('KAN_IKKE_ENDRES', EXCHANGE_REFUSALS.profilSendt);
      }
      return { ...s, brukerprofil: { profil: a.profil, avvisteFunn: a.avvisteFunn } };

    case 'brukerprofil.sendt': {
      const profil = s.brukerprofil?.profil;
      if (!isProfileComplete(profil)) throw new AppError('PROFIL_UFULLSTENDIG');
      if (ctx.openProfileFindings(s) > 0) throw new AppError('PROFIL_HAR_FUNN');
      if (s.svar) throw new AppError('KAN_IKKE_ENDRES');
      return { ...s, brukerprofil: { ...s.brukerprofil!, sendtDato: a.dato } };
    }

    case 'mote.planlegg': {
      const registered =
        a.steg === 'avklaringsmote'
          ? s.avklaringsmote || s.svar
          : a.steg === 'mote_etter_ja'
            ? s.moteEtterJa
            : s.overforingsmote;
      if (registered) throw new AppError('KAN_IKKE_ENDRES', EXCHANGE_REFUSALS.moteRegistrert);
      return { ...s, moteplaner: { ...s.moteplaner, [a.steg]: a.plan } };
    }

    case 'avklaringsmote.holdt':
      if (s.svar) throw new AppError('KAN_IKKE_ENDRES', EXCHANGE_REFUSALS.avklaringsmoteEtterSvar);
      return { ...s, avklaringsmote: { mote: a.mote } };

    case 'steg.hopp_over':
      if (a.steg === 'avklaringsmote') {
        if (s.svar) throw new AppError('KAN_IKKE_ENDRES');
        return { ...s, avklaringsmote: { hoppetOver: { grunn: a.grunn, dato: a.dato } } };
      }
      if (s.moteEtterJa?.mote) throw new AppError('KAN_IKKE_ENDRES', EXCHANGE_REFUSALS.moteHoldt);
      return { ...s, moteEtterJa: { hoppetOver: { grunn: a.grunn, dato: a.dato } } };

    case 'svar.registrer': {
      const started = s.tildeling?.soknadDato || s.moteEtterJa;
      if (started && a.svar.svar === 'nei') {
        throw new AppError('KAN_IKKE_ENDRES', EXCHANGE_REFUSALS.neiEtterStart);
      }
      const next: ExchangeState = { ...s, svar: a.svar };
      if (a.svar.svar === 'nei') {
        next.avsluttet = { utfall: 'avslatt', dato: a.svar.dato, grunn: a.svar.kommentar };
      }
      return next;
    }

    case 'mote_etter_ja.holdt':
      return { ...s, moteEtterJa: { mote: a.mote } };

    case 'tildeling.soknad':
      if (s.tildeling?.vedtak) throw new AppError('KAN_IKKE_ENDRES', EXCHANGE_REFUSALS.soknadEtterVedtak);
      return { ...s, tildeling: { ...s.tildeling, soknadDato: a.dato } };

    case 'tildeling.vedtak': {
      const t = s.tildeling ?? {};
      requireOrder(!!t.soknadDato, EXCHANGE_REFUSALS.soknadForst);
      if (t.bolig) throw new AppError('KAN_IKKE_ENDRES', EXCHANGE_REFUSALS.vedtakEtterBolig);
      return { ...s, tildeling: { ...t, vedtak: a.vedtak } };
    }

    case 'tildeling.bolig': {
      const t = s.tildeling ?? {};
      requireOrder(t.vedtak?.resultat === 'innvilget', EXCHANGE_REFUSALS.vedtakForst);
      if (t.tildeltDato) throw new AppError('KAN_IKKE_ENDRES', EXCHANGE_REFUSALS.boligTildelt);
      return { ...s, tildeling: { ...t, bolig: a.bolig } };
    }

    case 'tildeling.tildelt': {
      const t = s.tildeling ?? {};
      requireOrder(!!t.bolig, EXCHANGE_REFUSALS.boligForst);
      if (st.visning === 'done') throw new AppError('KAN_IKKE_ENDRES');
      return { ...s, tildeling: { ...t, tildeltDato: a.dato } };
    }

    case 'visning.planlegg':
      if (visningAccepted(s)) throw new AppError('KAN_IKKE_ENDRES', EXCHANGE_REFUSALS.boligAkseptert);
      return { ...s, visning: { runder: s.visning?.runder ?? [], planlagt: a.plan } };

    case 'visning.utfall': {
      const plan = s.visning?.planlagt;
      const bolig = s.tildeling?.bolig;
      requireOrder(!!plan, EXCHANGE_REFUSALS.visningForst);
      if (visningAccepted(s)) throw new AppError('KAN_IKKE_ENDRES', EXCHANGE_REFUSALS.boligAkseptert);
      if (a.utfall === 'avslatt' && !a.grunnKode) {
        throw new AppError('UGYLDIG_INNDATA', undefined, [{ path: 'grunnKode', message: FIELD_REFUSALS.visningGrunnKode }]);
      }
      if (a.utfall === 'avslatt' && a.grunnKode === 'annet' && !a.grunn) {
        throw new AppError('UGYLDIG_INNDATA', undefined, [{ path: 'grunn', message: FIELD_REFUSALS.visningGrunn }]);
      }
      const grunnKode = a.utfall === 'avslatt' ? { grunnKode: a.grunnKode } : {};
      const runde = { ...plan!, bolig: bolig!, utfall: a.utfall, ...grunnKode, grunn: a.grunn, registrertDato: a.dato };
      const visning = { runder: [...(s.visning?.runder ?? []), runde] };
      if (a.utfall === 'akseptert') return { ...s, visning };
      // Declined: the routine goes back to 6c, the new district finds another dwelling.
      const { bolig: _declined, tildeltDato: _allocated, ...rest } = s.tildeling ?? {};
      return { ...s, visning, tildeling: rest };
    }

    case 'overforingsmote.registrer':
      if (
        a.overforingsmote.type === 'ikke_nodvendig' &&
        !overforingsmoteMayBeSkipped(s, ctx.today, ctx.recentMeetingDays)
      ) {
        refuse(
          EXCHANGE_REFUSALS.overforingsmoteTrengs(ctx.recentMeetingDays),
        );
      }
      return { ...s, overforingsmote: a.overforingsmote };

    case 'ansvar_gammel.lagre': {
      const punkter = { ...a.ansvar.punkter };
      for (const p of ANSVAR_GAMMEL_PUNKTER) punkter[p] ??= { status: 'apen' };
      return { ...s, ansvarGammel: { ...a.ansvar, punkter } };
    }

    case 'ansvar_ny.lagre':
      return { ...s, ansvarNy: a.ansvar };

    case 'avslutt':
      if (a.avsluttet.utfall === 'gjennomfort') {
        const blocker = completionBlocker(s);
        if (blocker === 'valgfritt_steg') {
          throw new AppError(
            'IKKE_KLAR_FOR_AVSLUTNING',
            EXCHANGE_REFUSALS.moteEtterJaPagar,
          );
        }
        if (blocker) throw new AppError('IKKE_KLAR_FOR_AVSLUTNING');
      }
      if (a.avsluttet.utfall === 'avslatt') {
        refuse(EXCHANGE_REFUSALS.avslattGjennomSvar);
      }
      if (a.avsluttet.utfall !== 'gjennomfort' && !a.avsluttet.grunn) {
        throw new AppError('UGYLDIG_INNDATA', undefined, [{ path: 'grunn', message: FIELD_REFUSALS.begrunnelse }]);
      }
      return { ...s, avsluttet: a.avsluttet };

    case 'gjenapne': {
      if (!s.avsluttet) throw new AppError('BYTTE_ER_AKTIVT');
      const { avsluttet, ...rest } = s;
      // Reopening a refusal means the new district reconsiders: its answer is open again.
      if (avsluttet.utfall === 'avslatt') {
        const { svar: _svar, ...withoutSvar } = rest;
        return withoutSvar;
      }
      return rest;
    }
  }
}

export type ActionPayload<T extends ExchangeActionType> = Omit<Extract<ExchangeAction, { type: T }>, 'type'>;

/** The schema of one action without its `type`: what a step's form holds. */
export function actionPayloadSchema<T extends ExchangeActionType>(type: T): z.ZodType<ActionPayload<T>> {
  const option = exchangeActionSchema.options.find((o) => o.shape.type.value === type);
  if (!option) throw new Error(`unknown action ${type}`);
  return (option as z.ZodObject).omit({ type: true }) as unknown as z.ZodType<ActionPayload<T>>;
}
