import { PktAlert } from '@oslokommune/punkt-react';
import { formatInstant } from '../../shared/i18n/format';
import { STEP_LABELS } from '../../shared/i18n/labels';
import { useApi } from '../api/use-api';
import { t } from '../i18n/nb';

/** Every change to the exchange, newest first: what, who and when. */
export function HistoryPanel({ id, version }: { id: number; version: string }) {
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
