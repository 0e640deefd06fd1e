import { PktAlert } from '@oslokommune/punkt-react';
import { useEffect, useRef } from 'react';
import { t } from '../i18n/nb';
import { fieldId } from './fields';

export interface SummaryItem {
  name: string;
  message: string;
}

/** Collects a form's field errors as FieldErrors' leaves, in document order of their paths. */
export function flattenErrors(errors: object, prefix = ''): SummaryItem[] {
  const out: SummaryItem[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object' || key === 'ref') continue;
    const name = prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string' && message) out.push({ name: key === 'root' ? prefix : name, message });
    else out.push(...flattenErrors(value as object, name));
  }
  return out;
}

/**
 * The errors of a submit, listed at the top of the form with links to each field. It takes
 * focus when it appears so a screen reader reads it, and a keyboard user can jump from it.
 */
export function ErrorSummary({ items, serverMessage, attempt }: { items: SummaryItem[]; serverMessage?: string | undefined; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const visible = items.length > 0 || !!serverMessage;
  useEffect(() => {
    if (visible && attempt > 0) ref.current?.focus();
  }, [visible, attempt]);
  if (!visible) return null;
  return (
    <div ref={ref} tabIndex={-1} className="bo-error-summary">
      <PktAlert skin="error" title={t.common.feilOverskrift} role="alert">
        {serverMessage && <p>{serverMessage}</p>}
        {items.length > 0 && (
          <ul>
            {items.map((i) => (
              <li key={i.name}>
                <a
                  href={`#${fieldId(i.name)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(fieldId(i.name))?.focus();
                  }}
                >
                  {i.message}
                </a>
              </li>
            ))}
          </ul>
        )}
      </PktAlert>
    </div>
  );
}
