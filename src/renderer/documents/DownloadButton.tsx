import { type DocumentKind, isCalendarKind } from '../../shared/documents/catalog';
import { DOCUMENT_KIND_LABELS } from '../../shared/i18n/labels';
import { call } from '../api/client';
import { ActionButton } from '../components/ActionButton';
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
  return (
    <ActionButton
      label={label ?? downloadLabel(kind)}
      skin={skin}
      documentButton={kind}
      run={async () => {
        await before?.();
        const file = await call('documents.make', { id: exchangeId, kind });
        saveFile(file);
        return (await onMade?.(file.fileName)) || t.common.lastetNed(file.fileName);
      }}
    />
  );
}
