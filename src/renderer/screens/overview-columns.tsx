import { PktTag } from '@oslokommune/punkt-react';
import { Link } from 'react-router-dom';
import type { ExchangeSummary } from '../../shared/contract';
import { districtName } from '../../shared/districts';
import { formatDate, formatInstant, instantToOsloDate } from '../../shared/i18n/format';
import { DIRECTION_LABELS, NEXT_ACTION_LABELS, SIDE_LABELS, STEP_LABELS, UTFALL_LABELS } from '../../shared/i18n/labels';
import type { Column } from '../components/DataTable';
import { t } from '../i18n/nb';

/** A day in the column, the moment on hover. */
function Day({ at }: { at: string }) {
  return (
    <time dateTime={at} title={formatInstant(at)}>
      {formatDate(instantToOsloDate(at))}
    </time>
  );
}

/** The overview's columns: each exchange's step, next action, whose turn, deadline and traffic with the partner. */
export const OVERVIEW_COLUMNS: Column<ExchangeSummary>[] = [
  {
    header: t.common.referanse,
    cell: (exchange) => (
      <Link className="bo-nowrap" to={`/bytte/${exchange.id}`}>
        {exchange.reference}
      </Link>
    ),
  },
  { header: t.overview.retning, cell: (exchange) => DIRECTION_LABELS[exchange.direction] },
  { header: t.common.partnerbydel, cell: (exchange) => districtName(exchange.partnerDistrict) },
  {
    header: t.common.steg,
    cell: (exchange) => (
      <>
        {STEP_LABELS[exchange.currentStep]}
        {exchange.outcome && (
          <>
            {' '}
            <PktTag skin={exchange.outcome === 'gjennomfort' ? 'green' : 'grey'} size="small">
              {UTFALL_LABELS[exchange.outcome]}
            </PktTag>
          </>
        )}
      </>
    ),
  },
  { header: t.common.nesteHandling, cell: (exchange) => NEXT_ACTION_LABELS[exchange.nextAction.code] },
  { header: t.common.hvem, cell: (exchange) => (exchange.status === 'aktiv' ? SIDE_LABELS[exchange.nextAction.side] : '') },
  {
    header: t.common.frist,
    cell: (exchange) =>
      exchange.status === 'aktiv' &&
      exchange.nextAction.dueDate && (
        <span className={exchange.nextAction.overdue ? 'bo-overdue' : undefined}>
          {exchange.nextAction.overdue && <>⚠ {t.overview.forfalt}: </>}
          {formatDate(exchange.nextAction.dueDate)}
        </span>
      ),
  },
  { header: t.overview.sorteringer.sist_endret, className: 'bo-nowrap', cell: (exchange) => <Day at={exchange.updatedAt} /> },
  {
    // Blank when nothing waits: a number here means an update to send.
    header: t.overview.ikkeSendt,
    name: 'ikke-sendt',
    cell: (exchange) =>
      exchange.unsent > 0 && (
        <Link to={`/bytte/${exchange.id}/dokumenter`} aria-label={t.overview.ikkeSendtHjelp(exchange.unsent)}>
          {exchange.unsent}
        </Link>
      ),
  },
  {
    header: t.overview.sistMottatt,
    name: 'sist-mottatt',
    className: 'bo-nowrap',
    cell: (exchange) =>
      exchange.lastReceivedAt ? (
        <Day at={exchange.lastReceivedAt} />
      ) : (
        <>
          <span aria-hidden="true">–</span>
          <span className="bo-visually-hidden">{t.overview.ingenMottatt}</span>
        </>
      ),
  },
];
