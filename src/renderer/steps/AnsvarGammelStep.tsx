import { ANSVAR_GAMMEL_PUNKTER, type AnsvarGammelPunkt, type Sjekkpunkt } from '../../shared/exchange/model';
import { osloToday } from '../../shared/exchange/primitives';
import { ansvarGammelOpenItems } from '../../shared/exchange/workflow';
import { formatDate } from '../../shared/i18n/format';
import { ANSVAR_GAMMEL_LABELS } from '../../shared/i18n/labels';
import { ErrorSummary } from '../components/ErrorSummary';
import { RadioGroup, TextAreaField, TextField } from '../components/fields';
import { useSettings } from '../settings-context';
import { isClosed, Submit, WhatNext } from './common';
import { type StepProps, useActionForm } from './use-act';

const STATUS_CHOICES = [
  { value: 'apen', label: 'Ikke gjort ennå' },
  { value: 'gjort', label: 'Gjort' },
  { value: 'ikke_relevant', label: 'Ikke relevant' },
];

function describe(p: Sjekkpunkt | undefined): string {
  if (!p || p.status === 'apen') return 'Ikke gjort ennå';
  if (p.status === 'gjort') return `Gjort av ${p.hvem}, ${formatDate(p.dato)}`;
  return `Ikke relevant: ${p.grunn}`;
}

/** Step 9: the old district's checklist from the routine, each item with who and when. */
export function AnsvarGammelStep(props: StepProps) {
  const { settings } = useSettings();
  const s = props.detail.state;
  const saved = s.ansvarGammel;
  const defaults = Object.fromEntries(
    ANSVAR_GAMMEL_PUNKTER.map((p) => [p, { hvem: settings.coordinatorName, dato: osloToday(), grunn: '', ...(saved?.punkter[p] ?? { status: 'apen' }) }]),
  );
  const f = useActionForm('ansvar_gammel.lagre', props, {
    ansvar: { punkter: defaults, ...(saved?.innflyttingsdato ? { innflyttingsdato: saved.innflyttingsdato } : {}) },
  } as never);
  const watched = f.form.watch('ansvar.punkter' as never) as unknown as Record<AnsvarGammelPunkt, { status: string }>;
  const open = ansvarGammelOpenItems(s).length;
  const readOnly = isClosed(props.detail);

  return (
    <>
      <p>
        Gammel bydel har ansvaret til saken er overført. {7 - open} av 7 punkter er avklart
        {saved?.innflyttingsdato ? `, innflytting ${formatDate(saved.innflyttingsdato)}` : ''}.
      </p>
      {readOnly ? (
        <ul>
          {ANSVAR_GAMMEL_PUNKTER.map((p) => (
            <li key={p}>
              {ANSVAR_GAMMEL_LABELS[p]}: {describe(saved?.punkter[p])}
            </li>
          ))}
        </ul>
      ) : (
        <form className="bo-form" noValidate onSubmit={f.onSubmit} aria-label="Sjekkliste for gammel bydel">
          <ErrorSummary items={f.summary} serverMessage={f.serverError} attempt={f.attempt} />
          <TextField
            form={f.form as never}
            name="ansvar.innflyttingsdato"
            label="Innflyttingsdato"
            type="date"
            required={false}
            options={{ setValueAs: (v: string) => v || undefined }}
          />
          {ANSVAR_GAMMEL_PUNKTER.map((p) => {
            const status = watched?.[p]?.status;
            return (
              <div key={p} className="bo-check-item" data-punkt={p}>
                <RadioGroup form={f.form as never} name={`ansvar.punkter.${p}.status`} label={ANSVAR_GAMMEL_LABELS[p]} choices={STATUS_CHOICES} />
                {status === 'gjort' && (
                  <div className="bo-check-item__detail">
                    <TextField form={f.form as never} name={`ansvar.punkter.${p}.hvem`} label="Hvem gjorde det?" required />
                    <TextField form={f.form as never} name={`ansvar.punkter.${p}.dato`} label="Når?" type="date" required />
                  </div>
                )}
                {status === 'ikke_relevant' && (
                  <TextAreaField form={f.form as never} name={`ansvar.punkter.${p}.grunn`} label="Hvorfor er punktet ikke relevant?" required rows={2} />
                )}
              </div>
            );
          })}
          <Submit busy={f.submitting}>Lagre sjekklisten</Submit>
        </form>
      )}
      <WhatNext>
        Når innflyttingsdatoen er registrert, kan ny bydel registrere overføringen og første oppfølging. Oppfølgingen bør starte så snart som mulig etter innflytting.
      </WhatNext>
    </>
  );
}
