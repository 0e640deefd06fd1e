import { PktAlert, PktButton, PktCheckbox, PktSelect, PktTextinput } from '@oslokommune/punkt-react';
import { useMemo } from 'react';
import type { ExchangeSummary } from '../../shared/contract';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { LIST_SORTS } from '../../shared/list-order';
import { STEPS } from '../../shared/exchange/steps';
import { DIRECTION_LABELS, STEP_LABELS } from '../../shared/i18n/labels';
import { useApi } from '../api/use-api';
import { PartnerFilter } from '../components/PartnerFilter';
import { DataTable } from '../components/DataTable';
import { OVERVIEW_COLUMNS } from './overview-columns';
import { overviewFilters, overviewQuery, PAGE, type Tab } from './overview-filters';
import { OverviewSearch } from './OverviewSearch';
import { t } from '../i18n/nb';


/** The coordinator's desk: every exchange with its step, next action, whose turn, and deadline. */
const NO_ROWS: ExchangeSummary[] = [];

export function OverviewScreen() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const filters = overviewFilters(params);
  const { tab, status, search, partner, step, overdueOnly, sort, offset, createdFrom, createdTo } = filters;
  const query = overviewQuery(filters);
  const list = useApi('exchanges.list', query, JSON.stringify(query));

  function update(changes: Record<string, string | undefined>) {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, v);
    }
    if (!('fra' in changes)) next.delete('fra');
    setParams(next, { replace: true });
  }

  const tabs: { id: Tab; label: string; help?: string }[] = [
    { id: 'alle', label: t.overview.alle },
    { id: 'utgaende', label: DIRECTION_LABELS.utgaende, help: t.overview.utgaendeHjelp },
    { id: 'innkommende', label: DIRECTION_LABELS.innkommende, help: t.overview.innkommendeHjelp },
  ];
  const rows = list.data?.rows ?? NO_ROWS;
  // Built again only when the rows change: a filter's click or a key in the search then paints
  // without re-rendering the fifty rows in the same task (the new rows follow in a transition).
  const table = useMemo(
    () => <DataTable caption={t.overview.tittel} columns={OVERVIEW_COLUMNS} rows={rows} rowKey={(exchange) => exchange.id} rowData={(exchange) => ({ 'data-reference': exchange.reference })} />,
    [rows],
  );
  const total = list.data?.total ?? 0;
  const filtered = !!(search || partner || step || overdueOnly || createdFrom || createdTo || status !== 'aktiv');

  return (
    <>
      <div className="bo-actions" style={{ justifyContent: 'space-between', marginBottom: '1rem' }}>
        <h1 className="bo-page-title">{t.overview.tittel}</h1>
        <div className="bo-actions">
          <PktButton skin="primary" onClick={() => navigate('/ny')}>
            {t.nav.nyKandidat}
          </PktButton>
          <PktButton skin="secondary" onClick={() => navigate('/innkommende/ny')}>
            {t.nav.innkommende}
          </PktButton>
        </div>
      </div>

      <nav aria-label={t.overview.retning} className="bo-tabs">
        <ul className="bo-tabs__list">
          {tabs.map((x) => (
            <li key={x.id}>
              <a
                href={`#/?retning=${x.id}`}
                aria-current={tab === x.id ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  update({ retning: x.id === 'alle' ? undefined : x.id });
                }}
              >
                {x.label}
                {x.help && <span className="bo-tabs__help"> ({x.help})</span>}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <search className="bo-toolbar" aria-label={t.overview.filtrer}>
        <OverviewSearch search={search} onSearch={(sok) => update({ sok })} />
        <PktSelect id="filter-status" label={t.common.status} value={status} onChange={(e) => update({ status: e.target.value === 'aktiv' ? undefined : e.target.value })}>
          <option value="aktiv">{t.overview.statusAktiv}</option>
          <option value="avsluttet">{t.overview.statusAvsluttet}</option>
          <option value="alle">{t.overview.alle}</option>
        </PktSelect>
        <PartnerFilter id="filter-partner" value={partner} onChange={(next) => update({ partner: next ?? '' })} />
        <PktSelect id="filter-steg" label={t.common.steg} value={step ?? ''} onChange={(e) => update({ steg: e.target.value })}>
          <option value="">{t.overview.alleSteg}</option>
          {STEPS.map((s) => (
            <option key={s} value={s}>
              {STEP_LABELS[s]}
            </option>
          ))}
        </PktSelect>
        <PktSelect id="filter-sort" label={t.overview.sortering} value={sort} onChange={(e) => update({ sort: e.target.value === 'sist_endret' ? undefined : e.target.value })}>
          {LIST_SORTS.map((s) => (
            <option key={s} value={s}>
              {t.overview.sorteringer[s]}
            </option>
          ))}
        </PktSelect>
        <PktTextinput id="filter-opprettet-fra" type="date" label={t.overview.opprettetFra} value={createdFrom} onChange={(e) => update({ 'opprettet-fra': e.target.value })} />
        <PktTextinput id="filter-opprettet-til" type="date" label={t.overview.opprettetTil} value={createdTo} onChange={(e) => update({ 'opprettet-til': e.target.value })} />
        <PktCheckbox id="filter-forfalt" label={t.overview.kunForfalte} checked={overdueOnly} onChange={(e) => update({ forfalt: e.target.checked ? '1' : undefined })} />
      </search>

      {list.error && (
        <PktAlert skin="error" title={t.common.ukjentFeil}>
          {list.error}
        </PktAlert>
      )}

      <p role="status" aria-live="polite" className="bo-help">
        {list.loading ? t.common.laster : t.overview.antall(total)}
      </p>

      {rows.length === 0 && !list.loading ? (
        <div className="bo-card">
          <p>{filtered ? t.overview.tomFiltrert : t.overview.tom}</p>
        </div>
      ) : (
        table
      )}

      {total > PAGE && (
        <nav className="bo-pagination" aria-label={t.overview.sider}>
          <PktButton skin="secondary" size="small" disabled={offset === 0} onClick={() => update({ fra: String(Math.max(0, offset - PAGE)) })}>
            {t.overview.forrige}
          </PktButton>
          <span>{t.overview.side(offset + 1, Math.min(offset + PAGE, total), total)}</span>
          <PktButton skin="secondary" size="small" disabled={offset + PAGE >= total} onClick={() => update({ fra: String(offset + PAGE) })}>
            {t.overview.neste}
          </PktButton>
        </nav>
      )}
    </>
  );
}
