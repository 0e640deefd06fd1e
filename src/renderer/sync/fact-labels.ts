import { type FactKey } from '../../shared/exchange/ownership';
import { STEPS, type StepId, type TildelingSubstep } from '../../shared/exchange/workflow';
import { STEP_LABELS } from '../../shared/i18n/labels';
import { t } from '../i18n/nb';

const ps = t.partnerSync;

/** The step whose screen shows a fact: the fact's own name, or the part before the dot (tildeling.vedtak). */
export function stepOfFact(fact: FactKey): StepId {
  return fact.split('.')[0] as StepId;
}

/** A fact as the coordinator knows it: the step's label, with the part of tildeling where there is one. */
export function factLabel(fact: FactKey): string {
  const [step, sub] = fact.split('.') as [StepId, TildelingSubstep | undefined];
  return sub ? `${STEP_LABELS[step]} (${ps.tildeling[sub]})` : STEP_LABELS[step];
}

/** sharedFacts (src/shared/sync/shared-facts.ts) names its parts in camelCase: moteEtterJa is the step mote_etter_ja. */
const STEP_BY_SHARED_KEY = new Map<string, StepId>(STEPS.map((s) => [s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), s]));

/** A top-level name of the shared facts (sync.status `differing`) in words. */
export function sharedFactLabel(key: string): string {
  const step = STEP_BY_SHARED_KEY.get(key);
  return step ? STEP_LABELS[step] : (ps.andreOpplysninger[key] ?? key);
}
