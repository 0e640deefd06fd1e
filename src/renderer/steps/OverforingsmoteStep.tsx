import { transferMeetingSuggestion } from '../../shared/exchange/workflow';
import { osloToday } from '../../shared/exchange/primitives';
import { formatDate } from '../../shared/i18n/format';
import { ErrorSummary } from '../components/ErrorSummary';
import { RadioGroup, TextAreaField } from '../components/fields';
import { t } from '../i18n/nb';
import { useSettings } from '../settings-context';
import { EditToggle, Facts, isClosed, Submit, WhatNext } from './common';
import { MeetingPlanSection } from './MeetingPlan';
import { meetingRows } from '../../shared/facts/mote';
import { emptyMeeting, MeetingFields } from './MoteStep';
import { useEntersHere } from './OwnedBy';
import { type StepProps, useActionForm } from './use-act';

const o = t.steps.overforingsmote;

function OverforingForm(props: StepProps & { mayBeSkipped: boolean }) {
  const existing = props.detail.state.overforingsmote;
  const f = useActionForm('overforingsmote.registrer', props, {
    overforingsmote:
      existing ??
      (props.mayBeSkipped && !props.detail.state.moteplaner?.overforingsmote
        ? { type: 'ikke_nodvendig', grunn: '' }
        : { type: 'holdt', mote: { ...emptyMeeting(), byttAktuelt: 'ja', ...props.detail.state.moteplaner?.overforingsmote } }),
  } as never);
  const type = f.form.watch('overforingsmote.type' as never) as unknown as string;
  return (
    <form className="bo-form" noValidate onSubmit={f.onSubmit} aria-label={o.registrer}>
      <ErrorSummary items={f.summary} serverMessage={f.serverError} attempt={f.attempt} />
      {props.mayBeSkipped && (
        <RadioGroup
          form={f.form as never}
          name="overforingsmote.type"
          label={o.holdes}
          required
          choices={[
            { value: 'holdt', label: o.holdesJa },
            { value: 'ikke_nodvendig', label: o.holdesNei },
          ]}
        />
      )}
      {type === 'ikke_nodvendig' ? (
        <TextAreaField form={f.form as never} name="overforingsmote.grunn" label={o.hvorforIkke} required rows={3} />
      ) : (
        <MeetingFields form={f.form as never} prefix="overforingsmote.mote" kind="etter_svar" />
      )}
      <Submit busy={f.submitting}>{type === 'ikke_nodvendig' ? o.registrerIkkeNodvendig : t.meeting.registrerHoldt}</Submit>
    </form>
  );
}

/** Step 8: the hand-over meeting, unless a clarification meeting was held recently. */
export function OverforingsmoteStep(props: StepProps) {
  const { settings } = useSettings();
  const s = props.detail.state;
  const recentDays = settings.deadlines.recentMeetingDays;
  const suggestion = transferMeetingSuggestion(s, osloToday(), recentDays);
  const mayBeSkipped = suggestion.kind === 'kan_droppes';
  const rec = s.overforingsmote;
  const entersHere = useEntersHere(props.detail, 'overforingsmote');
  const editable = !isClosed(props.detail) && entersHere;
  return (
    <>
      <p>{o.ingress}</p>
      <p className="bo-next" data-testid="overforing-forslag">
        {suggestion.kind === 'ingen_mote'
          ? o.forslagIngenMote
          : (suggestion.kind === 'kan_droppes' ? o.forslagDroppes : o.forslagHold)(formatDate(suggestion.sisteMote), suggestion.dagerSiden, recentDays)}
      </p>
      {rec?.type === 'holdt' && <Facts items={meetingRows(rec.mote, 'etter_svar')} label={o.registrert} />}
      {rec?.type === 'ikke_nodvendig' && <Facts items={[[o.ikkeNodvendig, rec.grunn]]} />}
      {editable && !rec && <MeetingPlanSection {...props} step="overforingsmote" />}
      {editable && !rec && <h3>{t.meeting.naarHoldt}</h3>}
      {editable && (
        <EditToggle key={props.detail.updatedAt} open={!rec} label={t.common.endre}>
          <OverforingForm key={JSON.stringify(s.moteplaner?.overforingsmote ?? null)} {...props} mayBeSkipped={mayBeSkipped} />
        </EditToggle>
      )}
      <WhatNext>{o.neste}</WhatNext>
    </>
  );
}
