import { daysBetween } from '../../shared/exchange/primitives';
import { formatDate } from '../../shared/i18n/format';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextField } from '../components/fields';
import { useSettings } from '../settings-context';
import { Facts, isClosed, Submit, WhatNext } from './common';
import { type StepProps, useActionForm } from './use-act';

const optionalDate = { setValueAs: (v: string) => v || undefined };

/** Step 10: the new district takes over; days from move-in to first follow-up is the scheme's measure. */
export function AnsvarNyStep(props: StepProps) {
  const { settings } = useSettings();
  const s = props.detail.state;
  const moveIn = s.ansvarGammel?.innflyttingsdato;
  const a = s.ansvarNy ?? {};
  const f = useActionForm('ansvar_ny.lagre', props, { ansvar: { ...a } });
  const days = moveIn && a.forsteOppfolgingDato ? daysBetween(moveIn, a.forsteOppfolgingDato) : undefined;
  return (
    <>
      <p>
        Ny bydel tar over oppfølgingen når saken blir overført. Oppfølgingen bør starte så snart som mulig etter
        innflytting, innen {settings.deadlines.followUpDays} dager.
      </p>
      <Facts
        items={[
          ['Innflytting', formatDate(moveIn)],
          ['Saken overført', formatDate(a.overfortDato)],
          ['Første oppfølging', formatDate(a.forsteOppfolgingDato)],
          ['Dager fra innflytting til første oppfølging', days === undefined ? '' : String(days)],
        ]}
      />
      {!isClosed(props.detail) && (
        <form className="bo-form" noValidate onSubmit={f.onSubmit} aria-label="Ansvar ny bydel">
          <ErrorSummary items={f.summary} serverMessage={f.serverError} attempt={f.attempt} />
          <TextField form={f.form} name="ansvar.overfortDato" label="Dato saken ble overført til ny bydel" type="date" required={false} options={optionalDate} />
          <TextField form={f.form} name="ansvar.forsteOppfolgingDato" label="Dato for første oppfølgingskontakt" type="date" required={false} options={optionalDate} />
          <Submit busy={f.submitting}>Lagre</Submit>
        </form>
      )}
      <WhatNext>Når overføringen og første oppfølging er registrert, og sjekklisten er ferdig, avsluttes byttet som gjennomført.</WhatNext>
    </>
  );
}
