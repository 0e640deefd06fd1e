import { PktAlert, PktButton } from '@oslokommune/punkt-react';
import { Loading } from '../components/Loading';
import { useEffect, useRef, useState } from 'react';
import { useApi } from '../api/use-api';
import { BackupRestoreTable } from '../components/BackupRestoreTable';
import { t } from '../i18n/nb';

const s = t.skadet;

/** Back to a fresh start on the restored database: every screen loads again. */
function startAgain(): void {
  window.location.hash = '#/';
  window.location.reload();
}

/**
 * Where a damaged database leads (found by the check at start): what happened, and the way
 * out, restoring a backup. Main answers only the backup channels until then.
 */
export function DamagedDatabaseScreen() {
  const overview = useApi('backup.list', {}, 'backups');
  const [restored, setRestored] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const data = overview.data;
  return (
    <section aria-labelledby="skadet-tittel" className="bo-form" data-testid="database-skadet">
      <h1 id="skadet-tittel" className="bo-page-title" ref={heading} tabIndex={-1}>
        {s.tittel}
      </h1>
      {restored ? (
        <>
          <PktAlert skin="success">{restored}</PktAlert>
          <div className="bo-actions">
            <PktButton onClick={startAgain}>{s.tilOversikten}</PktButton>
          </div>
        </>
      ) : (
        <>
          <PktAlert skin="error">{s.ingress}</PktAlert>
          {overview.loading && !data && <Loading />}
          {overview.error && <PktAlert skin="error">{overview.error}</PktAlert>}
          {data && data.backups.length === 0 && <p>{s.ingenKopier(data.folder)}</p>}
          {data && data.backups.length > 0 && (
            <>
              <p>{s.velg}</p>
              <BackupRestoreTable backups={data.backups} onRestored={setRestored} />
            </>
          )}
        </>
      )}
    </section>
  );
}

/** On every screen once main has said the database is damaged: stop typing, here is the way out. */
export function DamagedBanner() {
  return (
    <div role="alert" className="bo-damaged" data-testid="database-skadet-banner">
      <PktAlert skin="error">
        {s.banner} <a href="#/gjenopprett">{s.tilGjenoppretting}</a>
      </PktAlert>
    </div>
  );
}
