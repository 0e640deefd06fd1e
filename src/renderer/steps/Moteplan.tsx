import type { PlannedMeeting } from '../../shared/exchange/model';
import { formatWallClock } from '../../shared/i18n/format';
import { groupAt, TextField } from '../components/fields';
import { StepForm } from '../components/StepForm';
import { MOTE_LABELS } from '../../shared/i18n/fact-labels';
import { t } from '../i18n/nb';
import { EditToggle, Facts } from './common';
import { DeltakereField } from './DeltakereField';
import { type StepProps, useActionForm } from './use-act';

const meeting = t.meeting;

function MoteplanForm(props: StepProps & { step: PlannedMeeting }) {
  const existing = props.detail.state.moteplaner?.[props.step];
  const moteplan = useActionForm('mote.planlegg', props, {
    steg: props.step,
    plan: existing ?? { tidspunkt: '', sted: '', deltakere: [] },
  });
  const plan = groupAt(moteplan.form, 'plan');
  return (
    <StepForm form={moteplan} label={meeting.planlegg} heading={<h3>{meeting.planlegg}</h3>} submitLabel={meeting.lagrePlanen}>
      <TextField form={plan} name="tidspunkt" label={MOTE_LABELS.tidspunkt} type="datetime-local" required />
      <TextField form={plan} name="sted" label={MOTE_LABELS.sted} required />
      <DeltakereField form={plan} />
    </StepForm>
  );
}

/**
 * A meeting called before it is held: time, place and who is invited. Agendas and calendar
 * invitations (under Dokumenter) are made from it; the «held» form starts from it.
 */
export function MoteplanSection(props: StepProps & { step: PlannedMeeting }) {
  const plan = props.detail.state.moteplaner?.[props.step];
  return (
    <section aria-label={meeting.planlagt} className="bo-plan">
      {plan && (
        <>
          <h3>{meeting.planlagt}</h3>
          <Facts
            items={[
              [MOTE_LABELS.tidspunkt, formatWallClock(plan.tidspunkt)],
              [MOTE_LABELS.sted, plan.sted],
              [meeting.innkalt, plan.deltakere.map((d) => (d.erPersonen ? meeting.personen : [d.navn, d.rolle, d.tjeneste].filter(Boolean).join(', '))).join('\n')],
            ]}
          />
          <p className="bo-help">{meeting.dokumenterHint}</p>
        </>
      )}
      {/* Keyed by the exchange's version: a saved plan closes the form again. */}
      <EditToggle key={props.detail.updatedAt} open={false} label={plan ? meeting.endrePlanen : meeting.planleggForDokumenter}>
        <MoteplanForm {...props} />
      </EditToggle>
    </section>
  );
}
