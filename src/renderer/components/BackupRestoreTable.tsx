import { PktAlert, PktButton } from '@oslokommune/punkt-react';
import { useState } from 'react';
import type { BackupInfo } from '../../shared/contract-privacy';
import { formatInstant } from '../../shared/i18n/format';
import { call, errorMessage } from '../api/client';
import { t } from '../i18n/nb';
import { Confirm } from './Confirm';

const p = t.personvern;
const sizeFmt = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${sizeFmt.format(bytes / 1024)} kB` : `${sizeFmt.format(bytes / 1024 / 1024)} MB`;
}

/**
 * The backups, newest first, each with a restore button that asks once more. Used in the
 * settings and on the screen a damaged database leads to.
 */
export function BackupRestoreTable({ backups, onRestored }: { backups: BackupInfo[]; onRestored: (said: string) => void }) {
  const [restoring, setRestoring] = useState<BackupInfo>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function restore(b: BackupInfo) {
    setBusy(true);
    setError(undefined);
    try {
      const r = await call('backup.restore', { file: b.file });
      setRestoring(undefined);
      onRestored(p.gjenopprettet(formatInstant(r.restored.createdAt), r.copyOfPrevious.file));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {error && <PktAlert skin="error">{error}</PktAlert>}
      {restoring && (
        <Confirm
          question={p.gjenopprettSporsmal(formatInstant(restoring.createdAt))}
          confirm={p.gjenopprettBekreft}
          busy={busy}
          onConfirm={() => void restore(restoring)}
          onCancel={() => setRestoring(undefined)}
        />
      )}
      <div className="bo-table-wrap">
        <table className="bo-table" data-testid="sikkerhetskopier">
          <caption className="bo-visually-hidden">{p.kopiTittel}</caption>
          <thead>
            <tr>
              <th scope="col">{p.tatt}</th>
              <th scope="col">{t.common.type}</th>
              <th scope="col">{t.common.storrelse}</th>
              <th scope="col">
                <span className="bo-visually-hidden">{p.gjenopprett}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.file}>
                <td>{formatInstant(b.createdAt)}</td>
                <td>{p.kopiTyper[b.kind]}</td>
                <td>{formatBytes(b.bytes)}</td>
                <td>
                  <PktButton size="small" skin="secondary" onClick={() => setRestoring(b)}>
                    {p.gjenopprett}
                    <span className="bo-visually-hidden"> {formatInstant(b.createdAt)}</span>
                  </PktButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
