import { osloToday } from '../../shared/exchange/primitives';
import { visningAccepted } from '../../shared/exchange/workflow';
import { formatDate, formatWallClock } from '../../shared/i18n/format';
import { BOLIGTYPE_LABELS } from '../../shared/i18n/labels';
import { ErrorSummary } from '../components/ErrorSummary';
import { CheckboxField, RadioGroup, TextAreaField, TextField } from '../components/fields';
import { EditToggle, Facts, isClosed, Submit, WhatNext } from './common';
import { type StepProps, useActionForm } from './use-act';

function PlanForm(props: StepProps) {
  const f = useActionForm('visning.planlegg', props, {
    plan: props.detail.state.visning?.planlagt ?? { tidspunkt: '', sted: '', gammelBydelDeltar: true, nyBydelDeltar: true, kontaktperson: '' },
  });
  return (
    <form className="bo-form" noValidate onSubmit={f.onSubmit} aria-label="Visning satt opp av Boligbygg">
      <ErrorSummary items={f.summary} serverMessage={f.serverError} attempt={f.attempt} />
      <TextField form={f.form} name="plan.tidspunkt" label="Dato og klokkeslett for visningen" type="datetime-local" required />
      <TextField form={f.form} name="plan.sted" label="Oppmøtested" required help="For eksempel «ved inngangen». Adressen står i Boligbyggs innkalling." />
      <CheckboxField form={f.form} name="plan.gammelBydelDeltar" label="Gammel bydel deltar" />
      <CheckboxField form={f.form} name="plan.nyBydelDeltar" label="Ny bydel deltar" />
      <TextField form={f.form} name="plan.kontaktperson" label="Ansatt som skal være personens kontakt fremover (om mulig)" required={false} />
      <Submit busy={f.submitting}>Lagre visningen</Submit>
    </form>
  );
}

function OutcomeForm(props: StepProps) {
  const f = useActionForm('visning.utfall', props, { utfall: 'akseptert', grunn: '', dato: osloToday() });
  const utfall = f.form.watch('utfall');
  return (
    <form className="bo-form" noValidate onSubmit={f.onSubmit} aria-label="Utfall av visningen">
      <ErrorSummary items={f.summary} serverMessage={f.serverError} attempt={f.attempt} />
      <RadioGroup
        form={f.form}
        name="utfall"
        label="Takket personen ja til boligen?"
        required
        choices={[
          { value: 'akseptert', label: 'Ja, personen takket ja til boligen' },
          { value: 'avslatt', label: 'Nei, personen takket nei' },
        ]}
      />
      {utfall === 'avslatt' && <TextAreaField form={f.form} name="grunn" label="Hvorfor takket personen nei?" required rows={3} />}
      <TextField form={f.form} name="dato" label="Dato" type="date" required />
      <Submit busy={f.submitting}>Registrer utfallet</Submit>
    </form>
  );
}

/** Step 7: Boligbygg's viewing; a declined dwelling sends the exchange back to finding another. */
export function VisningStep(props: StepProps) {
  const s = props.detail.state;
  const runder = s.visning?.runder ?? [];
  const plan = s.visning?.planlagt;
  const accepted = visningAccepted(s);
  const open = !accepted && !isClosed(props.detail);
  return (
    <>
      <p>Boligbygg setter opp visning. Ny og gammel bydel deltar, og om mulig den ansatte personen skal ha kontakt med fremover.</p>
      {runder.length > 0 && (
        <>
          <h3>Tidligere visninger</h3>
          <ol className="bo-history">
            {runder.map((r, i) => (
              <li key={i} data-utfall={r.utfall}>
                <strong>
                  {r.bolig.referanse} ({BOLIGTYPE_LABELS[r.bolig.type]}, {r.bolig.rom} rom)
                </strong>
                : {formatWallClock(r.tidspunkt)} – {r.utfall === 'akseptert' ? 'takket ja' : `takket nei (${r.grunn})`}, registrert {formatDate(r.registrertDato)}
              </li>
            ))}
          </ol>
        </>
      )}
      {open && plan && (
        <>
          <h3>Visning av {s.tildeling?.bolig?.referanse}</h3>
          <Facts
            items={[
              ['Tidspunkt', formatWallClock(plan.tidspunkt)],
              ['Sted', plan.sted],
              ['Deltar', [plan.gammelBydelDeltar ? 'gammel bydel' : '', plan.nyBydelDeltar ? 'ny bydel' : ''].filter(Boolean).join(' og ')],
              ['Kontaktperson fremover', plan.kontaktperson],
            ]}
          />
          <OutcomeForm {...props} />
          <EditToggle open={false} label="Endre tidspunkt eller deltakere">
            <PlanForm {...props} />
          </EditToggle>
        </>
      )}
      {open && !plan && <PlanForm {...props} />}
      <WhatNext>
        {accepted
          ? 'Hold overføringsmøte, og gå gjennom sjekklisten for gammel bydel.'
          : 'Takker personen ja, går byttet videre til overføringsmøtet. Takker personen nei, finner den nye bydelen en annen bolig.'}
      </WhatNext>
    </>
  );
}
