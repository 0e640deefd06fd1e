import { osloToday } from '../../shared/exchange/primitives';
import { readyToComplete } from '../../shared/exchange/workflow';
import { formatDate } from '../../shared/i18n/format';
import { UTFALL_LABELS } from '../../shared/i18n/labels';
import { groupAt, RadioGroup, TextAreaField, TextField } from '../components/fields';
import { StepForm } from '../components/StepForm';
import { t } from '../i18n/nb';
import { Facts, WhatNext } from './common';
import { type StepProps, useActionForm } from './use-act';

const avsluttet = t.steps.avsluttet;

function CloseForm(props: StepProps) {
  const ready = readyToComplete(props.detail.state);
  const closing = useActionForm('avslutt', props, {
    avsluttet: { utfall: ready ? 'gjennomfort' : 'trukket', dato: osloToday(), grunn: '' },
  });
  const outcome = groupAt(closing.form, 'avsluttet');
  const choices = [
    ...(ready ? [{ value: 'gjennomfort', label: avsluttet.gjennomfort }] : []),
    { value: 'trukket', label: avsluttet.trukket },
    { value: 'avbrutt', label: avsluttet.avbrutt },
  ];
  return (
    <StepForm form={closing} label={avsluttet.avslutt} submitLabel={avsluttet.avslutt}>
      <RadioGroup form={outcome} name="utfall" label={t.common.utfall} required choices={choices} />
      <TextField form={outcome} name="dato" label={t.common.dato} type="date" required />
      <TextAreaField form={outcome} name="grunn" label={t.common.begrunnelse} help={avsluttet.begrunnelseHjelp} rows={3} />
    </StepForm>
  );
}

function ReopenForm(props: StepProps) {
  const reopening = useActionForm('gjenapne', props, { grunn: '' });
  return (
    <StepForm form={reopening} label={avsluttet.gjenapneByttet} submitLabel={avsluttet.gjenapneByttet}>
      <TextAreaField form={reopening.form} name="grunn" label={avsluttet.hvorforGjenapne} required rows={3} />
    </StepForm>
  );
}

/** Step 11: the outcome. Any exchange may be withdrawn or stopped; a closed one reopened with a reason. */
export function AvsluttetStep(props: StepProps) {
  const closed = props.detail.state.avsluttet;
  if (closed) {
    return (
      <>
        <Facts
          items={[
            [t.common.utfall, UTFALL_LABELS[closed.utfall]],
            [t.common.dato, formatDate(closed.dato)],
            [t.common.begrunnelse, closed.grunn],
          ]}
        />
        <h3>{avsluttet.gjenapne}</h3>
        <ReopenForm {...props} />
      </>
    );
  }
  return (
    <>
      <p>{readyToComplete(props.detail.state) ? avsluttet.klar : avsluttet.ikkeKlar}</p>
      <CloseForm {...props} />
      <WhatNext>{avsluttet.neste}</WhatNext>
    </>
  );
}
