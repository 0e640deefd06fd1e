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

/** On every screen once this window has lost the app: what to open instead; what is typed is not saved. */
export function LostContactBanner({ message }: { message: string }) {
  return (
    <div role="alert" className="bo-damaged" data-testid="ingen-kontakt-banner">
      <PktAlert skin="error" title={t.ingenKontakt.tittel}>
        {message} {t.ingenKontakt.skrivAv}
      </PktAlert>
    </div>
  );
}
