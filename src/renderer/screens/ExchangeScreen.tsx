import { PktAlert } from '@oslokommune/punkt-react';
import { Loading } from '../components/Loading';
import { useEffect, useMemo, useRef } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import type { ExchangeDetail } from '../../shared/contract';
import type { SyncStatus } from '../../shared/contract-sync';
import { districtName } from '../../shared/districts';
import { STEPS, type StepId, sideOf, partnerDistrict } from '../../shared/exchange/workflow';
import { formatDate } from '../../shared/i18n/format';
import { NEXT_ACTION_LABELS, SIDE_LABELS, STEP_LABELS, STEP_STATUS_LABELS, UTFALL_LABELS } from '../../shared/i18n/labels';
import { useApi } from '../api/use-api';
import { t } from '../i18n/nb';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { HistoryPanel } from '../steps/HistoryPanel';
import { StepPanel } from '../steps/StepPanel';
import { PartnerSyncContext } from '../sync/partner-sync-context';
import { PartnerSyncPanel } from '../sync/PartnerSyncPanel';

const MARKS = { done: '✓', skipped: '–', current: '', waiting: '' } as const;

/** A step of the routine, or one of the exchange's own pages. */
type View = StepId | 'dokumenter' | 'historikk';

function Stepper({ detail, selected }: { detail: ExchangeDetail; selected: View }) {
  return (
    <nav aria-label={t.exchange.stegOversikt}>
      <ol className="bo-steps">
        {STEPS.map((step, i) => {
          const status = detail.statuses[step];
          return (
            <li key={step}>
              <Link to={`/bytte/${detail.id}/${step}`} aria-current={selected === step ? 'step' : undefined} data-step={step} data-status={status}>
                <span className={`bo-steps__mark bo-steps__mark--${status}`} aria-hidden="true">
                  {MARKS[status] || i + 1}
                </span>
                <span className="bo-steps__text">
                  <span className="bo-steps__title">{STEP_LABELS[step]}</span>
                  <span className="bo-steps__status">{STEP_STATUS_LABELS[status]}</span>
                </span>
              </Link>
            </li>
          );
        })}
        <li>
          <Link to={`/bytte/${detail.id}/dokumenter`} aria-current={selected === 'dokumenter' ? 'step' : undefined}>
            <span className="bo-steps__mark" aria-hidden="true">
              ↓
            </span>
            <span className="bo-steps__text">
              <span className="bo-steps__title">{t.documents.tittel}</span>
            </span>
          </Link>
        </li>
        <li>
          <Link to={`/bytte/${detail.id}/historikk`} aria-current={selected === 'historikk' ? 'step' : undefined}>
            <span className="bo-steps__mark" aria-hidden="true">
              ⋯
            </span>
            <span className="bo-steps__text">
              <span className="bo-steps__title">{t.exchange.historikk}</span>
            </span>
          </Link>
        </li>
      </ol>
    </nav>
  );
}

/** On every page of the exchange: what is waiting to be sent to a paired partner, and where to send it. */
function UnsentRow({ detail, sync }: { detail: ExchangeDetail; sync: SyncStatus | undefined }) {
  if (!sync?.paired) return null;
  return (
    <>
      <dt>{SIDE_LABELS.partner}</dt>
      <dd aria-live="polite" data-testid="ikke-sendt-kort">
        {sync.unsent > 0 ? (
          <>
            {t.partnerSync.ikkeSendt(sync.unsent)} · <Link to={`/bytte/${detail.id}/dokumenter`}>{t.partnerSync.send}</Link>
          </>
        ) : (
          t.partnerSync.alleSendt
        )}
      </dd>
    </>
  );
}

function NextActionBox({ detail, sync }: { detail: ExchangeDetail; sync: SyncStatus | undefined }) {
  const s = detail.state;
  if (s.avsluttet) {
    return (
      <div className="bo-next" data-testid="neste-handling">
        <strong>{t.exchange.avsluttet}:</strong> {UTFALL_LABELS[s.avsluttet.utfall]}, {formatDate(s.avsluttet.dato)}
        {sync?.paired && (
          <dl className="bo-dl">
            <UnsentRow detail={detail} sync={sync} />
          </dl>
        )}
      </div>
    );
  }
  const na = detail.nextAction;
  return (
    <div className="bo-next" data-testid="neste-handling">
      <dl className="bo-dl">
        <dt>{t.common.nesteHandling}</dt>
        <dd>{NEXT_ACTION_LABELS[na.code]}</dd>
        <dt>{t.exchange.ansvarlig}</dt>
        <dd>{na.side === 'partner' ? `${SIDE_LABELS.partner} (${districtName(partnerDistrict(s))})` : SIDE_LABELS[na.side]}</dd>
        {na.dueDate && (
          <>
            <dt>{t.common.frist}</dt>
            <dd className={na.overdue ? 'bo-overdue' : undefined}>
              {na.overdue && <>⚠ {t.exchange.forfalt}: </>}
              {formatDate(na.dueDate)}
            </dd>
          </>
        )}
        <UnsentRow detail={detail} sync={sync} />
      </dl>
    </div>
  );
}

/** One exchange: the routine's steps on the left, the chosen step's screen on the right. */
export function ExchangeScreen() {
  const params = useParams();
  const id = Number(params.id);
  const detail = useApi('exchanges.get', { id }, String(id));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const d = detail.data;
  // Asked beside the detail, not after it (the screen waits for both). Every later change to the
  // exchange may change what is unsent, what arrived, and whether the records agree: asked again.
  const sync = useApi('sync.status', { id }, String(id));
  const { reload: reloadSync } = sync;
  const seenVersion = useRef<{ id: number; updatedAt: string } | undefined>(undefined);
  useEffect(() => {
    if (!d) return;
    const before = seenVersion.current;
    seenVersion.current = { id: d.id, updatedAt: d.updatedAt };
    if (before?.id === d.id && before.updatedAt !== d.updatedAt) reloadSync();
  }, [d, reloadSync]);
  const paired = !!sync.data?.paired;
  const lastSentSeq = sync.data?.lastSent?.seq ?? 0;
  const partnerSync = useMemo(() => ({ paired, lastSentSeq, refresh: reloadSync }), [paired, lastSentSeq, reloadSync]);
  const selected = (params.step as View | undefined) ?? d?.currentStep ?? 'kandidat';

  const navigate = useNavigate();
  const currentStep = d?.currentStep;
  // Opened without a step, the exchange shows its current one, and the address says so: the view
  // then stays on the step saved, whichever way the coordinator came (never a jump on save).
  useEffect(() => {
    if (!params.step && currentStep) navigate(`/bytte/${id}/${currentStep}`, { replace: true });
  }, [params.step, currentStep, id, navigate]);

  // Moving between steps moves focus to the step's heading, as a wizard should; also when the
  // link chosen is the step already shown (a new navigation, the same address).
  const navigation = useLocation().key;
  useEffect(() => {
    if (params.step) headingRef.current?.focus();
  }, [params.step, navigation]);

  // A saved form often gives way to its summary; focus that went with it returns to the step.
  // Checked once the saved exchange is on screen (an effect, not a timer: React may commit the
  // save after the next frame, and the form's button would then still hold focus when looked at).
  const refocusAfterSave = useRef(false);
  const saved = (next: ExchangeDetail) => {
    refocusAfterSave.current = true;
    detail.set(next);
  };
  useEffect(() => {
    if (!refocusAfterSave.current) return;
    refocusAfterSave.current = false;
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) headingRef.current?.focus();
  }, [d]);

  if (detail.error) {
    return (
      <PktAlert skin="error" title={t.common.ukjentFeil}>
        {detail.error} <Link to="/">{t.nav.oversikt}</Link>
      </PktAlert>
    );
  }
  // Until the status is known a form could show for a fact the partner owns (main would refuse it).
  if (!d || (!sync.data && !sync.error)) return <Loading />;

  const partner = districtName(partnerDistrict(d.state));
  const stepKnown = (STEPS as readonly string[]).includes(selected);
  return (
    <>
      {/* The stepper is thirteen links: a keyboard user goes past them to the step in one press. */}
      <a
        className="bo-skip-local"
        href="#steg-overskrift"
        onClick={(e) => {
          e.preventDefault();
          headingRef.current?.focus();
        }}
      >
        {t.exchange.hoppTilSteg}
      </a>
      <p className="bo-help">
        <Link to="/">← {t.nav.oversikt}</Link>
      </p>
      <h1 className="bo-page-title">
        {d.state.reference}
      </h1>
      <p className="bo-lead">
        {d.state.direction === 'utgaende' ? t.exchange.utgaende(partner) : t.exchange.innkommende(partner)}
      </p>
      <NextActionBox detail={d} sync={sync.data} />
      <PartnerSyncContext.Provider value={partnerSync}>
        <div className="bo-exchange">
          <Stepper detail={d} selected={selected} />
          <section aria-labelledby="steg-overskrift" className="bo-card">
            <h2 id="steg-overskrift" ref={headingRef} tabIndex={-1}>
              {selected === 'historikk' ? t.exchange.historikk : selected === 'dokumenter' ? t.documents.tittel : stepKnown ? STEP_LABELS[selected as StepId] : ''}
            </h2>
            {selected === 'historikk' ? (
              <HistoryPanel id={d.id} version={d.updatedAt} />
            ) : selected === 'dokumenter' ? (
              <>
                <PartnerSyncPanel detail={d} sync={sync} />
                <DocumentsPanel detail={d} />
              </>
            ) : stepKnown ? (
              <>
                {/* Unpaired, the coordinator records the partner's steps here as the partner reports them. */}
                {!paired && sideOf(selected as StepId, d.state.direction) === 'partner' && d.statuses[selected as StepId] !== 'waiting' && (
                  <p className="bo-help">{t.exchange.rapportertAvPartner(partner)}</p>
                )}
                <StepPanel key={selected} step={selected as StepId} detail={d} onChange={saved} />
              </>
            ) : null}
          </section>
        </div>
      </PartnerSyncContext.Provider>
    </>
  );
}
