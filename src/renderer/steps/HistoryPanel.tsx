import { PktAlert } from '@oslokommune/punkt-react';
import { formatInstant } from '../../shared/i18n/format';
import { STEP_LABELS } from '../../shared/i18n/labels';
import { useApi } from '../api/use-api';
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

/** The audit trail of the exchange: every opening, change, export and import, as codes with who and when. */
function AuditTrail({ id, version }: { id: number; version: string }) {
  const rows = useApi('audit.forExchange', { id }, `${id}:${version}`);
  return (
    <section aria-labelledby="revisjonsspor-tittel">
      <h3 id="revisjonsspor-tittel">{t.personvern.loggTittel}</h3>
      <p className="bo-help">{t.personvern.loggIngress}</p>
      {rows.error && <PktAlert skin="error">{rows.error}</PktAlert>}
      {!rows.loading && rows.data?.length === 0 && <p>{t.personvern.ingenLogg}</p>}
      {rows.data && rows.data.length > 0 && (
        <div className="bo-table-wrap">
          <table className="bo-table" data-testid="revisjonsspor">
            <caption className="bo-visually-hidden">{t.personvern.loggTittel}</caption>
            <thead>
              <tr>
                <th scope="col">{t.common.tidspunkt}</th>
                <th scope="col">{t.personvern.hendelse}</th>
                <th scope="col">{t.common.steg}</th>
                <th scope="col">{t.common.hvem}</th>
              </tr>
            </thead>
            <tbody>
              {rows.data.map((r) => (
                <tr key={r.id}>
                  <td>
                    <time dateTime={r.at}>{formatInstant(r.at)}</time>
                  </td>
                  <td>{auditActionLabel(r.action)}</td>
                  <td>{r.step ? STEP_LABELS[r.step] : ''}</td>
                  <td>{r.actor}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
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
