import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useNavigate } from 'react-router-dom';
import { contract, type ChannelInput } from '../../shared/contract';
import { MALGRUPPE_LABELS } from '../../shared/i18n/labels';
import { call } from '../api/client';
import { StepForm } from '../components/StepForm';
import { CheckboxGroup, choicesOf, SelectField, TextField } from '../components/fields';
import { useFormSubmit, useAppForm } from '../components/use-form-submit';
import { t } from '../i18n/nb';
import { useActivePartners } from '../use-partners';

type Values = ChannelInput<'exchanges.registerIncoming'>;

/** The new district's side: an exchange the old district has told us about. */
export function IncomingScreen() {
  const navigate = useNavigate();
  const { partners } = useActivePartners();
  const form = useAppForm<Values>({
    resolver: zodResolver(contract['exchanges.registerIncoming'].input),
    defaultValues: { reference: '', malgruppe: [] },
  });
  const submit = useFormSubmit(
    form,
    async (values) => {
      const created = await call('exchanges.registerIncoming', values);
      navigate(`/bytte/${created.id}`);
    },
    'innkommende',
  );

  return (
    <>
      <h1 className="bo-page-title">{t.innkommende.tittel}</h1>
      <p className="bo-lead">{t.innkommende.ingress}</p>
      <p className="bo-next">
        {t.importer.hintManuell} <Link to="/importer">{t.importer.tittel}</Link>
      </p>
      <StepForm form={submit} label={t.innkommende.tittel} submitLabel={t.innkommende.tittel} cancel>
        <SelectField form={form} name="partnerDistrict" label={t.innkommende.partner} required choices={partners} />
        <TextField form={form} name="reference" label={t.innkommende.referanse} help={t.innkommende.referanseHjelp} required />
        <CheckboxGroup form={form} name="malgruppe" label={t.kandidat.malgruppe} required choices={choicesOf(MALGRUPPE_LABELS)} />
      </StepForm>
    </>
  );
}
