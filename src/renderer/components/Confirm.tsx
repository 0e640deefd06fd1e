import { PktButton } from '@oslokommune/punkt-react';
import { useEffect, useRef } from 'react';
import { t } from '../i18n/nb';
import { restoreFocus } from './restore-focus';

/**
 * An irreversible action asks once more, in the page (no browser dialog), with the question
 * focused. When it closes, focus goes back to the button that asked, if that is still there.
 */
export function Confirm({ question, confirm, busy, onConfirm, onCancel }: { question: string; confirm: string; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const opener = document.activeElement;
    ref.current?.focus();
    return () => restoreFocus(opener);
  }, []);
  return (
    <div className="bo-next" role="group" aria-label={confirm}>
      <p ref={ref} tabIndex={-1}>
        {question}
      </p>
      <div className="bo-actions">
        <PktButton skin="primary" isLoading={busy} onClick={onConfirm}>
          {confirm}
        </PktButton>
        <PktButton skin="secondary" onClick={onCancel}>
          {t.common.avbryt}
        </PktButton>
      </div>
    </div>
  );
}
