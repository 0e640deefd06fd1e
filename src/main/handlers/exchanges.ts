import type { DistrictId } from '../../shared/districts';
import { AppError } from '../../shared/errors';
import { EXCHANGE_REFUSALS } from '../../shared/i18n/refusals';
import { HISTORY_TEXTS } from '../../shared/i18n/history';
import { type ActionContext, applyAction, type ExchangeAction, stepOfAction } from '../../shared/exchange/actions';
import { describeAction } from '../../shared/exchange/describe';
import type { ExchangeState } from '../../shared/exchange/model';
import { factOfAction, mayEnter, ourParty, refuseNotOurs, withRegistrant } from '../../shared/exchange/ownership';
import { osloToday } from '../../shared/exchange/primitives';
import { openProfileFindingCount } from '../../shared/privacy/profile-findings';
import type { Settings } from '../../shared/settings';
import { crossingOf } from '../../shared/sync/apply';
import { partnerPaired } from '../sync/outgoing';
import { actorOf, incomingKandidat, indexOf, newReference, toDetail } from './exchange-state';
import { type HandlerContext, type Handlers, requireSetup } from './types';

function requireActivePartner(ctx: HandlerContext, settings: Settings, partner: DistrictId): void {
  if (partner === settings.district) throw new AppError('SAMME_BYDEL', EXCHANGE_REFUSALS.partnerErEgenBydel);
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

/**
 * With a paired partner, each side enters only the facts it owns (src/shared/exchange/ownership.ts);
 * the rest arrives in the partner's updates. Without one, the partner does not use the app with
 * us, and the coordinator records what the partner district reports.
 */
function refuseUnlessOurs(ctx: HandlerContext, s: ExchangeState, action: ExchangeAction): void {
  if (!partnerPaired(ctx, s) || mayEnter(s, action)) return;
  const fact = factOfAction(action);
  if (fact === null) throw new AppError('KAN_IKKE_ENDRES', EXCHANGE_REFUSALS.eiesAvGammelBydel);
  refuseNotOurs(s, fact);
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
    return createExchange(ctx, settings, state, HISTORY_TEXTS.kandidatOpprettet);
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
    return createExchange(ctx, settings, state, HISTORY_TEXTS.innkommendeOpprettet);
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
    refuseUnlessOurs(ctx, stored.state, input.action);
    const now = ctx.now();
    const party = ourParty(stored.state);
    const next = withRegistrant(applyAction(stored.state, input.action, actionContext(settings, now)), input.action, party);
    const at = now.toISOString();
    const actor = actorOf(settings);
    const crossing = crossingOf(input.action, next);
    // The change, its history event and its place in the next update to the partner, together.
    const state = ctx.db.transaction(() => {
      // The repository re-checks the reducer's output, so no invalid document is ever stored.
      const written = ctx.exchanges.update(input.id, next, indexOf(next, at, settings), {
        at,
        actor,
        action: input.action.type,
        step: stepOfAction(input.action),
        summary: describeAction(input.action, next),
      });
      if (crossing) ctx.sync.enqueue(input.id, { at, actor, action: crossing });
      return written;
    })();
    // What was just written, without reading and parsing it back.
    return toDetail({ id: input.id, state, createdAt: stored.createdAt, updatedAt: at }, settings, now);
  },
} satisfies Partial<Handlers>;
