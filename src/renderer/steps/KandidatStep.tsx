import { districtName } from '../../shared/districts';
import { formatDate } from '../../shared/i18n/format';
import { MALGRUPPE_LABELS } from '../../shared/i18n/labels';
import { CheckboxField, CheckboxGroup, choicesOf, groupAt, TextAreaField, TextField } from '../components/fields';
import { StepForm } from '../components/StepForm';
import { t } from '../i18n/nb';
import { EditToggle, Facts, isClosed, WhatNext } from './common';
import { type StepProps, useActionForm } from './use-act';

function KandidatForm(props: StepProps) {
  const saved = props.detail.state.kandidat;
  const candidate = useActionForm('kandidat.lagre', props, {
    kandidat: { ...saved, internReferanse: saved.internReferanse ?? '' },
  });
  const kandidat = groupAt(candidate.form, 'kandidat');
  return (
    <StepForm form={candidate} label={t.steps.kandidat.endre} submitLabel={t.common.lagre}>
      <CheckboxGroup form={kandidat} name="malgruppe" label={t.kandidat.malgruppe} required choices={choicesOf(MALGRUPPE_LABELS)} />
      <CheckboxField form={kandidat} name="onskerKommunalBolig" label={t.kandidat.onsker} />
      <TextAreaField form={kandidat} name="grunner" label={t.kandidat.grunner} help={t.kandidat.grunnerHjelp} required maxLength={2000} />
      <CheckboxField form={kandidat} name="samtykke" label={t.kandidat.samtykke} />
      <TextField form={kandidat} name="samtykkeDato" label={t.kandidat.samtykkeDato} type="date" required />
      <TextField form={kandidat} name="internReferanse" label={t.kandidat.internRef} help={t.kandidat.internRefHjelp} required={false} />
    </StepForm>
  );
}

/** Step 1: the candidate as registered by the old district. */
export function KandidatStep(props: StepProps) {
  const state = props.detail.state;
  const kandidat = state.kandidat;
  const outgoing = state.direction === 'utgaende';
  return (
    <>
      <Facts
        items={[
          [t.common.gammelBydel, districtName(state.oldDistrict)],
          [t.common.nyBydel, districtName(state.newDistrict)],
          [t.kandidat.malgruppe, kandidat.malgruppe.map((m) => MALGRUPPE_LABELS[m]).join(', ')],
          [t.steps.kandidat.onsker, kandidat.onskerKommunalBolig ? t.common.ja : undefined],
          ...(outgoing
            ? ([
                [t.kandidat.grunner, kandidat.grunner],
                [t.steps.kandidat.samtykke, kandidat.samtykke ? t.steps.kandidat.samtykkeGitt(formatDate(kandidat.samtykkeDato)) : undefined],
                [t.kandidat.internRef, kandidat.internReferanse],
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
