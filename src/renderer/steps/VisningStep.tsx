import { osloToday } from '../../shared/exchange/primitives';
import { visningAccepted } from '../../shared/exchange/workflow';
import { formatDate, formatWallClock } from '../../shared/i18n/format';
import type { VisningRunde } from '../../shared/exchange/model';
import { BOLIGBYGG_KONTAKT_LABELS, BOLIGTYPE_LABELS, VISNING_AVSLAGSGRUNN_LABELS } from '../../shared/i18n/labels';
import { CheckboxField, choicesOf, groupAt, RadioGroup, SelectField, TextAreaField, TextField } from '../components/fields';
import { StepForm } from '../components/StepForm';
import { MOTE_LABELS } from '../../shared/i18n/fact-labels';
import { t } from '../i18n/nb';
import { EditToggle, Facts, isClosed, WhatNext } from './common';
import { useEntersHere } from './OwnedBy';
import { type StepProps, useActionForm } from './use-act';

const visning = t.steps.visning;

function PlanForm(props: StepProps) {
  const visningsplan = useActionForm('visning.planlegg', props, {
    plan: props.detail.state.visning?.planlagt ?? { tidspunkt: '', sted: '', gammelBydelDeltar: true, nyBydelDeltar: true, kontaktperson: '', boligbyggKontakt: '', boligbyggKontaktinfo: '' },
  });
  const plan = groupAt(visningsplan.form, 'plan');
  return (
    <StepForm form={visningsplan} label={visning.plan} submitLabel={visning.lagre}>
      <TextField form={plan} name="tidspunkt" label={visning.tidspunkt} type="datetime-local" required />
      <TextField form={plan} name="sted" label={visning.oppmotested} required help={visning.oppmotestedHjelp} />
      <CheckboxField form={plan} name="gammelBydelDeltar" label={visning.gammelDeltar} />
      <CheckboxField form={plan} name="nyBydelDeltar" label={visning.nyDeltar} />
      <TextField form={plan} name="kontaktperson" label={visning.kontaktpersonFelt} required={false} />
      <TextField form={plan} name="boligbyggKontakt" label={BOLIGBYGG_KONTAKT_LABELS.navn} required={false} />
      <TextField form={plan} name="boligbyggKontaktinfo" label={BOLIGBYGG_KONTAKT_LABELS.info} required={false} />
    </StepForm>
  );
}

function OutcomeForm(props: StepProps) {
  const outcome = useActionForm('visning.utfall', props, { utfall: 'akseptert', grunn: '', dato: osloToday() });
  const utfall = outcome.form.watch('utfall');
  const grunnKode = outcome.form.watch('grunnKode');
  return (
    <StepForm form={outcome} label={visning.utfall} submitLabel={visning.registrerUtfall}>
      <RadioGroup form={outcome.form} name="utfall" label={visning.sporsmal} required choices={choicesOf({ akseptert: visning.ja, avslatt: visning.nei })} />
      {utfall === 'avslatt' && (
        <>
          <SelectField form={outcome.form} name="grunnKode" label={visning.hvorforNei} required choices={choicesOf(VISNING_AVSLAGSGRUNN_LABELS)} />
          <TextAreaField form={outcome.form} name="grunn" label={visning.utdyping} help={visning.utdypingHjelp} required={grunnKode === 'annet'} rows={3} />
        </>
      )}
      <TextField form={outcome.form} name="dato" label={t.common.dato} type="date" required />
    </StepForm>
  );
}

/** The coded reason with the coordinator's words; rounds from before the codes have only the words. */
function declinedReason(runde: VisningRunde): string {
  return runde.grunnKode ? visning.grunnMedUtdyping(VISNING_AVSLAGSGRUNN_LABELS[runde.grunnKode], runde.grunn ?? '') : (runde.grunn ?? '');
}

/** Step 7: Boligbygg'state viewing; a declined dwelling sends the exchange back to finding another. */
export function VisningStep(props: StepProps) {
  const state = props.detail.state;
  const runder = state.visning?.runder ?? [];
  const plan = state.visning?.planlagt;
  const accepted = visningAccepted(state);
  const entersHere = useEntersHere(props.detail, 'visning');
  const open = !accepted && !isClosed(props.detail) && entersHere;
  return (
    <>
      <p>{visning.ingress}</p>
      {runder.length > 0 && (
        <>
          <h3>{visning.tidligere}</h3>
          <ol className="bo-history">
            {runder.map((r, i) => (
              <li key={i} data-utfall={r.utfall}>
                <strong>{visning.bolig(r.bolig.referanse, BOLIGTYPE_LABELS[r.bolig.type], r.bolig.rom)}</strong>:{' '}
                {visning.runde(formatWallClock(r.tidspunkt), r.utfall === 'akseptert' ? visning.takketJa : visning.takketNei(declinedReason(r)), formatDate(r.registrertDato))}
              </li>
            ))}
          </ol>
        </>
      )}
      {open && plan && (
        <>
          <h3>{visning.visningAv(state.tildeling?.bolig?.referanse ?? '')}</h3>
          <Facts
            items={[
              [t.common.tidspunkt, formatWallClock(plan.tidspunkt)],
              [MOTE_LABELS.sted, plan.sted],
              [visning.deltar, visning.deltarBydeler(plan.gammelBydelDeltar, plan.nyBydelDeltar)],
              [visning.kontaktperson, plan.kontaktperson],
              [BOLIGBYGG_KONTAKT_LABELS.navn, BOLIGBYGG_KONTAKT_LABELS.linje(plan.boligbyggKontakt, plan.boligbyggKontaktinfo)],
            ]}
          />
          <OutcomeForm {...props} />
          <EditToggle open={false} label={visning.endre}>
            <PlanForm {...props} />
          </EditToggle>
        </>
      )}
      {open && !plan && <PlanForm {...props} />}
      <WhatNext>{accepted ? visning.nesteJa : visning.neste}</WhatNext>
    </>
  );
}
