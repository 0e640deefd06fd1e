import { daysBetween } from '../../shared/exchange/primitives';
import { formatDate } from '../../shared/i18n/format';
import { STEP_LABELS } from '../../shared/i18n/labels';
import { groupAt, TextField } from '../components/fields';
import { StepForm } from '../components/StepForm';
import { t } from '../i18n/nb';
import { useSettings } from '../settings-context';
import { Facts, isClosed, WhatNext } from './common';
import { useEntersHere } from './OwnedBy';
import { type StepProps, useActionForm } from './use-act';

const ansvarNy = t.steps.ansvarNy;
const optionalDate = { setValueAs: (v: string) => v || undefined };

/** Step 10: the new district takes over; days from move-in to first follow-up is the scheme's measure. */
export function AnsvarNyStep(props: StepProps) {
  const { settings } = useSettings();
  const state = props.detail.state;
  const moveIn = state.ansvarGammel?.innflyttingsdato;
  const ny = state.ansvarNy ?? {};
  const takeover = useActionForm('ansvar_ny.lagre', props, { ansvar: { ...ny } });
  const ansvar = groupAt(takeover.form, 'ansvar');
  const entersHere = useEntersHere(props.detail, 'ansvar_ny');
  const days = moveIn && ny.forsteOppfolgingDato ? daysBetween(moveIn, ny.forsteOppfolgingDato) : undefined;
  return (
    <>
      <p>{ansvarNy.ingress(settings.deadlines.followUpDays)}</p>
      <Facts
        items={[
          [ansvarNy.innflytting, formatDate(moveIn)],
          [ansvarNy.overfort, formatDate(ny.overfortDato)],
          [ansvarNy.forsteOppfolging, formatDate(ny.forsteOppfolgingDato)],
          [ansvarNy.dagerTilOppfolging, days === undefined ? '' : String(days)],
        ]}
      />
      {!isClosed(props.detail) && entersHere && (
        <StepForm form={takeover} label={STEP_LABELS.ansvar_ny} submitLabel={t.common.lagre}>
          <TextField form={ansvar} name="overfortDato" label={ansvarNy.overfortDato} type="date" required={false} options={optionalDate} />
          <TextField form={ansvar} name="forsteOppfolgingDato" label={ansvarNy.forsteOppfolgingDato} type="date" required={false} options={optionalDate} />
        </StepForm>
      )}
      <WhatNext>{ansvarNy.neste}</WhatNext>
    </>
  );
}
