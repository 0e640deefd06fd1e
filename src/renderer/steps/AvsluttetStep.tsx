import { osloToday } from '../../shared/exchange/primitives';
import { readyToComplete } from '../../shared/exchange/workflow';
import { formatDate } from '../../shared/i18n/format';
import { UTFALL_LABELS } from '../../shared/i18n/labels';
import { ErrorSummary } from '../components/ErrorSummary';
import { RadioGroup, TextAreaField, TextField } from '../components/fields';
import { t } from '../i18n/nb';
import { Facts, Submit, WhatNext } from './common';
import { type StepProps, useActionForm } from './use-act';

const a = t.steps.avsluttet;

function CloseForm(props: StepProps) {
  const ready = readyToComplete(props.detail.state);
  const f = useActionForm('avslutt', props, {
    avsluttet: { utfall: ready ? 'gjennomfort' : 'trukket', dato: osloToday(), grunn: '' },
  });
  const choices = [
    ...(ready ? [{ value: 'gjennomfort', label: a.gjennomfort }] : []),
    { value: 'trukket', label: a.trukket },
    { value: 'avbrutt', label: a.avbrutt },
  ];
  return (
    <form className="bo-form" noValidate onSubmit={f.onSubmit} aria-label={a.avslutt}>
      <ErrorSummary items={f.summary} serverMessage={f.serverError} attempt={f.attempt} />
      <RadioGroup form={f.form} name="avsluttet.utfall" label={t.common.utfall} required choices={choices} />
      <TextField form={f.form} name="avsluttet.dato" label={t.common.dato} type="date" required />
      <TextAreaField form={f.form} name="avsluttet.grunn" label={t.common.begrunnelse} help={a.begrunnelseHjelp} rows={3} />
      <Submit busy={f.submitting}>{a.avslutt}</Submit>
    </form>
  );
}

function ReopenForm(props: StepProps) {
  const f = useActionForm('gjenapne', props, { grunn: '' });
  return (
    <form className="bo-form" noValidate onSubmit={f.onSubmit} aria-label={a.gjenapneByttet}>
      <ErrorSummary items={f.summary} serverMessage={f.serverError} attempt={f.attempt} />
      <TextAreaField form={f.form} name="grunn" label={a.hvorforGjenapne} required rows={3} />
      <Submit busy={f.submitting}>{a.gjenapneByttet}</Submit>
    </form>
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
        <h3>{a.gjenapne}</h3>
        <ReopenForm {...props} />
      </>
    );
  }
  return (
    <>
      <p>{readyToComplete(props.detail.state) ? a.klar : a.ikkeKlar}</p>
      <CloseForm {...props} />
      <WhatNext>{a.neste}</WhatNext>
    </>
  );
}
