import { transferMeetingSuggestion } from '../../shared/exchange/workflow';
import { osloToday } from '../../shared/exchange/primitives';
import { formatDate } from '../../shared/i18n/format';
import { choicesOf, groupAt, RadioGroup, TextAreaField } from '../components/fields';
import { StepForm } from '../components/StepForm';
import { t } from '../i18n/nb';
import { useSettings } from '../settings-context';
import { meetingRows } from '../../shared/facts/mote';
import { EditToggle, Facts, isClosed, WhatNext } from './common';
import { emptyMeeting, MoteFields } from './MoteStep';
import { MoteplanSection } from './Moteplan';
import { useEntersHere } from './OwnedBy';
import { type StepProps, useActionForm } from './use-act';

const overforingText = t.steps.overforingsmote;

function OverforingForm(props: StepProps & { mayBeSkipped: boolean }) {
  const existing = props.detail.state.overforingsmote;
  const overforing = useActionForm('overforingsmote.registrer', props, {
    overforingsmote:
      existing ??
      (props.mayBeSkipped && !props.detail.state.moteplaner?.overforingsmote
        ? { type: 'ikke_nodvendig', grunn: '' }
        : { type: 'holdt', mote: { ...emptyMeeting(), byttAktuelt: 'ja', ...props.detail.state.moteplaner?.overforingsmote } }),
  });
  const type = overforing.form.watch('overforingsmote.type');
  return (
    <StepForm form={overforing} label={overforingText.registrer} submitLabel={type === 'ikke_nodvendig' ? overforingText.registrerIkkeNodvendig : t.meeting.registrerHoldt}>
      {props.mayBeSkipped && (
        <RadioGroup
          form={overforing.form}
          name="overforingsmote.type"
          label={overforingText.holdes}
          required
          choices={choicesOf({ holdt: overforingText.holdesJa, ikke_nodvendig: overforingText.holdesNei })}
        />
      )}
      {type === 'ikke_nodvendig' ? (
        <TextAreaField form={overforing.form} name="overforingsmote.grunn" label={overforingText.hvorforIkke} required rows={3} />
      ) : (
        <MoteFields form={groupAt(overforing.form, 'overforingsmote.mote')} kind="etter_svar" />
      )}
    </StepForm>
  );
}

/** Step 8: the hand-over meeting, unless a clarification meeting was held recently. */
export function OverforingsmoteStep(props: StepProps) {
  const { settings } = useSettings();
  const state = props.detail.state;
  const recentDays = settings.deadlines.recentMeetingDays;
  const suggestion = transferMeetingSuggestion(state, osloToday(), recentDays);
  const mayBeSkipped = suggestion.kind === 'kan_droppes';
  const rec = state.overforingsmote;
  const entersHere = useEntersHere(props.detail, 'overforingsmote');
  const editable = !isClosed(props.detail) && entersHere;
  return (
    <>
      <p>{overforingText.ingress}</p>
      <p className="bo-next" data-testid="overforing-forslag">
        {suggestion.kind === 'ingen_mote'
          ? overforingText.forslagIngenMote
          : (suggestion.kind === 'kan_droppes' ? overforingText.forslagDroppes : overforingText.forslagHold)(formatDate(suggestion.sisteMote), suggestion.dagerSiden, recentDays)}
      </p>
      {rec?.type === 'holdt' && <Facts items={meetingRows(rec.mote, 'etter_svar')} label={overforingText.registrert} />}
      {rec?.type === 'ikke_nodvendig' && <Facts items={[[overforingText.ikkeNodvendig, rec.grunn]]} />}
      {editable && !rec && <MoteplanSection {...props} step="overforingsmote" />}
      {editable && !rec && <h3>{t.meeting.naarHoldt}</h3>}
      {editable && (
        <EditToggle key={props.detail.updatedAt} open={!rec} label={t.common.endre}>
          <OverforingForm key={JSON.stringify(state.moteplaner?.overforingsmote ?? null)} {...props} mayBeSkipped={mayBeSkipped} />
        </EditToggle>
      )}
      <WhatNext>{overforingText.neste}</WhatNext>
    </>
  );
}
