import { osloToday } from '../../shared/exchange/primitives';
import { visningAccepted } from '../../shared/exchange/workflow';
import { formatDate, formatWallClock } from '../../shared/i18n/format';
import type { VisningRunde } from '../../shared/exchange/model';
import { BOLIGBYGG_KONTAKT_LABELS, BOLIGTYPE_LABELS, VISNING_AVSLAGSGRUNN_LABELS } from '../../shared/i18n/labels';
import { ErrorSummary } from '../components/ErrorSummary';
import { CheckboxField, choicesOf, RadioGroup, SelectField, TextAreaField, TextField } from '../components/fields';
import { t } from '../i18n/nb';
import { EditToggle, Facts, isClosed, Submit, WhatNext } from './common';
import { useEntersHere } from './OwnedBy';
import { type StepProps, useActionForm } from './use-act';

const v = t.steps.visning;

function PlanForm(props: StepProps) {
  const f = useActionForm('visning.planlegg', props, {
    plan: props.detail.state.visning?.planlagt ?? { tidspunkt: '', sted: '', gammelBydelDeltar: true, nyBydelDeltar: true, kontaktperson: '', boligbyggKontakt: '', boligbyggKontaktinfo: '' },
  });
  return (
    <form className="bo-form" noValidate onSubmit={f.onSubmit} aria-label={v.plan}>
      <ErrorSummary items={f.summary} serverMessage={f.serverError} attempt={f.attempt} />
      <TextField form={f.form} name="plan.tidspunkt" label={v.tidspunkt} type="datetime-local" required />
      <TextField form={f.form} name="plan.sted" label={v.oppmotested} required help={v.oppmotestedHjelp} />
      <CheckboxField form={f.form} name="plan.gammelBydelDeltar" label={v.gammelDeltar} />
      <CheckboxField form={f.form} name="plan.nyBydelDeltar" label={v.nyDeltar} />
      <TextField form={f.form} name="plan.kontaktperson" label={v.kontaktpersonFelt} required={false} />
      <TextField form={f.form} name="plan.boligbyggKontakt" label={BOLIGBYGG_KONTAKT_LABELS.navn} required={false} />
      <TextField form={f.form} name="plan.boligbyggKontaktinfo" label={BOLIGBYGG_KONTAKT_LABELS.info} required={false} />
      <Submit busy={f.submitting}>{v.lagre}</Submit>
    </form>
  );
}

function OutcomeForm(props: StepProps) {
  const f = useActionForm('visning.utfall', props, { utfall: 'akseptert', grunn: '', dato: osloToday() });
  const utfall = f.form.watch('utfall');
  const grunnKode = f.form.watch('grunnKode');
  return (
    <form className="bo-form" noValidate onSubmit={f.onSubmit} aria-label={v.utfall}>
      <ErrorSummary items={f.summary} serverMessage={f.serverError} attempt={f.attempt} />
      <RadioGroup
        form={f.form}
        name="utfall"
        label={v.sporsmal}
        required
        choices={[
          { value: 'akseptert', label: v.ja },
          { value: 'avslatt', label: v.nei },
        ]}
      />
      {utfall === 'avslatt' && (
        <>
          <SelectField form={f.form} name="grunnKode" label={v.hvorforNei} required choices={choicesOf(VISNING_AVSLAGSGRUNN_LABELS)} />
          <TextAreaField form={f.form} name="grunn" label={v.utdyping} help={v.utdypingHjelp} required={grunnKode === 'annet'} rows={3} />
        </>
      )}
      <TextField form={f.form} name="dato" label={t.common.dato} type="date" required />
      <Submit busy={f.submitting}>{v.registrerUtfall}</Submit>
    </form>
  );
}

/** The coded reason with the coordinator's words; rounds from before the codes have only the words. */
function declinedReason(r: VisningRunde): string {
  return r.grunnKode ? v.grunnMedUtdyping(VISNING_AVSLAGSGRUNN_LABELS[r.grunnKode], r.grunn ?? '') : (r.grunn ?? '');
}

/** Step 7: Boligbygg's viewing; a declined dwelling sends the exchange back to finding another. */
export function VisningStep(props: StepProps) {
  const s = props.detail.state;
  const runder = s.visning?.runder ?? [];
  const plan = s.visning?.planlagt;
  const accepted = visningAccepted(s);
  const entersHere = useEntersHere(props.detail, 'visning');
  const open = !accepted && !isClosed(props.detail) && entersHere;
  return (
    <>
      <p>{v.ingress}</p>
      {runder.length > 0 && (
        <>
          <h3>{v.tidligere}</h3>
          <ol className="bo-history">
            {runder.map((r, i) => (
              <li key={i} data-utfall={r.utfall}>
                <strong>{v.bolig(r.bolig.referanse, BOLIGTYPE_LABELS[r.bolig.type], r.bolig.rom)}</strong>:{' '}
                {v.runde(formatWallClock(r.tidspunkt), r.utfall === 'akseptert' ? v.takketJa : v.takketNei(declinedReason(r)), formatDate(r.registrertDato))}
              </li>
            ))}
          </ol>
        </>
      )}
      {open && plan && (
        <>
          <h3>{v.visningAv(s.tildeling?.bolig?.referanse ?? '')}</h3>
          <Facts
            items={[
              [t.common.tidspunkt, formatWallClock(plan.tidspunkt)],
              [t.meeting.motested, plan.sted],
              [v.deltar, v.deltarBydeler(plan.gammelBydelDeltar, plan.nyBydelDeltar)],
              [v.kontaktperson, plan.kontaktperson],
              [BOLIGBYGG_KONTAKT_LABELS.navn, BOLIGBYGG_KONTAKT_LABELS.linje(plan.boligbyggKontakt, plan.boligbyggKontaktinfo)],
            ]}
          />
          <OutcomeForm {...props} />
          <EditToggle open={false} label={v.endre}>
            <PlanForm {...props} />
          </EditToggle>
        </>
      )}
      {open && !plan && <PlanForm {...props} />}
      <WhatNext>{accepted ? v.nesteJa : v.neste}</WhatNext>
    </>
  );
}
