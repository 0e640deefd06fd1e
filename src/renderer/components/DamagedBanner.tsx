import { PktAlert } from '@oslokommune/punkt-react';
import { t } from '../i18n/nb';

/** On every screen once main has said the database is damaged: stop typing, here is the way out. */
export function DamagedBanner() {
  return (
    <div role="alert" className="bo-damaged" data-testid="database-skadet-banner">
      <PktAlert skin="error">
        {t.skadet.banner} <a href="#/gjenopprett">{t.skadet.tilGjenoppretting}</a>
      </PktAlert>
    </div>
  );
}
