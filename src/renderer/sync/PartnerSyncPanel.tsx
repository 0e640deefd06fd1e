import { PktAlert, PktTag } from '@oslokommune/punkt-react';
import { Link } from 'react-router-dom';
import type { ExchangeDetail } from '../../shared/contract';
import type { SyncStatus } from '../../shared/contract-sync';
import { districtName } from '../../shared/districts';
import { partnerDistrict } from '../../shared/exchange/workflow';
import { formatInstant } from '../../shared/i18n/format';
import { SIDE_LABELS } from '../../shared/i18n/labels';
import { call } from '../api/client';
import type { ApiState } from '../api/use-api';
import { ActionButton } from '../components/ActionButton';
import { DownloadButton } from '../documents/DownloadButton';
import { t } from '../i18n/nb';
import { factLabel, sharedFactLabel } from './fact-labels';
import './sync.css';

const ps = t.partnerSync;

function Agreement({ status }: { status: SyncStatus }) {
  switch (status.agreement) {
    case 'enige':
      return (
        <p data-testid="enighet" data-agreement="enige">
          <PktTag skin="green">{ps.enige}</PktTag>
        </p>
      );
    case 'ulike':
      return (
        <PktAlert skin="warning" compact title={ps.ulikeTittel} data-testid="enighet" data-agreement="ulike">
          <p>{ps.ulike(status.differing.map(sharedFactLabel).join(', '))}</p>
          <p>{ps.ulikeHjelp}</p>
        </PktAlert>
      );
    case 'venter':
      return (
        <p className="bo-help" data-testid="enighet" data-agreement="venter">
          {ps.venter}
        </p>
      );
  }
}

/**
 * «Send til felles mappe», beside the download: the same update, sealed to the partner and put
 * in the pair's shared folder; the coordinator is told which file was written.
 */
function SendToFolder({ exchangeId, label, onSent }: { exchangeId: number; label: string; onSent: (seq: number, file: string) => Promise<string> }) {
  return (
    <ActionButton
      label={label}
      testId="send-felles-mappe"
      run={async () => {
        const written = await call('sync.sendToFolder', { id: exchangeId });
        return onSent(written.seq, written.file);
      }}
    />
  );
}

/**
 * Partnerbydelen: where this exchange stands with the partner's installation. What is waiting
 * to be sent (and the button that sends it), what came last, whether the two records agree,
 * and what the partner sent that was not taken in. Unpaired, it says how the partner's facts
 * are recorded instead.
 */
export function PartnerSyncPanel({ detail, sync }: { detail: ExchangeDetail; sync: ApiState<SyncStatus> }) {
  const partner = districtName(partnerDistrict(detail.state));
  const status = sync.data;
  const sendLabel = status?.unsent ? ps.send : status?.lastSent ? ps.lastNedIgjen(status.lastSent.seq) : undefined;

  // The announcement names the update's number, which main gives it as it is made.
  async function sent(fileName: string): Promise<string | undefined> {
    try {
      const next = await call('sync.status', { id: detail.id });
      sync.set(next);
      return next.lastSent ? ps.sendt(next.lastSent.seq, fileName, partner) : undefined;
    } catch {
      sync.reload();
      return undefined;
    }
  }

  async function sentToFolder(seq: number, file: string): Promise<string> {
    sync.reload();
    return ps.sendtMappe(seq, file, partner);
  }

  return (
    <section aria-labelledby="partnerbydelen-tittel" className="bo-sync" data-testid="partnerbydelen" data-paired={status?.paired}>
      <h3 id="partnerbydelen-tittel">{SIDE_LABELS.partner}</h3>
      {sync.error && (
        <PktAlert skin="error" compact>
          {sync.error}
        </PktAlert>
      )}
      {status && !status.paired && (
        <>
          <p data-testid="ikke-paret">{ps.ikkeParet(partner)}</p>
          <p>
            {ps.hvordanPare} <Link to="/innstillinger">{ps.innstillingerSti}</Link>.
          </p>
        </>
      )}
      {status?.paired && (
        <>
          <div aria-live="polite" data-testid="ikke-sendt" data-unsent={status.unsent}>
            <p className="bo-sync__count">{status.unsent > 0 ? ps.ikkeSendt(status.unsent) : ps.alleSendt}</p>
            {status.unsentChanges.length > 0 && (
              <ul aria-label={ps.endringer} className="bo-sync__changes">
                {status.unsentChanges.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
          </div>
          {status.unsent > 0 && <p className="bo-help">{ps.sendHjelp(partner)}</p>}
          {/* One button, so its announcement stays when the count goes to 0. With nothing waiting,
              main makes the last update again as it was: for a file that got lost. */}
          {sendLabel && (
            <div className="bo-actions">
              <DownloadButton exchangeId={detail.id} kind="oppdatering" skin={status.unsent > 0 ? 'primary' : 'secondary'} label={sendLabel} onMade={sent} />
              {status.sharedFolder && (
                <SendToFolder exchangeId={detail.id} label={status.unsent ? ps.sendMappe : ps.sendMappeIgjen(status.lastSent!.seq)} onSent={sentToFolder} />
              )}
            </div>
          )}
          <ul className="bo-sync__log">
            <li data-testid="sist-mottatt">
              {status.lastReceived
                ? ps.sistMottatt(status.lastReceived.seq, status.lastReceived.sender, formatInstant(status.lastReceived.at))
                : ps.ingenMottatt}
            </li>
            {status.lastSent && <li data-testid="sist-sendt">{ps.sistSendt(status.lastSent.seq, formatInstant(status.lastSent.at))}</li>}
          </ul>
          <div aria-live="polite">
            <Agreement status={status} />
          </div>
          {status.conflicts.length > 0 && (
            <PktAlert skin="warning" title={ps.konfliktTittel(status.conflicts.length)} data-testid="konflikter">
              <ul>
                {status.conflicts.map((c) => (
                  <li key={c.id} data-fact={c.fact}>
                    {ps.konflikt(factLabel(c.fact).toLowerCase(), c.summary, ps.kilde(c.actor, c.updateSeq))} {ps.ikkeTattInn(c.reason)}
                  </li>
                ))}
              </ul>
              <p>{ps.konfliktHjelp}</p>
            </PktAlert>
          )}
        </>
      )}
    </section>
  );
}
