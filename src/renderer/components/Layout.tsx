import { type ReactNode, useEffect, useRef } from 'react';
import { NavLink, useLocation } from 'react-router-dom';
import { districtName } from '../../shared/districts';
import { t } from '../i18n/nb';
import { useSettings } from '../settings-context';
import { TrainingBanner } from './TrainingBanner';
import { useDatabaseDamaged, useLostContact } from '../api/damaged';
import { DamagedBanner, LostContactBanner } from './DamagedBanner';

/** Oslo kommune's logo and the app's name; the navigation is passed in where there is one. */
export function Header({ districtLabel, children }: { districtLabel?: string; children?: ReactNode }) {
  return (
    <header className="bo-header">
      <div className="bo-header__inner">
        <a className="bo-header__brand" href="#/">
          <img src="./logos/oslologo.svg" alt={t.osloKommune} />
          <span>
            <span className="bo-header__title">{t.appName}</span>
            {districtLabel && <span className="bo-header__district"> · {districtLabel}</span>}
          </span>
        </a>
        {children}
      </div>
    </header>
  );
}

/** Page frame: skip link, header with navigation, and a main region that takes focus on navigation. */
export function Layout({ children }: { children: ReactNode }) {
  const { settings, training } = useSettings();
  const damaged = useDatabaseDamaged();
  const lostContact = useLostContact();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);

  // Move focus to the new page so screen readers and keyboard users start at its top.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A screen that placed focus itself (a wizard step's heading) keeps it.
    const active = document.activeElement;
    if (active && active !== document.body && mainRef.current?.contains(active)) return;
    mainRef.current?.focus();
  }, [location.pathname]);

  return (
    <>
      <a
        className="bo-skip"
        href="#hovedinnhold"
        onClick={(e) => {
          e.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t.nav.hoppTilInnhold}
      </a>
      {training && <TrainingBanner />}
      {damaged && <DamagedBanner />}
      {lostContact && <LostContactBanner message={lostContact} />}
      <Header districtLabel={t.bydelLabel(districtName(settings.district), training)}>
        <nav className="bo-nav" aria-label={t.nav.hovedmeny}>
          <ul>
            <li>
              <NavLink to="/" end>
                {t.nav.oversikt}
              </NavLink>
            </li>
            <li>
              <NavLink to="/ny">{t.nav.nyKandidat}</NavLink>
            </li>
            <li>
              <NavLink to="/innkommende/ny">{t.nav.innkommende}</NavLink>
            </li>
            <li>
              <NavLink to="/importer">{t.importer.tittel}</NavLink>
            </li>
            <li>
              <NavLink to="/statistikk">{t.statistikk.tittel}</NavLink>
            </li>
            <li>
              <NavLink to="/innstillinger">{t.nav.innstillinger}</NavLink>
            </li>
          </ul>
        </nav>
      </Header>
      <main id="hovedinnhold" className="bo-main" ref={mainRef} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
