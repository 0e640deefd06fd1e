import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { PlannedMeeting } from '../../shared/exchange/model';
import { formatWallClock } from '../../shared/i18n/format';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextField } from '../components/fields';
import { EditToggle, Facts, Submit } from './common';
import { ParticipantsField } from './ParticipantsField';
import { type StepProps, useActionForm } from './use-act';

function PlanForm(props: StepProps & { step: PlannedMeeting }) {
  const existing = props.detail.state.moteplaner?.[props.step];
  const f = useActionForm('mote.planlegg', props, {
    steg: props.step,
    plan: existing ?? { tidspunkt: '', sted: '', deltakere: [] },
  });
  const form = f.form as unknown as UseFormReturn<FieldValues>;
  return (
    <form className="bo-form" noValidate onSubmit={f.onSubmit} aria-label="Planlegg møtet">
      <ErrorSummary items={f.summary} serverMessage={f.serverError} attempt={f.attempt} />
      <TextField form={form} name="plan.tidspunkt" label="Tidspunkt for møtet" type="datetime-local" required />
      <TextField form={form} name="plan.sted" label="Møtested" required />
      <ParticipantsField form={form} name="plan.deltakere" />
      <Submit busy={f.submitting}>Lagre planen</Submit>
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
    <section aria-label="Planlagt møte" className="bo-plan">
      {plan && (
        <>
          <h3>Planlagt møte</h3>
          <Facts
            items={[
              ['Tidspunkt', formatWallClock(plan.tidspunkt)],
              ['Sted', plan.sted],
              ['Innkalt', plan.deltakere.map((d) => (d.erPersonen ? 'Personen' : [d.navn, d.rolle, d.tjeneste].filter(Boolean).join(', '))).join('\n')],
            ]}
          />
          <p className="bo-help">Agenda og kalenderinvitasjon lages under Dokumenter.</p>
        </>
      )}
      {/* Keyed by the exchange's version: a saved plan closes the form again. */}
      <EditToggle key={props.detail.updatedAt} open={false} label={plan ? 'Endre planen' : 'Planlegg møtet (for agenda og kalenderinvitasjon)'}>
        <PlanForm {...props} />
      </EditToggle>
    </section>
  );
}
