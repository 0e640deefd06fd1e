import { PktAlert, PktButton } from '@oslokommune/punkt-react';
import { useState } from 'react';
import {
  type AuditCheck,
  type BackupConfig,
  backupConfigSchema,
  RETENTION_LOOKAHEAD_DAYS,
  type RetentionItem,
} from '../../shared/contract-privacy';
import { type RetentionSettings, retentionSettingsSchema } from '../../shared/privacy/retention';
import { formatDate, formatInstant, instantToOsloDate } from '../../shared/i18n/format';
import { STEP_LABELS, UTFALL_LABELS } from '../../shared/i18n/labels';
import { call } from '../api/client';
import { useApi } from '../api/use-api';
import { TextField } from '../components/fields';
import { SettingsForm } from '../components/SettingsForm';
import { auditProblemText } from '../i18n/audit-labels';
import { t } from '../i18n/nb';
import { useSettings } from '../settings-context';
import { BackupRestoreTable } from '../components/BackupRestoreTable';
import { Confirm } from '../components/Confirm';
import { ActionResult } from '../components/ActionResult';
import { type Column, DataTable } from '../components/DataTable';
import { useAction } from '../components/use-action';

const p = t.personvern;
const num = { valueAsNumber: true } as const;
/**
 * "Kontroller loggen": main checks the trail's hashes, signatures, signed head and the history
 * it covers; a problem is named with what it means and what to do.
 */
export function AuditCheckSection() {
  const [result, setResult] = useState<AuditCheck>();
  const check = useAction(async () => setResult(await call('audit.verify', {})));
  return (
    <section aria-labelledby="logg-tittel" className="bo-form">
      <h2 id="logg-tittel">{p.loggTittel}</h2>
      <p>{p.kontrollIngress}</p>
      <div className="bo-actions">
        <PktButton skin="secondary" isLoading={check.busy} onClick={() => check.run()}>
          {p.kontroller}
        </PktButton>
      </div>
      <ActionResult action={check} said={result?.ok ? p.loggOk(result.checked) : undefined} testId="loggkontroll">
        {result && !result.ok && (
          <PktAlert skin="error">
            <p>{auditProblemText(result)}</p>
            <p>{p.loggHvaNa}</p>
          </PktAlert>
        )}
        {result && <p>{p.loggNokkel(result.fingerprint)}</p>}
      </ActionResult>
    </section>
  );
}

function BackupConfigForm({ config, onSaved }: { config: BackupConfig; onSaved: () => void }) {
  return (
    <SettingsForm<BackupConfig>
      schema={backupConfigSchema}
      defaultValues={config}
      heading={{ id: 'kopi-innstillinger-tittel', text: p.kopiInnstillinger, level: 3 }}
      save={async (values) => {
        await call('backup.saveSettings', values);
        onSaved();
      }}
    >
      {(form) => (
        <>
          <TextField form={form} name="folder" label={p.mappe} help={p.mappeHjelp} required />
          <TextField form={form} name="keep" label={p.antall} type="number" required options={num} />
        </>
      )}
    </SettingsForm>
  );
}

/** Backups: the list, a backup now, a restore (confirmed), and where they go. */
export function BackupSection() {
  const { refresh } = useSettings();
  const overview = useApi('backup.list', {}, 'backups');
  const [restored, setRestored] = useState<string>();
  const backupNow = useAction(async () => {
    setRestored(undefined);
    const next = await call('backup.now', {});
    overview.set(next);
    return p.kopiTatt(formatInstant(next.backups[0]?.createdAt));
  });

  const data = overview.data;
  return (
    <section aria-labelledby="kopi-tittel" className="bo-form">
      <h2 id="kopi-tittel">{p.kopiTittel}</h2>
      {data && <p>{p.kopiIngress(data.keep)}</p>}
      {overview.error && <PktAlert skin="error">{overview.error}</PktAlert>}
      {data?.lastError && <PktAlert skin="warning">{data.lastError}</PktAlert>}
      <div className="bo-actions">
        <PktButton isLoading={backupNow.busy} onClick={() => backupNow.run()}>
          {p.taKopi}
        </PktButton>
      </div>
      <ActionResult action={backupNow} said={restored ?? backupNow.status} testId="kopi-status" />
      {data && data.backups.length === 0 && <p>{p.ingenKopier}</p>}
      {data && data.backups.length > 0 && (
        <BackupRestoreTable
          backups={data.backups}
          onRestored={(said) => {
            backupNow.clear();
            setRestored(said);
            overview.reload();
            // Everything on screen may have changed with the database.
            refresh();
          }}
        />
      )}
      {data && <BackupConfigForm key={`${data.folder}:${data.keep}`} config={{ folder: data.folder, keep: data.keep }} onSaved={overview.reload} />}
    </section>
  );
}

const RETENTION_COLUMNS: Column<RetentionItem>[] = [
  { header: t.common.referanse, cell: (item) => item.reference },
  { header: t.common.utfall, cell: (item) => (item.outcome ? UTFALL_LABELS[item.outcome] : '') },
  { header: STEP_LABELS.avsluttet, cell: (item) => formatDate(instantToOsloDate(item.closedAt)) },
  { header: p.slettes, cell: (item) => formatInstant(item.deleteAfter) },
];

function RetentionList({ items, label }: { items: RetentionItem[]; label: string }) {
  return <DataTable caption={label} columns={RETENTION_COLUMNS} rows={items} rowKey={(item) => item.id} />;
}

function RetentionForm({ settings, onSaved }: { settings: RetentionSettings; onSaved: () => void }) {
  return (
    <SettingsForm<RetentionSettings>
      schema={retentionSettingsSchema}
      defaultValues={settings}
      label={p.slettTittel}
      save={async (values) => {
        await call('retention.saveSettings', values);
        onSaved();
      }}
    >
      {(form) => (
        <>
          <TextField form={form} name="closedMonths" label={p.mndAvsluttet} type="number" required options={num} />
          <TextField form={form} name="refusedMonths" label={p.mndAvslatt} type="number" required options={num} />
        </>
      )}
    </SettingsForm>
  );
}

export function RetentionSection() {
  const preview = useApi('retention.preview', {}, 'retention');
  const [confirming, setConfirming] = useState(false);
  const runNow = useAction(async () => {
    const { deleted } = await call('retention.run', {});
    setConfirming(false);
    preview.reload();
    return p.slettet(deleted.map((d) => d.reference).join(', '));
  });

  const data = preview.data;
  return (
    <section aria-labelledby="sletting-tittel" className="bo-form">
      <h2 id="sletting-tittel">{p.slettTittel}</h2>
      <p>{p.slettIngress}</p>
      {preview.error && <PktAlert skin="error">{preview.error}</PktAlert>}
      {data && <RetentionForm key={JSON.stringify(data.settings)} settings={data.settings} onSaved={preview.reload} />}
      <ActionResult action={runNow} testId="sletting-status" />
      {data && data.due.length > 0 && (
        <>
          <p>{p.forfalt(data.due.length)}</p>
          <RetentionList items={data.due} label={p.forfalt(data.due.length)} />
          {confirming ? (
            <Confirm question={p.slettSporsmal(data.due.length)} confirm={p.slettBekreft} busy={runNow.busy} onConfirm={() => runNow.run()} onCancel={() => setConfirming(false)} />
          ) : (
            <div className="bo-actions">
              <PktButton skin="secondary" onClick={() => setConfirming(true)}>
                {p.slettNa}
              </PktButton>
            </div>
          )}
        </>
      )}
      {data && data.upcoming.length > 0 && (
        <>
          <h3>{p.snart(data.upcoming.length, RETENTION_LOOKAHEAD_DAYS)}</h3>
          <RetentionList items={data.upcoming} label={p.snart(data.upcoming.length, RETENTION_LOOKAHEAD_DAYS)} />
        </>
      )}
      {data && data.due.length === 0 && data.upcoming.length === 0 && <p>{p.ingenSnart(RETENTION_LOOKAHEAD_DAYS)}</p>}
    </section>
  );
}
