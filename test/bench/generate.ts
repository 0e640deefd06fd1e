import { applyAction, type ExchangeAction, stepOfAction } from '../../src/shared/exchange/actions';
import { describeAction } from '../../src/shared/exchange/describe';
import type { ExchangeState } from '../../src/shared/exchange/model';
import { addDays, daysBetween } from '../../src/shared/exchange/primitives';
import type { DistrictId } from '../../src/shared/districts';
import type { Settings } from '../../src/shared/settings';
import { actorOf, incomingKandidat, indexOf, newReference } from '../../src/main/handlers/exchange-state';
import { exchangeColumns } from '../../src/main/repositories/exchange-repository';
import { kandidat } from '../support/fixtures';
import { rng, type Rng } from './random';
import { realisticRoutine } from './routine';

/** The row of `exchanges` and its `events`, as the repository would have written them. */
export interface SeedRow {
  exchange: { reference: string; direction: string; createdAt: string; updatedAt: string } & ReturnType<typeof exchangeColumns>;
  events: { at: string; actor: string; action: string; step: string | null; summary: string }[];
}

export interface SeedPlan {
  settings: Settings;
  exchanges: number;
  events: number;
  /** The bench's "today": exchanges started near it are still under way. */
  today: string;
  firstDay: string;
}

// The pilot pair exchanges most; every other district some.
const PARTNERS = (us: DistrictId): [DistrictId, number][] =>
  (['grunerlokka', 'alna', 'bjerke', 'frogner', 'gamle-oslo', 'grorud', 'nordre-aker', 'nordstrand', 'sagene', 'st-hanshaugen', 'sondre-nordstrand', 'ullern', 'vestre-aker', 'ostensjo', 'stovner'] as DistrictId[])
    .filter((d) => d !== us)
    .map((d, i) => [d, i === 0 ? 30 : 5]);

const MALGRUPPER: [ExchangeState['kandidat']['malgruppe'], number][] = [
  [['rus'], 3],
  [['psykisk_helse'], 3],
  [['rus', 'psykisk_helse'], 4],
  [['rus', 'psykisk_helse', 'tilleggsproblematikk'], 1],
];

/** A weekday working hour in Oslo, as the UTC instant the app would store. */
function instant(r: Rng, date: string): string {
  return `${date}T${String(r.int(6, 14)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}.000Z`;
}

/**
 * Exchange number i of the plan: a start day spread over the years (more in later ones), a
 * partner, a direction, and the routine up to the plan's today, run through the real reducer.
 * `eventsSoFar` steers the profile drafts so the plan's event total comes out right.
 */
export function seedRow(plan: SeedPlan, i: number, eventsSoFar: number): SeedRow {
  const r = rng(0x5eed + i * 7919);
  const span = daysBetween(plan.firstDay, plan.today);
  // Square root: later years have more exchanges, as a growing scheme would.
  const start = addDays(plan.firstDay, Math.floor(Math.sqrt(r.next()) * span));
  const partner = r.weighted(PARTNERS(plan.settings.district));
  const direction = r.chance(0.5) ? 'utgaende' : 'innkommende';
  const us = plan.settings.district;
  const malgruppe = r.weighted(MALGRUPPER);
  const reference = newReference(Buffer.from(Array.from({ length: 8 }, () => r.int(0, 255))));
  let state: ExchangeState = {
    reference,
    direction,
    oldDistrict: direction === 'utgaende' ? us : partner,
    newDistrict: direction === 'utgaende' ? partner : us,
    kandidat: direction === 'utgaende' ? { ...kandidat, malgruppe, samtykkeDato: start } : incomingKandidat(malgruppe),
  };

  const target = Math.round(((i + 1) * plan.events) / plan.exchanges) - eventsSoFar;
  const fixedEvents = 22; // a complete routine without drafts, roughly
  const drafts = Math.max(1, Math.min(40, target - fixedEvents + r.int(-3, 3)));
  const whole = realisticRoutine(r, start, drafts);
  const done = whole.findIndex((a) => a.date > plan.today);
  const routine = done < 0 ? whole : whole.slice(0, done);
  // A short routine (refused, withdrawn, or still early) gets its share of drafts back.
  const extra = Math.max(0, target - 1 - routine.length);
  const firstDrafts = Array.from({ length: Math.min(extra, 40) }, () => routine[0]!).filter((a) => a.action.type === 'brukerprofil.lagre');
  const actions = [...firstDrafts, ...routine];

  const actor = actorOf(plan.settings);
  const createdAt = instant(r, start);
  const events: SeedRow['events'] = [
    { at: createdAt, actor, action: 'opprettet', step: 'kandidat', summary: direction === 'utgaende' ? 'Kandidat for bytte registrert.' : 'Innkommende bytte registrert etter melding fra gammel bydel.' },
  ];
  let last = createdAt;
  for (const { date, action } of actions) {
    state = applyAction(state, action as ExchangeAction, { today: date, recentMeetingDays: 30, openProfileFindings: () => 0 });
    const at = instant(r, date);
    last = at > last ? at : last;
    events.push({ at: last, actor, action: action.type, step: stepOfAction(action), summary: describeAction(action, state) });
  }
  const index = indexOf(state, last, plan.settings);
  return {
    exchange: { reference, direction, createdAt, updatedAt: last, ...exchangeColumns(state, index) },
    events,
  };
}
