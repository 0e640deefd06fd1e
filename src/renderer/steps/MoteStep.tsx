import { PktButton } from '@oslokommune/punkt-react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import type { Mote, MoteEtterJa } from '../../shared/exchange/model';
import { type MeetingKind, meetingRows } from '../../shared/facts/mote';
import { BYTT_AKTUELT_LABELS, MOTE_LABELS } from '../../shared/i18n/fact-labels';
import { BOLIGTYPE_LABELS, STEP_STATUS_LABELS } from '../../shared/i18n/labels';
import { formatDate } from '../../shared/i18n/format';
import { CheckboxField, choicesOf, type FieldGroup, groupAt, pathIn, RadioGroup, SelectField, TextAreaField, TextField } from '../components/fields';
import { StepForm } from '../components/StepForm';
import { t } from '../i18n/nb';
import { EditToggle, Facts, isClosed, SkipForm, WhatNext } from './common';
import { DeltakereField } from './DeltakereField';
import { MoteplanSection } from './Moteplan';
import { useEntersHere } from './OwnedBy';
import { type StepProps, useActionForm } from './use-act';

const meeting = t.meeting;
const moteSteg = t.steps.mote;

export const emptyMeeting = (): Mote => ({ tidspunkt: '', sted: '', deltakere: [], byttAktuelt: 'uavklart', oppfolgingsbehov: '', annet: '' });

/** The fields every meeting has, in the group of the form's values that holds the meeting. */
export function MoteFields({ form, kind }: { form: FieldGroup<Mote>; kind: MeetingKind }) {
  return (
    <>
      <TextField form={form} name="tidspunkt" label={MOTE_LABELS.tidspunkt} type="datetime-local" required />
      <TextField form={form} name="sted" label={MOTE_LABELS.sted} required />
      <DeltakereField form={form} />
      {kind === 'avklaring' && (
        <>
          <RadioGroup form={form} name="byttAktuelt" label={MOTE_LABELS.byttAktuelt} required choices={choicesOf(BYTT_AKTUELT_LABELS)} />
          <SelectField form={form} name="boligtype" label={MOTE_LABELS.boligtype} required={false} choices={choicesOf(BOLIGTYPE_LABELS)} />
        </>
      )}
      <TextAreaField form={form} name="oppfolgingsbehov" label={MOTE_LABELS.oppfolgingsbehov} required={false} rows={3} />
      <TextAreaField form={form} name="annet" label={MOTE_LABELS.annet} required={false} rows={3} />
    </>
  );
}

function AvklaringForm(props: StepProps) {
  const avklaring = useActionForm('avklaringsmote.holdt', props, {
    mote: props.detail.state.avklaringsmote?.mote ?? { ...emptyMeeting(), ...props.detail.state.moteplaner?.avklaringsmote },
  });
  return (
    <StepForm form={avklaring} label={moteSteg.registrerAvklaring} submitLabel={meeting.registrerHoldt}>
      <MoteFields form={groupAt(avklaring.form, 'mote')} kind="avklaring" />
    </StepForm>
  );
}

function OppfolgereField({ form }: { form: FieldGroup<MoteEtterJa> }) {
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: pathIn(form, 'nyeOppfolgere') });
  const newRow: MoteEtterJa['nyeOppfolgere'][number] = { navn: '', tjeneste: '' };
  return (
    <fieldset className="bo-repeat">
      <legend>{moteSteg.oppfolgereINyBydel}</legend>
      <p className="bo-help">{moteSteg.oppfolgereHjelp}</p>
      {fields.map((f, i) => {
        const row = groupAt(form, `nyeOppfolgere.${i}`);
        return (
          <fieldset key={f.id} className="bo-repeat__row">
            <legend>{moteSteg.oppfolgerNr(i + 1)}</legend>
            <TextField form={row} name="navn" label={t.common.navn} />
            <TextField form={row} name="tjeneste" label={t.common.tjeneste} />
            <PktButton type="button" skin="tertiary" size="small" onClick={() => remove(i)}>
              {moteSteg.fjernOppfolger(i + 1)}
            </PktButton>
          </fieldset>
        );
      })}
      <PktButton type="button" skin="secondary" size="small" onClick={() => append(newRow)}>
        {moteSteg.leggTilOppfolger}
      </PktButton>
    </fieldset>
  );
}

/** An optional date that sends nothing when left empty. */
const optionalDate = { setValueAs: (v: string) => v || undefined };

function EtterJaForm(props: StepProps) {
  const existing = props.detail.state.moteEtterJa?.mote;
  const etterJa = useActionForm('mote_etter_ja.holdt', props, {
    mote: existing ?? { ...emptyMeeting(), ...props.detail.state.moteplaner?.mote_etter_ja, byttAktuelt: 'ja', nyeOppfolgere: [], gericaAktuelt: false },
  });
  const mote = groupAt(etterJa.form, 'mote');
  const gerica = etterJa.form.watch('mote.gericaAktuelt');
  return (
    <StepForm form={etterJa} label={moteSteg.registrerEtterJa} submitLabel={meeting.registrerHoldt}>
      <MoteFields form={mote} kind="etter_svar" />
      <OppfolgereField form={mote} />
      <CheckboxField form={mote} name="gericaAktuelt" label={moteSteg.gericaAktuelt} />
      {gerica && (
        <>
          <TextField form={mote} name="gericaBestiltDato" label={moteSteg.gericaBestilt} type="date" required={false} options={optionalDate} />
          <TextField form={mote} name="gericaBekreftetDato" label={moteSteg.gericaBekreftet} type="date" required={false} options={optionalDate} />
        </>
      )}
    </StepForm>
  );
}

/** Steps 3 and 5: the optional meetings, held (with who and what was agreed) or skipped with a reason. */
export function MoteStep(props: StepProps & { kind: 'avklaringsmote' | 'mote_etter_ja' }) {
  const { detail, kind } = props;
  const rec = kind === 'avklaringsmote' ? detail.state.avklaringsmote : detail.state.moteEtterJa;
  const closed = isClosed(detail);
  const locked = kind === 'avklaringsmote' && !!detail.state.svar;
  const entersHere = useEntersHere(detail, kind);
  const etterJa = kind === 'mote_etter_ja' ? (rec?.mote as MoteEtterJa | undefined) : undefined;
  return (
    <>
      <p>{kind === 'avklaringsmote' ? moteSteg.ingressAvklaring : moteSteg.ingressEtterJa}</p>
      {rec?.mote && <Facts items={meetingRows(rec.mote, kind === 'avklaringsmote' ? 'avklaring' : 'etter_svar')} label={moteSteg.registrert} />}
      {etterJa && (
        <Facts
          items={[
            [moteSteg.nyeOppfolgere, etterJa.nyeOppfolgere.map((o) => `${o.navn} (${o.tjeneste})`).join('\n')],
            [moteSteg.gerica, etterJa.gericaAktuelt ? moteSteg.gericaStatus(formatDate(etterJa.gericaBestiltDato) || '–', formatDate(etterJa.gericaBekreftetDato) || '–') : moteSteg.ikkeAktuelt],
          ]}
        />
      )}
      {rec?.hoppetOver && (
        <Facts
          items={[
            [STEP_STATUS_LABELS.skipped, formatDate(rec.hoppetOver.dato)],
            [t.common.begrunnelse, rec.hoppetOver.grunn],
          ]}
        />
      )}
      {!closed && !locked && entersHere && (
        <>
          {!rec && <MoteplanSection {...props} step={kind} />}
          {!rec && <h3>{meeting.naarHoldt}</h3>}
          {/* Keyed by the exchange's version: once registered, the summary stands alone. */}
          <EditToggle key={detail.updatedAt} open={!rec} label={rec?.mote ? moteSteg.endre : meeting.registrerHoldt}>
            {/* A new plan restarts the form from it. */}
            {kind === 'avklaringsmote' ? (
              <AvklaringForm key={JSON.stringify(detail.state.moteplaner?.avklaringsmote ?? null)} {...props} />
            ) : (
              <EtterJaForm key={JSON.stringify(detail.state.moteplaner?.mote_etter_ja ?? null)} {...props} />
            )}
          </EditToggle>
          {!rec?.mote && !rec?.hoppetOver && (
            <>
              <h3>{moteSteg.trengsIkke}</h3>
              <SkipForm {...props} step={kind} />
            </>
          )}
        </>
      )}
      <WhatNext>{kind === 'mote_etter_ja' ? moteSteg.nesteEtterJa : detail.state.svar ? moteSteg.nesteAvklaringEtterSvar : moteSteg.nesteAvklaring}</WhatNext>
    </>
  );
}
