import { osloToday } from '../../shared/exchange/primitives';
import { readyToComplete } from '../../shared/exchange/workflow';
import { formatDate } from '../../shared/i18n/format';
import { UTFALL_LABELS } from '../../shared/i18n/labels';
import { ErrorSummary } from '../components/ErrorSummary';
import { RadioGroup, TextAreaField, TextField } from '../components/fields';
import { Facts, Submit, WhatNext } from './common';
import { type StepProps, useActionForm } from './use-act';

function CloseForm(props: StepProps) {
  const ready = readyToComplete(props.detail.state);
  const f = useActionForm('avslutt', props, {
    avsluttet: { utfall: ready ? 'gjennomfort' : 'trukket', dato: osloToday(), grunn: '' },
  });
  const choices = [
    ...(ready ? [{ value: 'gjennomfort', label: 'Gjennomført – personen er overført til ny bydel' }] : []),
    { value: 'trukket', label: 'Trukket – personen ønsker ikke lenger bytte' },
    { value: 'avbrutt', label: 'Avbrutt – byttet stoppes av en annen grunn' },
  ];
  return (
    <form className="bo-form" noValidate onSubmit={f.onSubmit} aria-label="Avslutt byttet">
      <ErrorSummary items={f.summary} serverMessage={f.serverError} attempt={f.attempt} />
      <RadioGroup form={f.form} name="avsluttet.utfall" label="Utfall" required choices={choices} />
      <TextField form={f.form} name="avsluttet.dato" label="Dato" type="date" required />
      <TextAreaField form={f.form} name="avsluttet.grunn" label="Begrunnelse" help="Må fylles ut når byttet trekkes eller avbrytes." rows={3} />
      <Submit busy={f.submitting}>Avslutt byttet</Submit>
    </form>
  );
}

function ReopenForm(props: StepProps) {
  const f = useActionForm('gjenapne', props, { grunn: '' });
  return (
    <form className="bo-form" noValidate onSubmit={f.onSubmit} aria-label="Gjenåpne byttet">
      <ErrorSummary items={f.summary} serverMessage={f.serverError} attempt={f.attempt} />
      <TextAreaField form={f.form} name="grunn" label="Hvorfor gjenåpnes byttet?" required rows={3} />
      <Submit busy={f.submitting}>Gjenåpne byttet</Submit>
    </form>
  );
}

/** Step 11: the outcome. Any exchange may be withdrawn or stopped; a closed one reopened with a reason. */
export function AvsluttetStep(props: StepProps) {
  const a = props.detail.state.avsluttet;
  if (a) {
    return (
      <>
        <Facts
          items={[
            ['Utfall', UTFALL_LABELS[a.utfall]],
            ['Dato', formatDate(a.dato)],
            ['Begrunnelse', a.grunn],
          ]}
        />
        <h3>Gjenåpne</h3>
        <ReopenForm {...props} />
      </>
    );
  }
  return (
    <>
      <p>
        {readyToComplete(props.detail.state)
          ? 'Alle steg er ferdige. Avslutt byttet som gjennomført.'
          : 'Byttet kan trekkes eller avbrytes når som helst, med en begrunnelse. Det kan avsluttes som gjennomført når overføringen er registrert og sjekklistene er ferdige.'}
      </p>
      <CloseForm {...props} />
      <WhatNext>Et avsluttet bytte vises under «Avsluttede» i oversikten og kan gjenåpnes med en begrunnelse.</WhatNext>
    </>
  );
}
