import { PktAlert, PktButton, PktTextinput } from '@oslokommune/punkt-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { periodSchema } from '../../shared/contract-common';
import type { Balance, Pilot, StatsQuery } from '../../shared/contract-stats';
import { type DistrictId, districtName } from '../../shared/districts';
import { isoDate, osloToday } from '../../shared/exchange/primitives';
import { DATE_MESSAGES } from '../../shared/i18n/date-messages';
import { UTFALL_LABELS } from '../../shared/i18n/labels';
import { DURATION_LABELS, STATS_EXPLANATION, TOTAL_LABEL } from '../../shared/i18n/stats-text';
import { balanceTables, DECLINED_REASON_LABELS, pilotTables } from '../../shared/stats/tables';
import { call } from '../api/client';
import { useApi } from '../api/use-api';
import { ActionOutcome } from '../components/ActionButton';
import { BarChart } from '../components/charts/BarChart';
import { DurationChart } from '../components/charts/DurationChart';
import { StatsTableView } from '../components/StatsTableView';
import { PartnerFilter } from '../components/PartnerFilter';
import { useAction } from '../components/use-action';
import { saveFile } from '../documents/save-file';
import { t } from '../i18n/nb';

const ts = t.statistikk;

/** The period in the address (so it survives a reload and can be shared), this year by default. */
function usePeriod() {
  const [params, setParams] = useSearchParams();
  const year = osloToday().slice(0, 4);
  const query: StatsQuery = {
    from: params.get('fra') ?? `${year}-01-01`,
    to: params.get('til') ?? `${year}-12-31`,
    ...(params.get('partner') ? { partner: params.get('partner') as DistrictId } : {}),
  };
  function set(next: StatsQuery) {
    setParams({ fra: next.from, til: next.to, ...(next.partner ? { partner: next.partner } : {}) }, { replace: true });
  }
  return [query, set] as const;
}

function PeriodPicker({ query, onChange }: { query: StatsQuery; onChange: (q: StatsQuery) => void }) {
  const [from, setFrom] = useState(query.from);
  const [to, setTo] = useState(query.to);
  const valid = (v: string) => isoDate.safeParse(v).success;
  const inOrder = (first: string, last: string) => periodSchema.safeParse({ from: first, to: last }).success;
  const wrongOrder = valid(from) && valid(to) && !inOrder(from, to);
  // A period applies as soon as it is whole and in order; until then the last one stays.
  function apply(nextFrom: string, nextTo: string) {
    setFrom(nextFrom);
    setTo(nextTo);
    if (inOrder(nextFrom, nextTo)) onChange({ ...query, from: nextFrom, to: nextTo });
  }
  return (
    <fieldset className="bo-toolbar bo-period">
      <legend>{ts.periode}</legend>
      <PktTextinput id="stat-fra" type="date" label={ts.fra} value={from} onChange={(e) => apply(e.target.value, to)} />
      <PktTextinput
        id="stat-til"
        type="date"
        label={ts.til}
        value={to}
        hasError={wrongOrder}
        errorMessage={wrongOrder ? DATE_MESSAGES.periodeRekkefolge : undefined}
        onChange={(e) => apply(from, e.target.value)}
      />
      <PartnerFilter
        id="stat-partner"
        value={query.partner}
        onChange={(partner) => {
          const { partner: _old, ...rest } = query;
          onChange(partner ? { ...rest, partner } : rest);
        }}
      />
    </fieldset>
  );
}

/** The two exports; each shows that it is working, and says when the file is there. */
function Exports({ query }: { query: StatsQuery }) {
  const download = useAction(async (type: 'CSV' | 'PDF') => {
    const file = await call(type === 'CSV' ? 'stats.exportCsv' : 'stats.exportPdf', query);
    saveFile(file);
    return t.common.lastetNed(file.fileName);
  });
  const working = download.running?.[0];
  return (
    <div className="bo-stack">
      <div className="bo-actions">
        <PktButton skin="secondary" isLoading={working === 'CSV'} onClick={() => download.run('CSV')}>
          {ts.lastNedCsv}
        </PktButton>
        <PktButton skin="secondary" isLoading={working === 'PDF'} onClick={() => download.run('PDF')}>
          {ts.lastNedPdf}
        </PktButton>
      </div>
      <ActionOutcome action={download} working={working && ts.lagerFil(working)} />
    </div>
  );
}

function BalanceSection({ balance }: { balance: Balance }) {
  const tables = balanceTables(balance);
  return (
    <section aria-labelledby="balanse" className="bo-card">
      <h2 id="balanse">{ts.balanse}</h2>
      <p className="bo-lead">{ts.balanseIngress}</p>
      {balance.pairs.length === 0 && <p>{ts.ingenPar}</p>}
      {balance.pairs.map((pair, i) => {
        const years = (pick: (f: Balance['pairs'][number]['total']) => [number | null, number | null]) =>
          [...pair.years.map((y) => ({ label: String(y.year), values: pick(y) })), { label: TOTAL_LABEL, values: pick(pair.total) }];
        const names = [districtName(balance.district), districtName(pair.partner)];
        const of = t.common.par(names[0]!, names[1]!);
        return (
          <div key={pair.partner} data-testid={`balanse-${pair.partner}`}>
            <h3>{tables[i]!.title}</h3>
            <BarChart title={`${ts.sendt}, ${of}`} series={names} groups={years((f) => [f.sentByUs, f.sentByPartner])} />
            <BarChart title={`${ts.boliger}, ${of}`} series={names} groups={years((f) => [f.dwellingsByUs, f.dwellingsByPartner])} />
            <StatsTableView table={tables[i]!} />
          </div>
        );
      })}
    </section>
  );
}

function PilotSections({ pilot }: { pilot: Pilot }) {
  const [bytter, tid, nei, visninger] = pilotTables(pilot);
  return (
    <>
      <section aria-labelledby="bytter" className="bo-card">
        <h2 id="bytter">{ts.bytter}</h2>
        <BarChart title={ts.utfall} series={[ts.antall]} groups={pilot.outcomes.map((o) => ({ label: UTFALL_LABELS[o.outcome], values: [o.count] }))} />
        <StatsTableView table={bytter!} />
      </section>
      <section aria-labelledby="tid" className="bo-card">
        <h2 id="tid">{ts.tid}</h2>
        <p className="bo-lead">{ts.tidIngress}</p>
        <DurationChart title={ts.tidFigur} unit={ts.dager} rows={pilot.durations.map((d) => ({ label: DURATION_LABELS[d.measure], figures: d }))} />
        <StatsTableView table={tid!} />
      </section>
      <section aria-labelledby="nei" className="bo-card">
        <h2 id="nei">{ts.nei}</h2>
        <StatsTableView table={nei!} />
      </section>
      <section aria-labelledby="visninger" className="bo-card">
        <h2 id="visninger">{ts.visninger}</h2>
        <p className="bo-lead">{ts.visningerIngress}</p>
        <BarChart
          title={ts.visningerFigur}
          series={[ts.antall]}
          groups={pilot.declinedViewings.reasons.map((r) => ({ label: DECLINED_REASON_LABELS[r.reason], values: [r.count] }))}
        />
        <StatsTableView table={visninger!} />
      </section>
    </>
  );
}

/** Pilot statistics and the balance between paired districts, for a chosen period. */
export function StatisticsScreen() {
  const [query, setQuery] = usePeriod();
  const key = JSON.stringify(query);
  const balance = useApi('stats.balance', query, key);
  const pilot = useApi('stats.pilot', query, key);
  const loading = balance.loading || pilot.loading;
  const error = balance.error ?? pilot.error;

  return (
    <>
      <h1 className="bo-page-title">{ts.tittel}</h1>
      <p className="bo-lead">{ts.ingress}</p>
      <PeriodPicker query={query} onChange={setQuery} />
      <Exports query={query} />
      <p role="status" aria-live="polite" className="bo-help">
        {loading ? t.common.laster : ''}
      </p>
      {error && (
        <PktAlert skin="error" title={t.common.ukjentFeil}>
          {error}
        </PktAlert>
      )}
      <div aria-busy={loading} data-testid={loading ? undefined : 'statistikk-klar'}>
        {balance.data && <BalanceSection balance={balance.data} />}
        {pilot.data && <PilotSections pilot={pilot.data} />}
        <section aria-labelledby="slik" className="bo-card">
          <h2 id="slik">{ts.slikTelles}</h2>
          <ul>
            {STATS_EXPLANATION.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
