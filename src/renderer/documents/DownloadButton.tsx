import { PktAlert, PktButton } from '@oslokommune/punkt-react';
import { useState } from 'react';
import { type DocumentKind, isCalendarKind } from '../../shared/documents/catalog';
import { DOCUMENT_KIND_LABELS } from '../../shared/i18n/labels';
import { call, errorMessage } from '../api/client';
import { t } from '../i18n/nb';
import { saveFile } from './save-file';

/** "Last ned agenda for overføringsmøte (PDF)": every button names its document, for screen readers too. */
export function downloadLabel(kind: DocumentKind): string {
  const label = DOCUMENT_KIND_LABELS[kind];
  return t.documents.lastNed(label.charAt(0).toLowerCase() + label.slice(1), isCalendarKind(kind) ? '.ics' : 'PDF');
}

interface DownloadButtonProps {
  exchangeId: number;
  kind: DocumentKind;
  skin?: 'primary' | 'secondary' | 'tertiary';
  /** Runs first, e.g. to store a draft so the document is made from what is on screen. */
  before?: () => Promise<void>;
  /** The button's text when the document's name alone does not say what it does. */
  label?: string;
  /** After the document is made and recorded; a sentence it returns is announced instead of «… er lastet ned». */
  onMade?: (fileName: string) => void | Promise<string | undefined>;
}

/** Makes a document in main and downloads it; a refusal is shown beside the button. */
export function DownloadButton({ exchangeId, kind, skin = 'secondary', before, label, onMade }: DownloadButtonProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<string>();

  async function download() {
    setBusy(true);
    setError(undefined);
    setSaved(undefined);
    try {
      await before?.();
      const file = await call('documents.make', { id: exchangeId, kind });
      saveFile(file);
      setSaved((await onMade?.(file.fileName)) || t.documents.lastetNed(file.fileName));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="bo-download">
      <PktButton type="button" skin={skin} isLoading={busy} onClick={() => void download()} data-document-button={kind}>
        {label ?? downloadLabel(kind)}
      </PktButton>
      {/* Downloads make no sound of their own: say it for screen-reader users. */}
      <p role="status" className="bo-help bo-download__status">
        {saved}
      </p>
      {error && (
        <PktAlert skin="error" compact role="alert">
          {error}
        </PktAlert>
      )}
    </div>
  );
}
