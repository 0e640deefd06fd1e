import { daysBetween } from '../../shared/exchange/primitives';
import { formatDate } from '../../shared/i18n/format';
import { STEP_LABELS } from '../../shared/i18n/labels';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextField } from '../components/fields';
import { t } from '../i18n/nb';
import { useSettings } from '../settings-context';
import { Facts, isClosed, Submit, WhatNext } from './common';
import { useEntersHere } from './OwnedBy';
import { type StepProps, useActionForm } from './use-act';

const a = t.steps.ansvarNy;
const optionalDate = { setValueAs: (v: string) => v || undefined };

/** Step 10: the new district takes over; days from move-in to first follow-up is the scheme's measure. */
export function AnsvarNyStep(props: StepProps) {
  const { settings } = useSettings();
  const s = props.detail.state;
  const moveIn = s.ansvarGammel?.innflyttingsdato;
  const ny = s.ansvarNy ?? {};
  const f = useActionForm('ansvar_ny.lagre', props, { ansvar: { ...ny } });
  const entersHere = useEntersHere(props.detail, 'ansvar_ny');
  const days = moveIn && ny.forsteOppfolgingDato ? daysBetween(moveIn, ny.forsteOppfolgingDato) : undefined;
  return (
    <>
      <p>{a.ingress(settings.deadlines.followUpDays)}</p>
      <Facts
        items={[
          [a.innflytting, formatDate(moveIn)],
          [a.overfort, formatDate(ny.overfortDato)],
          [a.forsteOppfolging, formatDate(ny.forsteOppfolgingDato)],
          [a.dagerTilOppfolging, days === undefined ? '' : String(days)],
        ]}
      />
      {!isClosed(props.detail) && entersHere && (
        <form className="bo-form" noValidate onSubmit={f.onSubmit} aria-label={STEP_LABELS.ansvar_ny}>
          <ErrorSummary items={f.summary} serverMessage={f.serverError} attempt={f.attempt} />
          <TextField form={f.form} name="ansvar.overfortDato" label={a.overfortDato} type="date" required={false} options={optionalDate} />
          <TextField form={f.form} name="ansvar.forsteOppfolgingDato" label={a.forsteOppfolgingDato} type="date" required={false} options={optionalDate} />
          <Submit busy={f.submitting}>{t.common.lagre}</Submit>
        </form>
      )}
      <WhatNext>{a.neste}</WhatNext>
    </>
  );
}
