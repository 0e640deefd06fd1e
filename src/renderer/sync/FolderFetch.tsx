import { PktAlert, PktButton, PktTag } from '@oslokommune/punkt-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { FolderArrival, FolderFetch as Fetched } from '../../shared/contract-sync';
import { districtName } from '../../shared/districts';
import { call } from '../api/client';
import { useApi } from '../api/use-api';
import { ActionResult } from '../components/ActionResult';
import { useAction } from '../components/use-action';
import { t } from '../i18n/nb';

const fm = t.fellesMappe;

const TAG_SKIN: Record<FolderArrival['outcome'], 'green' | 'yellow' | 'blue' | 'red'> = {
  importert: 'green',
  funn: 'yellow',
  venter: 'blue',
  avvist: 'red',
};

/** What arrived, one group per exchange (a file refused before its exchange was known goes last, on its own). */
function groups(arrivals: FolderArrival[]): [string | null, FolderArrival[]][] {
  const byReference = new Map<string | null, FolderArrival[]>();
  for (const a of arrivals) byReference.set(a.reference, [...(byReference.get(a.reference) ?? []), a]);
  return [...byReference].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
}

function Arrivals({ fetched }: { fetched: Fetched }) {
  return (
    <section aria-labelledby="hentet-tittel" data-testid="hentet">
      <h3 id="hentet-tittel">{fm.resultat}</h3>
      {fetched.unreachable.map((u) => (
        <PktAlert key={u.district} skin="error" compact>
          {u.message}
        </PktAlert>
      ))}
      {fetched.arrivals.length === 0 && fetched.alreadyImported === 0 && <p>{fm.ingenNye}</p>}
      {groups(fetched.arrivals).map(([reference, list]) => {
        const exchangeId = list.find((a) => a.exchangeId !== null)?.exchangeId ?? null;
        return (
          <div key={reference ?? ''} data-reference={reference ?? undefined}>
            <h4>{reference === null ? fm.ukjentBytte : exchangeId !== null ? <Link to={`/bytte/${exchangeId}`}>{fm.apneBytte(reference)}</Link> : reference}</h4>
            <ul>
              {list.map((a) => (
                <li key={a.file} data-outcome={a.outcome}>
                  <PktTag skin={TAG_SKIN[a.outcome]}>{fm.utfall[a.outcome]}</PktTag> {a.message}
                  <br />
                  <span className="bo-help">
                    {fm.fraBydel(districtName(a.partner))} · {t.importer.fil}: {a.file}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {fetched.alreadyImported > 0 && <p data-testid="allerede-importert">{fm.alleredeImportert(fetched.alreadyImported)}</p>}
    </section>
  );
}

/**
 * «Hent fra felles mappe»: main reads every paired partner's shared folder and imports what can
 * be imported, in order; the coordinator sees, per exchange, what arrived and what stays in the
 * folder and why. Shown only when a shared folder is chosen under Innstillinger.
 */
export function FolderFetch() {
  const partners = useApi('partners.list', {}, 'partners');
  const [fetched, setFetched] = useState<Fetched>();
  const fetchAll = useAction(async () => {
    setFetched(undefined);
    setFetched(await call('sync.fetchFromFolder', {}));
  });

  if (!partners.data?.partners.some((x) => x.folder !== null)) return null;

  return (
    <section aria-labelledby="felles-mappe-tittel" className="bo-card bo-folder-fetch">
      <h2 id="felles-mappe-tittel">{fm.tittel}</h2>
      <p>{fm.ingress}</p>
      <PktButton type="button" skin="secondary" isLoading={fetchAll.busy} onClick={() => fetchAll.run()}>
        {fm.tittel}
      </PktButton>
      <ActionResult action={fetchAll} working={fm.henter}>
        {fetched && <Arrivals fetched={fetched} />}
      </ActionResult>
    </section>
  );
}
