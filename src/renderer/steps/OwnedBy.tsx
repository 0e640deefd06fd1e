import type { ExchangeDetail } from '../../shared/contract';
import { bydelName } from '../../shared/districts';
import { districtOfParty, FACT_OWNERS, type FactKey, ourParty, ownerOf } from '../../shared/exchange/ownership';
import { formatDate } from '../../shared/i18n/format';
import { t } from '../i18n/nb';
import { usePartnerSync } from '../sync/partner-sync-context';
import '../sync/sync.css';

const ps = t.partnerSync;

/** The party other than ours that owns the fact now, or null when we may enter it. */
function partnerOwning(detail: ExchangeDetail, fact: FactKey) {
  const owner = ownerOf(fact, detail.state);
  return owner === 'gammel' || owner === 'ny' ? (owner === ourParty(detail.state) ? null : owner) : null;
}

/**
 * Whether the coordinator enters this fact here. Without a paired partner, always: the
 * partner is not on the app, so its facts are recorded here by hand as it reports them.
 */
export function entersHere(detail: ExchangeDetail, fact: FactKey, paired: boolean): boolean {
  return !paired || partnerOwning(detail, fact) === null;
}

export function useEntersHere(detail: ExchangeDetail, fact: FactKey): boolean {
  return entersHere(detail, fact, usePartnerSync().paired);
}

/**
 * Who registers a fact when the partner is paired: «Registrert av bydel Grünerløkka, mottatt
 * 03.12.2026» for a fact the partner owns, or who registers it first when that decides.
 */
export function OwnedBy({ detail, fact }: { detail: ExchangeDetail; fact: FactKey }) {
  const { paired } = usePartnerSync();
  if (!paired) return null;
  const partner = partnerOwning(detail, fact);
  if (partner === null) {
    const open = FACT_OWNERS[fact] === 'registrerende' && !detail.state.registrertAv?.[fact] && !detail.state.avsluttet;
    return open ? <p className="bo-help">{ps.forstRegistrerer}</p> : null;
  }
  const bydel = bydelName(districtOfParty(detail.state, partner));
  const received = detail.state.mottatt?.[fact];
  return (
    <p className="bo-owned" data-testid="eies-av-partner" data-fact={fact}>
      {received ? ps.registrertAv(bydel, formatDate(received.dato)) : ps.registreresAv(bydel)}
    </p>
  );
}
