import { zodResolver } from '@hookform/resolvers/zod';
import { PktAlert } from '@oslokommune/punkt-react';
import { useNavigate } from 'react-router-dom';
import { contract, type ChannelInput } from '../../shared/contract';
import { osloToday } from '../../shared/exchange/primitives';
import { MALGRUPPE_LABELS } from '../../shared/i18n/labels';
import { call } from '../api/client';
import { StepForm } from '../components/StepForm';
import { CheckboxField, CheckboxGroup, choicesOf, SelectField, TextAreaField, TextField } from '../components/fields';
import { useFormSubmit, useAppForm } from '../components/use-form-submit';
import { t } from '../i18n/nb';
import { useActivePartners } from '../use-partners';

type Values = ChannelInput<'exchanges.create'>;

/** Step 1 of the routine, Kandidat: who may be exchanged, and on what grounds. */
export function NewCandidateScreen() {
  const navigate = useNavigate();
  const { partners, loading } = useActivePartners();
  const form = useAppForm<Values>({
    resolver: zodResolver(contract['exchanges.create'].input),
    defaultValues: {
      kandidat: { malgruppe: [], grunner: '', samtykkeDato: osloToday(), internReferanse: '' },
    },
  });
  const submit = useFormSubmit(
    form,
    async (values) => {
      const created = await call('exchanges.create', values);
      navigate(`/bytte/${created.id}/brukerprofil`);
    },
    'ny-kandidat',
  );

  return (
    <>
      <h1 className="bo-page-title">{t.kandidat.tittel}</h1>
      <p className="bo-lead">{t.kandidat.ingress}</p>
      {!loading && partners.length === 0 && (
        <PktAlert skin="warning">{t.kandidat.ingenPartnere}</PktAlert>
      )}
      <StepForm form={submit} label={t.kandidat.tittel} submitLabel={t.kandidat.lagre} cancel>
        <SelectField form={form} name="partnerDistrict" label={t.kandidat.partner} help={t.kandidat.partnerHjelp} required choices={partners} />
        <CheckboxGroup form={form} name="kandidat.malgruppe" label={t.kandidat.malgruppe} help={t.kandidat.malgruppeHjelp} required choices={choicesOf(MALGRUPPE_LABELS)} />
        <CheckboxField form={form} name="kandidat.onskerKommunalBolig" label={t.kandidat.onsker} />
        <TextAreaField form={form} name="kandidat.grunner" label={t.kandidat.grunner} help={t.kandidat.grunnerHjelp} required maxLength={2000} />
        <CheckboxField form={form} name="kandidat.samtykke" label={t.kandidat.samtykke} />
        <TextField form={form} name="kandidat.samtykkeDato" label={t.kandidat.samtykkeDato} type="date" required />
        <TextField form={form} name="kandidat.internReferanse" label={t.kandidat.internRef} help={t.kandidat.internRefHjelp} required={false} />
        <p className="bo-next">{t.kandidat.hvaSkjerNa}</p>
      </StepForm>
    </>
  );
}
