import { PktAlert, PktButton, PktSelect, PktTag } from '@oslokommune/punkt-react';
import { useState } from 'react';
import { type DistrictId, districtName } from '../../shared/districts';
import { type DeadlineSettingsInput, deadlineSettingsSchema, type Pair, type Setup, setupSchema } from '../../shared/settings';
import { call } from '../api/client';
import { useApi } from '../api/use-api';
import { type Column, DataTable } from '../components/DataTable';
import { SelectField, TextField } from '../components/fields';
import { SettingsForm } from '../components/SettingsForm';
import { switchTraining } from '../components/TrainingBanner';
import { useAction } from '../components/use-action';
import { t } from '../i18n/nb';
import { useSettings } from '../settings-context';
import { PartnerSection } from './PartnerSettings';
import { AuditCheckSection, BackupSection, RetentionSection } from './PrivacySettings';
import { DISTRICT_CHOICES } from './SetupScreen';

function SetupForm() {
  const { settings, refresh } = useSettings();
  return (
    <SettingsForm<Setup>
      schema={setupSchema}
      defaultValues={settings}
      heading={{ id: 'oppsett-tittel', text: t.settings.oppsett, level: 2 }}
      save={async (values) => {
        await call('setup.save', values);
        refresh();
      }}
    >
      {(form) => (
        <>
          <SelectField form={form} name="district" label={t.setup.bydel} required choices={DISTRICT_CHOICES} placeholder={null} />
          <TextField form={form} name="coordinatorName" label={t.setup.navn} required />
          <TextField form={form} name="coordinatorContact" label={t.setup.kontakt} help={t.setup.kontaktHjelp} required />
        </>
      )}
    </SettingsForm>
  );
}

const num = { valueAsNumber: true } as const;

function DeadlinesForm() {
  const { settings, refresh } = useSettings();
  return (
    <SettingsForm<DeadlineSettingsInput>
      schema={deadlineSettingsSchema}
      defaultValues={settings.deadlines}
      heading={{ id: 'frister-tittel', text: t.settings.frister, level: 2 }}
      save={async (values) => {
        await call('settings.saveDeadlines', values);
        refresh();
      }}
    >
      {(form) => (
        <>
          <TextField form={form} name="followUpDays" label={t.settings.oppfolgingDager} type="number" required options={num} />
          <TextField form={form} name="stalledDays" label={t.settings.stoppDager} type="number" required options={num} />
          <TextField form={form} name="recentMeetingDays" label={t.settings.nyligDager} type="number" required options={num} />
        </>
      )}
    </SettingsForm>
  );
}

function PairsSection() {
  const { settings } = useSettings();
  const pairs = useApi('pairs.list', {}, 'pairs');
  const [a, setA] = useState<DistrictId>(settings.district);
  const [b, setB] = useState<DistrictId | ''>('');
  const save = useAction(async (districtA: DistrictId, districtB: DistrictId, active: boolean) => {
    pairs.set(await call('pairs.save', { districtA, districtB, active }));
  });

  const columns: Column<Pair>[] = [
    { header: t.common.bydel, cell: (pair) => districtName(pair.districtA) },
    { header: t.common.partnerbydel, cell: (pair) => districtName(pair.districtB) },
    {
      header: t.common.status,
      cell: (pair) => (
        <PktTag skin={pair.active ? 'green' : 'grey'} size="small">
          {pair.active ? t.settings.aktiv : t.settings.pause}
        </PktTag>
      ),
    },
    {
      header: t.settings.handling,
      headerHidden: true,
      cell: (pair) => (
        <PktButton size="small" skin="secondary" onClick={() => save.run(pair.districtA, pair.districtB, !pair.active)}>
          {pair.active ? t.settings.settPaPause : t.settings.aktiver}
          <span className="bo-visually-hidden">
            {' '}
            {t.common.par(districtName(pair.districtA), districtName(pair.districtB))}
          </span>
        </PktButton>
      ),
    },
  ];

  return (
    <section aria-labelledby="par-tittel" className="bo-form">
      <h2 id="par-tittel">{t.settings.par}</h2>
      <p>{t.settings.parIngress}</p>
      {save.error && <PktAlert skin="error">{save.error}</PktAlert>}
      <DataTable caption={t.settings.par} columns={columns} rows={pairs.data ?? []} rowKey={(pair) => pair.id} />
      <div className="bo-toolbar">
        <PktSelect id="nytt-par-a" label={t.common.bydel} value={a} onChange={(e) => setA(e.target.value as DistrictId)}>
          {DISTRICT_CHOICES.map((d) => (
            <option key={d.value} value={d.value}>
              {d.label}
            </option>
          ))}
        </PktSelect>
        <PktSelect id="nytt-par-b" label={t.common.partnerbydel} value={b} onChange={(e) => setB(e.target.value as DistrictId)}>
          <option value="">{t.common.velg}</option>
          {DISTRICT_CHOICES.filter((d) => d.value !== a).map((d) => (
            <option key={d.value} value={d.value}>
              {d.label}
            </option>
          ))}
        </PktSelect>
        <PktButton disabled={!b} onClick={() => b && save.run(a, b, true)}>
          {t.settings.leggTilPar}
        </PktButton>
      </div>
    </section>
  );
}

function TrainingSection() {
  const { training } = useSettings();
  const change = useAction((on: boolean) => switchTraining(on));
  return (
    <section aria-labelledby="oving-tittel" className="bo-form">
      <h2 id="oving-tittel">{t.training.tittel}</h2>
      <p>{t.training.ingress}</p>
      {change.error && <PktAlert skin="error">{change.error}</PktAlert>}
      <div className="bo-actions">
        <PktButton skin={training ? 'secondary' : 'primary'} isLoading={change.busy} onClick={() => change.run(!training)}>
          {training ? t.training.avslutt : t.training.start}
        </PktButton>
      </div>
    </section>
  );
}

export function SettingsScreen() {
  return (
    <>
      <h1 className="bo-page-title">{t.nav.innstillinger}</h1>
      <div className="bo-card">
        <TrainingSection />
      </div>
      <div className="bo-card">
        <SetupForm />
      </div>
      <div className="bo-card">
        <PairsSection />
      </div>
      <div className="bo-card">
        <PartnerSection />
      </div>
      <div className="bo-card">
        <DeadlinesForm />
      </div>
      <div className="bo-card">
        <RetentionSection />
      </div>
      <div className="bo-card">
        <BackupSection />
      </div>
      <div className="bo-card">
        <AuditCheckSection />
      </div>
    </>
  );
}
