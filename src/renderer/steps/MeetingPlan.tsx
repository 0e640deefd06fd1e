import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { PlannedMeeting } from '../../shared/exchange/model';
import { formatWallClock } from '../../shared/i18n/format';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextField } from '../components/fields';
import { t } from '../i18n/nb';
import { EditToggle, Facts, Submit } from './common';
import { ParticipantsField } from './ParticipantsField';
import { type StepProps, useActionForm } from './use-act';

const m = t.meeting;

function PlanForm(props: StepProps & { step: PlannedMeeting }) {
  const existing = props.detail.state.moteplaner?.[props.step];
  const f = useActionForm('mote.planlegg', props, {
    steg: props.step,
    plan: existing ?? { tidspunkt: '', sted: '', deltakere: [] },
  });
  const form = f.form as unknown as UseFormReturn<FieldValues>;
  return (
    <form className="bo-form" noValidate onSubmit={f.onSubmit} aria-label={m.planlegg}>
      <h3>{m.planlegg}</h3>
      <ErrorSummary items={f.summary} serverMessage={f.serverError} attempt={f.attempt} />
      <TextField form={form} name="plan.tidspunkt" label={m.tidspunkt} type="datetime-local" required />
      <TextField form={form} name="plan.sted" label={m.motested} required />
      <ParticipantsField form={form} name="plan.deltakere" />
      <Submit busy={f.submitting}>{m.lagrePlanen}</Submit>
    </form>
  );
}

/**
 * A meeting called before it is held: time, place and who is invited. Agendas and calendar
 * invitations (under Dokumenter) are made from it; the «held» form starts from it.
 */
export function MeetingPlanSection(props: StepProps & { step: PlannedMeeting }) {
  const plan = props.detail.state.moteplaner?.[props.step];
  return (
    <section aria-label={m.planlagt} className="bo-plan">
      {plan && (
        <>
          <h3>{m.planlagt}</h3>
          <Facts
            items={[
              [m.tidspunkt, formatWallClock(plan.tidspunkt)],
              [m.motested, plan.sted],
              [m.innkalt, plan.deltakere.map((d) => (d.erPersonen ? m.personen : [d.navn, d.rolle, d.tjeneste].filter(Boolean).join(', '))).join('\n')],
            ]}
          />
          <p className="bo-help">{m.dokumenterHint}</p>
        </>
      )}
      {/* Keyed by the exchange's version: a saved plan closes the form again. */}
      <EditToggle key={props.detail.updatedAt} open={false} label={plan ? m.endrePlanen : m.planleggForDokumenter}>
        <PlanForm {...props} />
      </EditToggle>
    </section>
  );
}
