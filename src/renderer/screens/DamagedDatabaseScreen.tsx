import { PktAlert, PktButton } from '@oslokommune/punkt-react';
import { Loading } from '../components/Loading';
import { useEffect, useRef, useState } from 'react';
import { useApi } from '../api/use-api';
import { BackupRestoreTable } from '../components/BackupRestoreTable';
import { restartApp } from '../components/restart-app';
import { t } from '../i18n/nb';

const s = t.skadet;

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
            <PktButton onClick={restartApp}>{s.tilOversikten}</PktButton>
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
