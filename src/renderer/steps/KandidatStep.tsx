import { districtName } from '../../shared/districts';
import { formatDate } from '../../shared/i18n/format';
import { MALGRUPPE_LABELS } from '../../shared/i18n/labels';
import { ErrorSummary } from '../components/ErrorSummary';
import { CheckboxField, CheckboxGroup, choicesOf, TextAreaField, TextField } from '../components/fields';
import { t } from '../i18n/nb';
import { EditToggle, Facts, isClosed, Submit, WhatNext } from './common';
import { type StepProps, useActionForm } from './use-act';

function KandidatForm(props: StepProps) {
  const k = props.detail.state.kandidat;
  const { form, onSubmit, submitting, summary, serverError, attempt } = useActionForm('kandidat.lagre', props, {
    kandidat: { ...k, internReferanse: k.internReferanse ?? '' },
  });
  return (
    <form className="bo-form" noValidate onSubmit={onSubmit} aria-label={t.steps.kandidat.endre}>
      <ErrorSummary items={summary} serverMessage={serverError} attempt={attempt} />
      <CheckboxGroup form={form} name="kandidat.malgruppe" label={t.kandidat.malgruppe} required choices={choicesOf(MALGRUPPE_LABELS)} />
      <CheckboxField form={form} name="kandidat.onskerKommunalBolig" label={t.kandidat.onsker} />
      <TextAreaField form={form} name="kandidat.grunner" label={t.kandidat.grunner} help={t.kandidat.grunnerHjelp} required maxLength={2000} />
      <CheckboxField form={form} name="kandidat.samtykke" label={t.kandidat.samtykke} />
      <TextField form={form} name="kandidat.samtykkeDato" label={t.kandidat.samtykkeDato} type="date" required />
      <TextField form={form} name="kandidat.internReferanse" label={t.kandidat.internRef} help={t.kandidat.internRefHjelp} required={false} />
      <Submit busy={submitting}>{t.common.lagre}</Submit>
    </form>
  );
}

/** Step 1: the candidate as registered by the old district. */
export function KandidatStep(props: StepProps) {
  const s = props.detail.state;
  const k = s.kandidat;
  const outgoing = s.direction === 'utgaende';
  return (
    <>
      <Facts
        items={[
          [t.common.gammelBydel, districtName(s.oldDistrict)],
          [t.common.nyBydel, districtName(s.newDistrict)],
          [t.kandidat.malgruppe, k.malgruppe.map((m) => MALGRUPPE_LABELS[m]).join(', ')],
          [t.steps.kandidat.onsker, k.onskerKommunalBolig ? t.common.ja : undefined],
          ...(outgoing
            ? ([
                [t.kandidat.grunner, k.grunner],
                [t.steps.kandidat.samtykke, k.samtykke ? t.steps.kandidat.samtykkeGitt(formatDate(k.samtykkeDato)) : undefined],
                [t.kandidat.internRef, k.internReferanse],
              ] as [string, string | undefined][])
            : []),
        ]}
      />
      {outgoing && !isClosed(props.detail) && (
        <EditToggle open={false} label={t.steps.kandidat.endreOpplysninger}>
          <KandidatForm {...props} />
        </EditToggle>
      )}
      <WhatNext>{outgoing ? t.steps.kandidat.nesteUtgaende : t.steps.kandidat.nesteInnkommende}</WhatNext>
    </>
  );
}
