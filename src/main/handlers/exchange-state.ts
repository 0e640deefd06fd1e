import type { ExchangeDetail } from '../../shared/contract';
import { districtName } from '../../shared/districts';
import type { ExchangeState } from '../../shared/exchange/model';
import { nextAction } from '../../shared/exchange/next-action';
import { osloToday } from '../../shared/exchange/primitives';
import { currentStep, partnerDistrict, stepStatuses } from '../../shared/exchange/workflow';
import { instantToOsloDate } from '../../shared/i18n/format';
import { HISTORY_TEXTS } from '../../shared/i18n/history';
import type { Settings } from '../../shared/settings';
import type { ExchangeIndex, StoredExchange } from '../repositories/exchange-repository';

/** The list columns of an exchange, as of a change made at `changedAt`. */
export function indexOf(state: ExchangeState, changedAt: string, settings: Settings): ExchangeIndex {
  const changeDate = instantToOsloDate(changedAt);
  return {
    partnerDistrict: partnerDistrict(state),
    status: state.avsluttet ? 'avsluttet' : 'aktiv',
    outcome: state.avsluttet?.utfall ?? null,
    currentStep: currentStep(state),
    nextAction: nextAction(state, changeDate, changeDate, settings.deadlines),
    closedAt: state.avsluttet ? changedAt : null,
  };
}

export function toDetail(stored: StoredExchange, settings: Settings, now: Date): ExchangeDetail {
  const today = osloToday(now);
  return {
    id: stored.id,
    state: stored.state,
    statuses: stepStatuses(stored.state),
    currentStep: currentStep(stored.state),
    nextAction: nextAction(stored.state, instantToOsloDate(stored.updatedAt), today, settings.deadlines),
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
  };
}

/** The candidate step of an incoming exchange: the old district did it; we know the target group from its profile. */
export function incomingKandidat(malgruppe: ExchangeState['kandidat']['malgruppe']): ExchangeState['kandidat'] {
  return { malgruppe, onskerKommunalBolig: true, samtykke: true, grunner: HISTORY_TEXTS.registrertAvGammelBydel };
}

/** Who did it, as the history shows it: the coordinator and their district. */
export function actorOf(settings: Settings): string {
  return HISTORY_TEXTS.aktor(settings.coordinatorName, districtName(settings.district));
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** BYTTE-XXXX-XXXX: random, so a reference reveals nothing about order or volume. */
export function newReference(bytes: Buffer): string {
  let chars = '';
  for (let i = 0; i < 8; i++) chars += CROCKFORD[bytes[i]! % 32];
  return `BYTTE-${chars.slice(0, 4)}-${chars.slice(4)}`;
}
