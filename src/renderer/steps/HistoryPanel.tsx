import { PktAlert } from '@oslokommune/punkt-react';
import type { AuditRow } from '../../shared/privacy/audit';
import { formatInstant } from '../../shared/i18n/format';
import { STEP_LABELS } from '../../shared/i18n/labels';
import { useApi } from '../api/use-api';
import { type Column, DataTable } from '../components/DataTable';
import { auditActionLabel } from '../i18n/audit-labels';
import { t } from '../i18n/nb';

/** Every change to the exchange, newest first: what, who and when. */
function Events({ id, version }: { id: number; version: string }) {
  const history = useApi('exchanges.history', { id }, `${id}:${version}`);
  if (history.error) return <PktAlert skin="error">{history.error}</PktAlert>;
  const events = history.data ?? [];
  if (!history.loading && events.length === 0) return <p>{t.exchange.ingenHistorikk}</p>;
  return (
    <ol className="bo-history" aria-label={t.exchange.historikk}>
      {events.map((e) => (
        <li key={e.id}>
          <time dateTime={e.at}>{formatInstant(e.at)}</time>
          <strong>{e.step ? STEP_LABELS[e.step] : ''}</strong>: {e.summary}
          <div className="bo-help">{e.actor}</div>
        </li>
      ))}
    </ol>
  );
}

const AUDIT_COLUMNS: Column<AuditRow>[] = [
  { header: t.common.tidspunkt, cell: (row) => <time dateTime={row.at}>{formatInstant(row.at)}</time> },
  { header: t.personvern.hendelse, cell: (row) => auditActionLabel(row.action) },
  { header: t.common.steg, cell: (row) => (row.step ? STEP_LABELS[row.step] : '') },
  { header: t.common.hvem, cell: (row) => row.actor },
];

/** The audit trail of the exchange: every opening, change, export and import, as codes with who and when. */
function AuditTrail({ id, version }: { id: number; version: string }) {
  const rows = useApi('audit.forExchange', { id }, `${id}:${version}`);
  return (
    <section aria-labelledby="revisjonsspor-tittel">
      <h3 id="revisjonsspor-tittel">{t.personvern.loggTittel}</h3>
      <p className="bo-help">{t.personvern.loggIngress}</p>
      {rows.error && <PktAlert skin="error">{rows.error}</PktAlert>}
      {rows.data && <DataTable caption={t.personvern.loggTittel} columns={AUDIT_COLUMNS} rows={rows.data} rowKey={(row) => row.id} empty={t.personvern.ingenLogg} testId="revisjonsspor" />}
    </section>
  );
}

export function HistoryPanel({ id, version }: { id: number; version: string }) {
  return (
    <>
      <Events id={id} version={version} />
      <AuditTrail id={id} version={version} />
    </>
  );
}
