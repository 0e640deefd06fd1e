import type { DistrictId } from '../../shared/districts';
import { AppError } from '../../shared/errors';
import { type ActionContext, applyAction, stepOfAction } from '../../shared/exchange/actions';
import { describeAction } from '../../shared/exchange/describe';
import type { ExchangeState } from '../../shared/exchange/model';
import { osloToday } from '../../shared/exchange/primitives';
import { openProfileFindingCount } from '../../shared/privacy/profile-findings';
import type { Settings } from '../../shared/settings';
import { actorOf, incomingKandidat, indexOf, newReference, toDetail } from './exchange-state';
import { type HandlerContext, type Handlers, requireSetup } from './types';

function requireActivePartner(ctx: HandlerContext, settings: Settings, partner: DistrictId): void {
  if (partner === settings.district) throw new AppError('SAMME_BYDEL', 'Partnerbydelen må være en annen bydel enn din egen.');
  if (!ctx.pairs.isActive(settings.district, partner)) throw new AppError('IKKE_AKTIVT_PAR');
}

export function load(ctx: HandlerContext, id: number) {
  const stored = ctx.exchanges.get(id);
  if (!stored) throw new AppError('BYTTE_FINNES_IKKE');
  return stored;
}

function createExchange(ctx: HandlerContext, settings: Settings, state: ExchangeState, summary: string) {
  const at = ctx.now().toISOString();
  const id = ctx.exchanges.create(state, indexOf(state, at, settings), {
    at,
    actor: actorOf(settings),
    action: 'opprettet',
    step: 'kandidat',
    summary,
  });
  return toDetail(load(ctx, id), settings, ctx.now());
}

function uniqueReference(ctx: HandlerContext): string {
  for (;;) {
    const ref = newReference(ctx.randomBytes(8));
    if (ctx.exchanges.idByReference(ref) === null) return ref;
  }
}

/** What the reducer needs to know besides the state: today, the settings, the identifier check. */
export function actionContext(settings: Settings, now: Date): ActionContext {
  return {
    today: osloToday(now),
    recentMeetingDays: settings.deadlines.recentMeetingDays,
    openProfileFindings: (s) =>
      s.brukerprofil ? openProfileFindingCount(s.brukerprofil.profil, s.brukerprofil.avvisteFunn) : 0,
  };
}

export const exchangeHandlers = {
  'exchanges.list': (input, ctx) => {
    requireSetup(ctx);
    return ctx.exchanges.list(input, osloToday(ctx.now()));
  },

  'exchanges.create': (input, ctx) => {
    const settings = requireSetup(ctx);
    requireActivePartner(ctx, settings, input.partnerDistrict);
    const state: ExchangeState = {
      reference: uniqueReference(ctx),
      direction: 'utgaende',
      oldDistrict: settings.district,
      newDistrict: input.partnerDistrict,
      kandidat: input.kandidat,
    };
    return createExchange(ctx, settings, state, 'Kandidat for bytte registrert.');
  },

  'exchanges.registerIncoming': (input, ctx) => {
    const settings = requireSetup(ctx);
    requireActivePartner(ctx, settings, input.partnerDistrict);
    if (ctx.exchanges.idByReference(input.reference) !== null) throw new AppError('REFERANSE_FINNES');
    const state: ExchangeState = {
      reference: input.reference,
      direction: 'innkommende',
      oldDistrict: input.partnerDistrict,
      newDistrict: settings.district,
      kandidat: incomingKandidat(input.malgruppe),
    };
    return createExchange(ctx, settings, state, 'Innkommende bytte registrert etter melding fra gammel bydel.');
  },

  'exchanges.get': (input, ctx) => {
    const settings = requireSetup(ctx);
    // Reading a case is logged too: who opened which exchange, and when.
    const stored = ctx.exchanges.open(input.id);
    if (!stored) throw new AppError('BYTTE_FINNES_IKKE');
    return toDetail(stored, settings, ctx.now());
  },

  'exchanges.history': (input, ctx) => {
    requireSetup(ctx);
    // An exchange is created with its first event and deleted with all of them.
    const events = ctx.exchanges.history(input.id);
    if (events.length === 0) throw new AppError('BYTTE_FINNES_IKKE');
    return events;
  },

  'exchanges.act': (input, ctx) => {
    const settings = requireSetup(ctx);
    const stored = load(ctx, input.id);
    const now = ctx.now();
    const next = applyAction(stored.state, input.action, actionContext(settings, now));
    const at = now.toISOString();
    // The repository re-checks the reducer's output, so no invalid document is ever stored.
    const state = ctx.exchanges.update(input.id, next, indexOf(next, at, settings), {
      at,
      actor: actorOf(settings),
      action: input.action.type,
      step: stepOfAction(input.action),
      summary: describeAction(input.action, next),
    });
    // What was just written, without reading and parsing it back.
    return toDetail({ id: input.id, state, createdAt: stored.createdAt, updatedAt: at }, settings, now);
  },
} satisfies Partial<Handlers>;
