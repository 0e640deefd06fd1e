import { FACT_KEYS, type FactKey } from '../../shared/exchange/ownership';
import type { StepId } from '../../shared/exchange/workflow';
import { t } from '../i18n/nb';
import { AnsvarGammelStep } from './AnsvarGammelStep';
import { AnsvarNyStep } from './AnsvarNyStep';
import { AvsluttetStep } from './AvsluttetStep';
import { BrukerprofilStep } from './BrukerprofilStep';
import { KandidatStep } from './KandidatStep';
import { MoteStep } from './MoteStep';
import { OverforingsmoteStep } from './OverforingsmoteStep';
import { OwnedBy } from './OwnedBy';
import { SvarStep } from './SvarStep';
import { TildelingStep } from './TildelingStep';
import type { StepProps } from './use-act';
import { VisningStep } from './VisningStep';

/** The step's own fact, when the whole step is one (tildeling's parts are each a fact, shown there). */
function factOfStep(step: StepId): FactKey | null {
  return (FACT_KEYS as readonly string[]).includes(step) ? (step as FactKey) : null;
}

/** The screen of one step; a step whose dependencies are not done says so instead. */
export function StepPanel({ step, ...props }: StepProps & { step: StepId }) {
  const status = props.detail.statuses[step];
  if (status === 'waiting' && step !== 'avsluttet' && !props.detail.state.avsluttet) {
    return <p data-testid="steg-venter">{t.exchange.venter}</p>;
  }
  const fact = factOfStep(step);
  return (
    <>
      {fact && <OwnedBy detail={props.detail} fact={fact} />}
      <StepScreen step={step} {...props} />
    </>
  );
}

function StepScreen({ step, ...props }: StepProps & { step: StepId }) {
  switch (step) {
    case 'kandidat':
      return <KandidatStep {...props} />;
    case 'brukerprofil':
      return <BrukerprofilStep {...props} />;
    case 'avklaringsmote':
      return <MoteStep {...props} kind="avklaringsmote" />;
    case 'svar':
      return <SvarStep {...props} />;
    case 'mote_etter_ja':
      return <MoteStep {...props} kind="mote_etter_ja" />;
    case 'tildeling':
      return <TildelingStep {...props} />;
    case 'visning':
      return <VisningStep {...props} />;
    case 'overforingsmote':
      return <OverforingsmoteStep {...props} />;
    case 'ansvar_gammel':
      return <AnsvarGammelStep {...props} />;
    case 'ansvar_ny':
      return <AnsvarNyStep {...props} />;
    case 'avsluttet':
      return <AvsluttetStep {...props} />;
  }
}
