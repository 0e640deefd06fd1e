import { latestClarificationDate, overforingsmoteMayBeSkipped } from '../../shared/exchange/workflow';
import { osloToday } from '../../shared/exchange/primitives';
import { formatDate } from '../../shared/i18n/format';
import { ErrorSummary } from '../components/ErrorSummary';
import { RadioGroup, TextAreaField } from '../components/fields';
import { useSettings } from '../settings-context';
import { EditToggle, Facts, isClosed, Submit, WhatNext } from './common';
import { MeetingPlanSection } from './MeetingPlan';
import { emptyMeeting, MeetingFields, meetingFacts } from './MoteStep';
import { type StepProps, useActionForm } from './use-act';

function OverforingForm(props: StepProps & { mayBeSkipped: boolean }) {
  const existing = props.detail.state.overforingsmote;
  const f = useActionForm('overforingsmote.registrer', props, {
    overforingsmote:
      existing ??
      (props.mayBeSkipped && !props.detail.state.moteplaner?.overforingsmote
        ? { type: 'ikke_nodvendig', grunn: '' }
        : { type: 'holdt', mote: { ...emptyMeeting(), ...props.detail.state.moteplaner?.overforingsmote } }),
  } as never);
  const type = f.form.watch('overforingsmote.type' as never) as unknown as string;
  return (
    <form className="bo-form" noValidate onSubmit={f.onSubmit} aria-label="Registrer overføringsmøte">
      <ErrorSummary items={f.summary} serverMessage={f.serverError} attempt={f.attempt} />
      {props.mayBeSkipped && (
        <RadioGroup
          form={f.form as never}
          name="overforingsmote.type"
          label="Holdes det et overføringsmøte?"
          required
          choices={[
            { value: 'holdt', label: 'Ja, møtet holdes' },
            { value: 'ikke_nodvendig', label: 'Nei, ikke nødvendig etter det nylige avklaringsmøtet' },
          ]}
        />
      )}
      {type === 'ikke_nodvendig' ? (
        <TextAreaField form={f.form as never} name="overforingsmote.grunn" label="Hvorfor trengs ikke overføringsmøtet?" required rows={3} />
      ) : (
        <MeetingFields form={f.form as never} prefix="overforingsmote.mote" />
      )}
      <Submit busy={f.submitting}>{type === 'ikke_nodvendig' ? 'Registrer at møtet ikke trengs' : 'Registrer møtet som holdt'}</Submit>
    </form>
  );
}

/** Step 8: the hand-over meeting, unless a clarification meeting was held recently. */
export function OverforingsmoteStep(props: StepProps) {
  const { settings } = useSettings();
  const s = props.detail.state;
  const latest = latestClarificationDate(s);
  const mayBeSkipped = overforingsmoteMayBeSkipped(s, osloToday(), settings.deadlines.recentMeetingDays);
  const rec = s.overforingsmote;
  return (
    <>
      <p>
        Målet er at alle som skal følge personen videre deltar, samt en person fra gammel bydel, i tillegg til personen selv.
      </p>
      <p className="bo-next" data-testid="overforing-forslag">
        {mayBeSkipped
          ? `Forslag: Det var et møte ${formatDate(latest)}, for mindre enn ${settings.deadlines.recentMeetingDays} dager siden. Overføringsmøtet kan droppes hvis alle er koblet på.`
          : latest
            ? `Forslag: Hold overføringsmøte. Siste møte var ${formatDate(latest)}, for mer enn ${settings.deadlines.recentMeetingDays} dager siden.`
            : 'Forslag: Hold overføringsmøte. Det er ikke holdt noe avklaringsmøte i dette byttet.'}
      </p>
      {rec?.type === 'holdt' && <Facts items={meetingFacts(rec.mote)} label="Registrert overføringsmøte" />}
      {rec?.type === 'ikke_nodvendig' && <Facts items={[['Ikke nødvendig', rec.grunn]]} />}
      {!isClosed(props.detail) && !rec && <MeetingPlanSection {...props} step="overforingsmote" />}
      {!isClosed(props.detail) && (
        <EditToggle open={!rec} label="Endre">
          <OverforingForm key={JSON.stringify(s.moteplaner?.overforingsmote ?? null)} {...props} mayBeSkipped={mayBeSkipped} />
        </EditToggle>
      )}
      <WhatNext>Gammel bydel fullfører sjekklisten, og saken overføres til ny bydel.</WhatNext>
    </>
  );
}
