import { PktButton } from '@oslokommune/punkt-react';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { t } from '../i18n/nb';

/** A form's save button, and, where the form is a page of its own, «Avbryt» back to the overview. */
export function Submit({ busy, children, cancel = false }: { busy: boolean; children: ReactNode; cancel?: boolean }) {
  return (
    <div className="bo-actions">
      <PktButton type="submit" isLoading={busy}>
        {children}
      </PktButton>
      {cancel && <CancelButton />}
    </div>
  );
}

function CancelButton() {
  const navigate = useNavigate();
  return (
    <PktButton type="button" skin="tertiary" onClick={() => navigate('/')}>
      {t.common.avbryt}
    </PktButton>
  );
}
