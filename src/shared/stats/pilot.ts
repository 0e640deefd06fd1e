import { DECLINED_REASONS, type DurationMeasure, DURATION_MEASURES, type Pilot } from '../contract-stats';
import { AVSLAGSGRUNNER, UTFALL, type Utfall, VISNING_AVSLAGSGRUNNER, type VisningAvslagsgrunn } from '../exchange/model';
import { spreadOf } from './percentiles';
import { suppressCount, suppressParts, suppressSpread } from './suppression';

type Reason = (typeof AVSLAGSGRUNNER)[number];

/** Raw counts and durations for one period, straight from the database. Never leaves main. */
export interface PilotRaw {
  started: number;
  closedByOutcome: Partial<Record<Utfall, number>>;
  /** Whole days per case, for each measure. */
  durations: Record<DurationMeasure, readonly number[]>;
  refusalsByReason: Partial<Record<Reason, number>>;
  declinedViewings: number;
  exchangesWithDeclinedViewings: number;
  /** Declined viewings per coded reason; those registered before the codes are in no reason. */
  declinedByReason: Partial<Record<VisningAvslagsgrunn, number>>;
}

/** The pilot's figures, with every small group hidden. */
export function pilotFigures(raw: PilotRaw): Pilot {
  const closedCounts = UTFALL.map((u) => raw.closedByOutcome[u] ?? 0);
  const closed = suppressParts(closedCounts, closedCounts.reduce((a, b) => a + b, 0));
  const reasonCounts = AVSLAGSGRUNNER.map((r) => raw.refusalsByReason[r] ?? 0);
  const refusals = suppressParts(reasonCounts, reasonCounts.reduce((a, b) => a + b, 0));
  // The uncoded rest is a part of its own, so a hidden reason cannot be worked out from the total.
  const coded = VISNING_AVSLAGSGRUNNER.map((r) => raw.declinedByReason[r] ?? 0);
  const uncoded = raw.declinedViewings - coded.reduce((a, b) => a + b, 0);
  const declined = suppressParts([...coded, uncoded], raw.declinedViewings);
  return {
    started: suppressCount(raw.started),
    outcomes: UTFALL.map((outcome, i) => ({ outcome, count: closed.parts[i]! })),
    closed: closed.total,
    durations: DURATION_MEASURES.map((measure) => ({ measure, ...suppressSpread(spreadOf(raw.durations[measure])) })),
    refusals: { total: refusals.total, reasons: AVSLAGSGRUNNER.map((reason, i) => ({ reason, count: refusals.parts[i]! })) },
    declinedViewings: {
      viewings: declined.total,
      exchanges: suppressCount(raw.exchangesWithDeclinedViewings),
      reasons: DECLINED_REASONS.map((reason, i) => ({ reason, count: declined.parts[i]! })),
    },
  };
}
