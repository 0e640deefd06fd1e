import { osloToday } from '../../shared/exchange/primitives';
import { svarRows } from '../../shared/facts/svar';
import { SVAR_LABELS } from '../../shared/i18n/fact-labels';
import { AVSLAGSGRUNN_LABELS } from '../../shared/i18n/labels';
import { DownloadButton } from '../documents/DownloadButton';
import { choicesOf, RadioGroup, SelectField, TextAreaField, TextField } from '../components/fields';
import { StepForm } from '../components/StepForm';
import { t } from '../i18n/nb';
import { usePartnerSync } from '../sync/partner-sync-context';
import { Facts, isClosed, WhatNext } from './common';
import { useEntersHere } from './OwnedBy';
import { type StepProps, useActionForm } from './use-act';

const svarText = t.steps.svar;

function SvarForm(props: StepProps) {
  const svarForm = useActionForm('svar.registrer', props, {
    svar: { svar: 'ja', dato: osloToday(), kommentar: '' },
  });
  const { form } = svarForm;
  const answer = form.watch('svar.svar');
  return (
    <StepForm form={svarForm} label={svarText.registrer} submitLabel={svarText.registrerSvaret}>
      <RadioGroup form={form} name="svar.svar" label={svarText.sporsmal} required choices={[{ value: 'ja', label: t.common.ja }, { value: 'nei', label: t.common.nei }]} />
      <TextField form={form} name="svar.dato" label={SVAR_LABELS.dato} type="date" required />
      {answer === 'nei' && <SelectField form={form} name="svar.grunn" label={SVAR_LABELS.grunn} required choices={choicesOf(AVSLAGSGRUNN_LABELS)} />}
      <TextAreaField form={form} name="svar.kommentar" label={answer === 'nei' ? SVAR_LABELS.utdyping : SVAR_LABELS.kommentar} required={false} rows={3} />
    </StepForm>
  );
}

/** Step 4: the new district says yes or no. No ends the exchange as avslått. */
export function SvarStep(props: StepProps) {
  const svar = props.detail.state.svar;
  const entersHere = useEntersHere(props.detail, 'svar');
  const sync = usePartnerSync();
  if (svar) {
    return (
      <>
        <Facts items={svarRows(svar)} />
        {/* The new district sends its answer back as a document the old district imports. */}
        {props.detail.state.direction === 'innkommende' && <DownloadButton exchangeId={props.detail.id} kind="svar" onMade={sync.refresh} />}
        <WhatNext>{svar.svar === 'ja' ? svarText.nesteJa : svarText.nesteNei}</WhatNext>
      </>
    );
  }
  return (
    <>
      <p>{svarText.ingress}</p>
      {!isClosed(props.detail) && entersHere && <SvarForm {...props} />}
      <WhatNext>{svarText.neste}</WhatNext>
    </>
  );
}
