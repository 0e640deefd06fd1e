import { PktButton, PktTextinput } from '@oslokommune/punkt-react';
import { type FieldValues, useFieldArray, type UseFormReturn } from 'react-hook-form';
import type { Mote, MoteEtterJa } from '../../shared/exchange/model';
import { BYTT_AKTUELT_LABELS, type MeetingKind, meetingRows } from '../../shared/facts/mote';
import { BOLIGTYPE_LABELS, STEP_STATUS_LABELS } from '../../shared/i18n/labels';
import { formatDate } from '../../shared/i18n/format';
import { ErrorSummary } from '../components/ErrorSummary';
import { CheckboxField, choicesOf, errorAt, fieldId, RadioGroup, SelectField, TextAreaField, TextField } from '../components/fields';
import { t } from '../i18n/nb';
import { EditToggle, Facts, isClosed, SkipForm, Submit, WhatNext } from './common';
import { MeetingPlanSection } from './MeetingPlan';
import { useEntersHere } from './OwnedBy';
import { ParticipantsField } from './ParticipantsField';
import { type StepProps, useActionForm } from './use-act';

const m = t.meeting;
const tm = t.steps.mote;

export const emptyMeeting = (): Mote => ({ tidspunkt: '', sted: '', deltakere: [], byttAktuelt: 'uavklart', oppfolgingsbehov: '', annet: '' });

/** The fields every meeting has; `prefix` is where the meeting sits in the form's values. */
export function MeetingFields({ form, prefix, kind }: { form: UseFormReturn<never>; prefix: string; kind: MeetingKind }) {
  const f = form as unknown as UseFormReturn<FieldValues>;
  return (
    <>
      <TextField form={f} name={`${prefix}.tidspunkt`} label={m.tidspunkt} type="datetime-local" required />
      <TextField form={f} name={`${prefix}.sted`} label={m.motested} required />
      <ParticipantsField form={f} name={`${prefix}.deltakere`} />
      {kind === 'avklaring' && (
        <>
          <RadioGroup form={f} name={`${prefix}.byttAktuelt`} label={m.byttAktuelt} required choices={choicesOf(BYTT_AKTUELT_LABELS)} />
          <SelectField form={f} name={`${prefix}.boligtype`} label={m.boligtype} required={false} choices={choicesOf(BOLIGTYPE_LABELS)} />
        </>
      )}
      <TextAreaField form={f} name={`${prefix}.oppfolgingsbehov`} label={m.oppfolgingsbehov} required={false} rows={3} />
      <TextAreaField form={f} name={`${prefix}.annet`} label={t.common.annet} required={false} rows={3} />
    </>
  );
}

function AvklaringForm(props: StepProps) {
  const { form, onSubmit, submitting, summary, serverError, attempt } = useActionForm('avklaringsmote.holdt', props, {
    mote: props.detail.state.avklaringsmote?.mote ?? { ...emptyMeeting(), ...props.detail.state.moteplaner?.avklaringsmote },
  });
  return (
    <form className="bo-form" noValidate onSubmit={onSubmit} aria-label={tm.registrerAvklaring}>
      <ErrorSummary items={summary} serverMessage={serverError} attempt={attempt} />
      <MeetingFields form={form as never} prefix="mote" kind="avklaring" />
      <Submit busy={submitting}>{m.registrerHoldt}</Submit>
    </form>
  );
}

function FollowersField({ form }: { form: ReturnType<typeof useActionForm<'mote_etter_ja.holdt'>>['form'] }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'mote.nyeOppfolgere' });
  return (
    <fieldset className="bo-repeat">
      <legend>{tm.oppfolgereINyBydel}</legend>
      <p className="bo-help">{tm.oppfolgereHjelp}</p>
      {fields.map((f, i) => (
        <fieldset key={f.id} className="bo-repeat__row">
          <legend>{tm.oppfolgerNr(i + 1)}</legend>
          <PktTextinput id={fieldId(`mote.nyeOppfolgere.${i}.navn`)} label={t.common.navn} autocomplete="off" hasError={!!errorAt(form.formState.errors, `mote.nyeOppfolgere.${i}.navn`)} errorMessage={errorAt(form.formState.errors, `mote.nyeOppfolgere.${i}.navn`)} {...form.register(`mote.nyeOppfolgere.${i}.navn`)} />
          <PktTextinput id={fieldId(`mote.nyeOppfolgere.${i}.tjeneste`)} label={t.common.tjeneste} autocomplete="off" hasError={!!errorAt(form.formState.errors, `mote.nyeOppfolgere.${i}.tjeneste`)} errorMessage={errorAt(form.formState.errors, `mote.nyeOppfolgere.${i}.tjeneste`)} {...form.register(`mote.nyeOppfolgere.${i}.tjeneste`)} />
          <PktButton type="button" skin="tertiary" size="small" onClick={() => remove(i)}>
            {tm.fjernOppfolger(i + 1)}
          </PktButton>
        </fieldset>
      ))}
      <PktButton type="button" skin="secondary" size="small" onClick={() => append({ navn: '', tjeneste: '' })}>
        {tm.leggTilOppfolger}
      </PktButton>
    </fieldset>
  );
}

function EtterJaForm(props: StepProps) {
  const existing = props.detail.state.moteEtterJa?.mote;
  const { form, onSubmit, submitting, summary, serverError, attempt } = useActionForm('mote_etter_ja.holdt', props, {
    mote: existing ?? { ...emptyMeeting(), ...props.detail.state.moteplaner?.mote_etter_ja, byttAktuelt: 'ja', nyeOppfolgere: [], gericaAktuelt: false },
  });
  const gerica = form.watch('mote.gericaAktuelt');
  return (
    <form className="bo-form" noValidate onSubmit={onSubmit} aria-label={tm.registrerEtterJa}>
      <ErrorSummary items={summary} serverMessage={serverError} attempt={attempt} />
      <MeetingFields form={form as never} prefix="mote" kind="etter_svar" />
      <FollowersField form={form} />
      <CheckboxField form={form} name="mote.gericaAktuelt" label={tm.gericaAktuelt} />
      {gerica && (
        <>
          <TextField form={form} name="mote.gericaBestiltDato" label={tm.gericaBestilt} type="date" required={false} options={{ setValueAs: (v: string) => v || undefined }} />
          <TextField form={form} name="mote.gericaBekreftetDato" label={tm.gericaBekreftet} type="date" required={false} options={{ setValueAs: (v: string) => v || undefined }} />
        </>
      )}
      <Submit busy={submitting}>{m.registrerHoldt}</Submit>
    </form>
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
      <p>{kind === 'avklaringsmote' ? tm.ingressAvklaring : tm.ingressEtterJa}</p>
      {rec?.mote && <Facts items={meetingRows(rec.mote, kind === 'avklaringsmote' ? 'avklaring' : 'etter_svar')} label={tm.registrert} />}
      {etterJa && (
        <Facts
          items={[
            [tm.nyeOppfolgere, etterJa.nyeOppfolgere.map((o) => `${o.navn} (${o.tjeneste})`).join('\n')],
            [tm.gerica, etterJa.gericaAktuelt ? tm.gericaStatus(formatDate(etterJa.gericaBestiltDato) || '–', formatDate(etterJa.gericaBekreftetDato) || '–') : tm.ikkeAktuelt],
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
          {!rec && <MeetingPlanSection {...props} step={kind} />}
          {!rec && <h3>{m.naarHoldt}</h3>}
          {/* Keyed by the exchange's version: once registered, the summary stands alone. */}
          <EditToggle key={detail.updatedAt} open={!rec} label={rec?.mote ? tm.endre : m.registrerHoldt}>
            {/* A new plan restarts the form from it. */}
            {kind === 'avklaringsmote' ? (
              <AvklaringForm key={JSON.stringify(detail.state.moteplaner?.avklaringsmote ?? null)} {...props} />
            ) : (
              <EtterJaForm key={JSON.stringify(detail.state.moteplaner?.mote_etter_ja ?? null)} {...props} />
            )}
          </EditToggle>
          {!rec?.mote && !rec?.hoppetOver && (
            <>
              <h3>{tm.trengsIkke}</h3>
              <SkipForm {...props} step={kind} />
            </>
          )}
        </>
      )}
      <WhatNext>{kind === 'mote_etter_ja' ? tm.nesteEtterJa : detail.state.svar ? tm.nesteAvklaringEtterSvar : tm.nesteAvklaring}</WhatNext>
    </>
  );
}
