import { PktAlert, PktButton } from '@oslokommune/punkt-react';
import { useState } from 'react';
import type { BackupInfo } from '../../shared/contract-privacy';
import { formatInstant } from '../../shared/i18n/format';
import { call } from '../api/client';
import { t } from '../i18n/nb';
import { Confirm } from './Confirm';
import { type Column, DataTable } from './DataTable';
import { useAction } from './use-action';

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
  const restore = useAction(async (backup: BackupInfo) => {
    const r = await call('backup.restore', { file: backup.file });
    setRestoring(undefined);
    onRestored(p.gjenopprettet(formatInstant(r.restored.createdAt), r.copyOfPrevious.file));
  });

  const columns: Column<BackupInfo>[] = [
    { header: p.tatt, cell: (b) => formatInstant(b.createdAt) },
    { header: t.common.type, cell: (b) => p.kopiTyper[b.kind] },
    { header: t.common.storrelse, cell: (b) => formatBytes(b.bytes) },
    {
      header: p.gjenopprett,
      headerHidden: true,
      cell: (b) => (
        <PktButton size="small" skin="secondary" onClick={() => setRestoring(b)}>
          {p.gjenopprett}
          <span className="bo-visually-hidden"> {formatInstant(b.createdAt)}</span>
        </PktButton>
      ),
    },
  ];

  return (
    <>
      {restore.error && <PktAlert skin="error">{restore.error}</PktAlert>}
      {restoring && (
        <Confirm
          question={p.gjenopprettSporsmal(formatInstant(restoring.createdAt))}
          confirm={p.gjenopprettBekreft}
          busy={restore.busy}
          onConfirm={() => restore.run(restoring)}
          onCancel={() => setRestoring(undefined)}
        />
      )}
      <DataTable caption={p.kopiTittel} columns={columns} rows={backups} rowKey={(b) => b.file} testId="sikkerhetskopier" />
    </>
  );
}
