import { zodResolver } from '@hookform/resolvers/zod';
import { DISTRICTS } from '../../shared/districts';
import { type Setup, setupSchema } from '../../shared/settings';
import { call } from '../api/client';
import { SelectField, TextField } from '../components/fields';
import { Header } from '../components/Layout';
import { StepForm } from '../components/StepForm';
import { useFormSubmit, useAppForm } from '../components/use-form-submit';
import { t } from '../i18n/nb';

export const DISTRICT_CHOICES = DISTRICTS.map((d) => ({ value: d.id, label: d.name }));

/** First run: which district this installation serves, and who its coordinator is. */
export function SetupScreen({ onDone }: { onDone: () => void }) {
  const form = useAppForm<Setup>({ resolver: zodResolver(setupSchema), defaultValues: { coordinatorName: '', coordinatorContact: '' } });
  const submit = useFormSubmit(
    form,
    async (values) => {
      await call('setup.save', values);
      onDone();
    },
    'oppsett',
  );

  return (
    <>
      <Header />
      <main className="bo-main" id="hovedinnhold">
        <h1 className="bo-page-title">{t.setup.tittel}</h1>
        <p className="bo-lead">{t.setup.ingress}</p>
        <StepForm form={submit} label={t.setup.tittel} submitLabel={t.setup.lagre}>
          <SelectField form={form} name="district" label={t.setup.bydel} help={t.setup.bydelHjelp} required choices={DISTRICT_CHOICES} />
          <TextField form={form} name="coordinatorName" label={t.setup.navn} required autoComplete="name" />
          <TextField form={form} name="coordinatorContact" label={t.setup.kontakt} help={t.setup.kontaktHjelp} required />
          <p>{t.setup.pilot}</p>
        </StepForm>
      </main>
    </>
  );
}
