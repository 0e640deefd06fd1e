import { osloToday } from '../../shared/exchange/primitives';
import { formatDate } from '../../shared/i18n/format';
import { AVSLAGSGRUNN_LABELS } from '../../shared/i18n/labels';
import { ErrorSummary } from '../components/ErrorSummary';
import { DownloadButton } from '../documents/DownloadButton';
import { choicesOf, RadioGroup, SelectField, TextAreaField, TextField } from '../components/fields';
import { Facts, isClosed, Submit, WhatNext } from './common';
import { type StepProps, useActionForm } from './use-act';

function SvarForm(props: StepProps) {
  const { form, onSubmit, submitting, summary, serverError, attempt } = useActionForm('svar.registrer', props, {
    svar: { svar: 'ja', dato: osloToday(), kommentar: '' },
  });
  const answer = form.watch('svar.svar');
  return (
    <form className="bo-form" noValidate onSubmit={onSubmit} aria-label="Registrer svar">
      <ErrorSummary items={summary} serverMessage={serverError} attempt={attempt} />
      <RadioGroup form={form} name="svar.svar" label="Sier den nye bydelen ja til byttet?" required choices={[{ value: 'ja', label: 'Ja' }, { value: 'nei', label: 'Nei' }]} />
      <TextField form={form} name="svar.dato" label="Dato for svaret" type="date" required />
      {answer === 'nei' && <SelectField form={form} name="svar.grunn" label="Grunn til nei" required choices={choicesOf(AVSLAGSGRUNN_LABELS)} />}
      <TextAreaField form={form} name="svar.kommentar" label={answer === 'nei' ? 'Utdyping av grunnen' : 'Kommentar'} required={false} rows={3} />
      <Submit busy={submitting}>Registrer svaret</Submit>
    </form>
  );
}

/** Step 4: the new district says yes or no. No ends the exchange as avslått. */
export function SvarStep(props: StepProps) {
  const svar = props.detail.state.svar;
  if (svar) {
    return (
      <>
        <Facts
          items={[
            ['Svar', svar.svar === 'ja' ? 'Ja' : 'Nei'],
            ['Dato', formatDate(svar.dato)],
            ['Grunn', svar.svar === 'nei' ? AVSLAGSGRUNN_LABELS[svar.grunn] : ''],
            ['Kommentar', svar.kommentar],
          ]}
        />
        {/* The new district sends its answer back as a document the old district imports. */}
        {props.detail.state.direction === 'innkommende' && <DownloadButton exchangeId={props.detail.id} kind="svar" />}
        <WhatNext>
          {svar.svar === 'ja'
            ? 'Hold eventuelt et møte med tjenestene i ny bydel, og start tildelingen av bolig: personen søker kommunal bolig i gammel bydel.'
            : 'Byttet er avsluttet som avslått. Det kan gjenåpnes under Avsluttet dersom den nye bydelen vurderer saken på nytt.'}
        </WhatNext>
      </>
    );
  }
  return (
    <>
      <p>Den nye bydelen vurderer brukerprofilen og svarer ja eller nei. Et nei avslutter byttet som avslått.</p>
      {!isClosed(props.detail) && <SvarForm {...props} />}
      <WhatNext>Ved ja går byttet videre til møte etter ja (ved behov) og tildeling av bolig.</WhatNext>
    </>
  );
}
