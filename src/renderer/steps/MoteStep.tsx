import { PktButton, PktTextinput } from '@oslokommune/punkt-react';
import { type FieldValues, useFieldArray, type UseFormReturn } from 'react-hook-form';
import type { Mote, MoteEtterJa } from '../../shared/exchange/model';
import { BOLIGTYPE_LABELS } from '../../shared/i18n/labels';
import { formatDate, formatWallClock } from '../../shared/i18n/format';
import { districtName } from '../../shared/districts';
import { ErrorSummary } from '../components/ErrorSummary';
import { CheckboxField, choicesOf, errorAt, fieldId, RadioGroup, SelectField, TextAreaField, TextField } from '../components/fields';
import { EditToggle, Facts, isClosed, SkipForm, Submit, WhatNext } from './common';
import { MeetingPlanSection } from './MeetingPlan';
import { ParticipantsField } from './ParticipantsField';
import { type StepProps, useActionForm } from './use-act';

const BYTT_AKTUELT = { ja: 'Ja', nei: 'Nei', uavklart: 'Ikke avklart ennå' } as const;

export function meetingFacts(m: Mote): [string, string][] {
  return [
    ['Tidspunkt', formatWallClock(m.tidspunkt)],
    ['Sted', m.sted],
    [
      'Deltakere',
      m.deltakere
        .map((d) => [d.erPersonen ? 'Personen' : d.navn, d.rolle, d.tjeneste, d.bydel ? `bydel ${districtName(d.bydel)}` : ''].filter(Boolean).join(', '))
        .join('\n'),
    ],
    ['Er bytte aktuelt?', BYTT_AKTUELT[m.byttAktuelt]],
    ['Type bolig', m.boligtype ? BOLIGTYPE_LABELS[m.boligtype] : ''],
    ['Behov for oppfølging', m.oppfolgingsbehov],
    ['Annet', m.annet ?? ''],
  ];
}

export const emptyMeeting = (): Mote => ({ tidspunkt: '', sted: '', deltakere: [], byttAktuelt: 'uavklart', oppfolgingsbehov: '', annet: '' });

/** The fields every meeting has; `prefix` is where the meeting sits in the form's values. */
export function MeetingFields({ form, prefix }: { form: UseFormReturn<never>; prefix: string }) {
  const f = form as unknown as UseFormReturn<FieldValues>;
  return (
    <>
      <TextField form={f} name={`${prefix}.tidspunkt`} label="Dato og klokkeslett" type="datetime-local" required />
      <TextField form={f} name={`${prefix}.sted`} label="Sted" required />
      <ParticipantsField form={f} name={`${prefix}.deltakere`} />
      <RadioGroup form={f} name={`${prefix}.byttAktuelt`} label="Er bytte aktuelt?" required choices={choicesOf(BYTT_AKTUELT)} />
      <SelectField form={f} name={`${prefix}.boligtype`} label="Type bolig som er ønskelig" required={false} choices={choicesOf(BOLIGTYPE_LABELS)} />
      <TextAreaField form={f} name={`${prefix}.oppfolgingsbehov`} label="Behov for oppfølging" required={false} rows={3} />
      <TextAreaField form={f} name={`${prefix}.annet`} label="Annet" required={false} rows={3} />
    </>
  );
}

function AvklaringForm(props: StepProps) {
  const { form, onSubmit, submitting, summary, serverError, attempt } = useActionForm('avklaringsmote.holdt', props, {
    mote: props.detail.state.avklaringsmote?.mote ?? { ...emptyMeeting(), ...props.detail.state.moteplaner?.avklaringsmote },
  });
  return (
    <form className="bo-form" noValidate onSubmit={onSubmit} aria-label="Registrer avklaringsmøte">
      <ErrorSummary items={summary} serverMessage={serverError} attempt={attempt} />
      <MeetingFields form={form as never} prefix="mote" />
      <Submit busy={submitting}>Registrer møtet som holdt</Submit>
    </form>
  );
}

function FollowersField({ form }: { form: ReturnType<typeof useActionForm<'mote_etter_ja.holdt'>>['form'] }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'mote.nyeOppfolgere' });
  return (
    <fieldset className="bo-repeat">
      <legend>Nye oppfølgere i ny bydel</legend>
      <p className="bo-help">Navngi nye oppfølgere så tidlig som mulig, slik at tjenestene er på plass ved innflytting.</p>
      {fields.map((f, i) => (
        <fieldset key={f.id} className="bo-repeat__row">
          <legend>Oppfølger {i + 1}</legend>
          <PktTextinput id={fieldId(`mote.nyeOppfolgere.${i}.navn`)} label="Navn" autocomplete="off" hasError={!!errorAt(form.formState.errors, `mote.nyeOppfolgere.${i}.navn`)} errorMessage={errorAt(form.formState.errors, `mote.nyeOppfolgere.${i}.navn`)} {...form.register(`mote.nyeOppfolgere.${i}.navn`)} />
          <PktTextinput id={fieldId(`mote.nyeOppfolgere.${i}.tjeneste`)} label="Tjeneste" autocomplete="off" hasError={!!errorAt(form.formState.errors, `mote.nyeOppfolgere.${i}.tjeneste`)} errorMessage={errorAt(form.formState.errors, `mote.nyeOppfolgere.${i}.tjeneste`)} {...form.register(`mote.nyeOppfolgere.${i}.tjeneste`)} />
          <PktButton type="button" skin="tertiary" size="small" onClick={() => remove(i)}>
            Fjern oppfølger {i + 1}
          </PktButton>
        </fieldset>
      ))}
      <PktButton type="button" skin="secondary" size="small" onClick={() => append({ navn: '', tjeneste: '' })}>
        Legg til oppfølger
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
    <form className="bo-form" noValidate onSubmit={onSubmit} aria-label="Registrer møte etter ja">
      <ErrorSummary items={summary} serverMessage={serverError} attempt={attempt} />
      <MeetingFields form={form as never} prefix="mote" />
      <FollowersField form={form} />
      <CheckboxField form={form} name="mote.gericaAktuelt" label="Helse- og omsorgstjenester er aktuelle (ny bydel trenger tilgang til Gerica)" />
      {gerica && (
        <>
          <TextField form={form} name="mote.gericaBestiltDato" label="Tilgang til Gerica bestilt (dato)" type="date" required={false} options={{ setValueAs: (v: string) => v || undefined }} />
          <TextField form={form} name="mote.gericaBekreftetDato" label="Tilgang til Gerica bekreftet (dato)" type="date" required={false} options={{ setValueAs: (v: string) => v || undefined }} />
        </>
      )}
      <Submit busy={submitting}>Registrer møtet som holdt</Submit>
    </form>
  );
}

/** Steps 3 and 5: the optional meetings, held (with who and what was agreed) or skipped with a reason. */
export function MoteStep(props: StepProps & { kind: 'avklaringsmote' | 'mote_etter_ja' }) {
  const { detail, kind } = props;
  const rec = kind === 'avklaringsmote' ? detail.state.avklaringsmote : detail.state.moteEtterJa;
  const closed = isClosed(detail);
  const locked = kind === 'avklaringsmote' && !!detail.state.svar;
  const etterJa = kind === 'mote_etter_ja' ? (rec?.mote as MoteEtterJa | undefined) : undefined;
  return (
    <>
      <p>
        {kind === 'avklaringsmote'
          ? 'Ved behov holdes et møte for å avklare om bytte er aktuelt, type bolig som er ønskelig, behov for oppfølging eller annet. Steget er valgfritt.'
          : 'Ved behov holdes et møte der relevante tjenester i ny bydel deltar. Målet er at nye oppfølgere kobles på så tidlig som mulig. Steget er valgfritt.'}
      </p>
      {rec?.mote && <Facts items={meetingFacts(rec.mote)} label="Registrert møte" />}
      {etterJa && (
        <Facts
          items={[
            ['Nye oppfølgere', etterJa.nyeOppfolgere.map((o) => `${o.navn} (${o.tjeneste})`).join('\n')],
            ['Gerica', etterJa.gericaAktuelt ? `Bestilt ${formatDate(etterJa.gericaBestiltDato) || '–'}, bekreftet ${formatDate(etterJa.gericaBekreftetDato) || '–'}` : 'Ikke aktuelt'],
          ]}
        />
      )}
      {rec?.hoppetOver && (
        <Facts
          items={[
            ['Hoppet over', formatDate(rec.hoppetOver.dato)],
            ['Begrunnelse', rec.hoppetOver.grunn],
          ]}
        />
      )}
      {!closed && !locked && (
        <>
          {!rec && <MeetingPlanSection {...props} step={kind} />}
          <EditToggle open={!rec} label={rec?.mote ? 'Endre møtet' : 'Registrer møtet som holdt'}>
            {/* A new plan restarts the form from it. */}
            {kind === 'avklaringsmote' ? (
              <AvklaringForm key={JSON.stringify(detail.state.moteplaner?.avklaringsmote ?? null)} {...props} />
            ) : (
              <EtterJaForm key={JSON.stringify(detail.state.moteplaner?.mote_etter_ja ?? null)} {...props} />
            )}
          </EditToggle>
          {!rec?.mote && !rec?.hoppetOver && (
            <>
              <h3>Trengs ikke møtet?</h3>
              <SkipForm {...props} step={kind} />
            </>
          )}
        </>
      )}
      <WhatNext>
        {kind === 'avklaringsmote'
          ? 'Den nye bydelen svarer ja eller nei til byttet.'
          : 'Tildelingen av bolig går videre i fast rekkefølge: søknad, vedtak, bolig og delegering, tildeling.'}
      </WhatNext>
    </>
  );
}
