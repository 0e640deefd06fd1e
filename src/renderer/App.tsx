import { PktAlert } from '@oslokommune/punkt-react';
import { Loading } from './components/Loading';
import { HashRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { lazy, Suspense, useDeferredValue, useEffect, useMemo } from 'react';
import { call } from './api/client';
import { useApi } from './api/use-api';
import { Header, Layout } from './components/Layout';
import { useDatabaseDamaged, useLostContact } from './api/damaged';
import { t } from './i18n/nb';
import { DamagedDatabaseScreen } from './screens/DamagedDatabaseScreen';
import { OverviewScreen } from './screens/OverviewScreen';
import { SettingsProvider } from './settings-context';

// The overview is what every start shows; the other screens (the wizard, statistics with
// its charts, import, settings) are separate chunks, so start-up parses less code. They are
// loaded once the first screen is up and the window idle (see App), so opening one later waits
// for neither the network nor the parse.
const screens = {
  exchange: () => import('./screens/ExchangeScreen').then((m) => ({ default: m.ExchangeScreen })),
  incoming: () => import('./screens/IncomingScreen').then((m) => ({ default: m.IncomingScreen })),
  newCandidate: () => import('./screens/NewCandidateScreen').then((m) => ({ default: m.NewCandidateScreen })),
  import: () => import('./documents/ImportScreen').then((m) => ({ default: m.ImportScreen })),
  statistics: () => import('./screens/StatisticsScreen').then((m) => ({ default: m.StatisticsScreen })),
  settings: () => import('./screens/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
};
const ExchangeScreen = lazy(screens.exchange);
const IncomingScreen = lazy(screens.incoming);
const NewCandidateScreen = lazy(screens.newCandidate);
const ImportScreen = lazy(screens.import);
const StatisticsScreen = lazy(screens.statistics);
const SettingsScreen = lazy(screens.settings);
// Shown once per installation, so it is not among the screens loaded ahead; its form's checks
// are the only zod the first screen would otherwise load.
const SetupScreen = lazy(() => import('./screens/SetupScreen').then((m) => ({ default: m.SetupScreen })));

/**
 * The screens by address. Another screen (or another step of an exchange) renders in a
 * transition: the press paints at once, the screen shown stays until the next is ready (its
 * code loaded, its first render done) and is then swapped. Changes within a screen (a filter in
 * the address) render at once, as the fields showing them must.
 */
function ScreenRoutes() {
  const location = useLocation();
  const deferred = useDeferredValue(location);
  const shown = deferred.pathname === location.pathname ? location : deferred;
  return useMemo(
    () => (
      <Routes location={shown}>
        <Route path="/" element={<OverviewScreen />} />
        <Route path="/ny" element={<NewCandidateScreen />} />
        <Route path="/innkommende/ny" element={<IncomingScreen />} />
        <Route path="/importer" element={<ImportScreen />} />
        <Route path="/bytte/:id" element={<ExchangeScreen />} />
        <Route path="/bytte/:id/:step" element={<ExchangeScreen />} />
        <Route path="/statistikk" element={<StatisticsScreen />} />
        <Route path="/innstillinger" element={<SettingsScreen />} />
        <Route path="/gjenopprett" element={<DamagedDatabaseScreen />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    ),
    [shown],
  );
}

export function App() {
  const setup = useApi('setup.get', {}, 'setup');
  const training = useApi('training.get', {}, 'training');
  const inTraining = training.data?.active === true;
  const damaged = useDatabaseDamaged();
  const lostContact = useLostContact();
  // Main checks the database in the background after start. Asked once the first screen is up
  // and the window idle (the check then starts, not competing with the first screen), the
  // answer comes when it is done; a refusal (damaged) turns every screen to the way out (see
  // api/damaged.ts). The other screens' code then loads, one chunk per idle period, so a press
  // in between waits for one parse at most.
  const started = setup.data !== undefined || setup.error !== undefined;
  useEffect(() => {
    if (!started) return;
    const waiting = Object.values(screens);
    let stopped = false;
    let idle = 0;
    const loadNext = () => {
      const next = waiting.shift();
      if (!next || stopped) return;
      // A chunk that fails to load here is asked for again when its screen opens, and fails there visibly.
      void next()
        .catch(() => undefined)
        .then(() => (idle = window.requestIdleCallback(loadNext)));
    };
    idle = window.requestIdleCallback(
      () => {
        void call('database.checked', {}).catch(() => undefined);
        loadNext();
      },
      { timeout: 1000 },
    );
    return () => {
      stopped = true;
      window.cancelIdleCallback(idle);
    };
  }, [started]);

  if (setup.loading && setup.data === undefined) {
    return (
      <main className="bo-main" aria-busy="true">
        <Loading />
      </main>
    );
  }
  if (setup.error && damaged) {
    return (
      <HashRouter>
        <Header />
        <main className="bo-main">
          <DamagedDatabaseScreen />
        </main>
      </HashRouter>
    );
  }
  if (setup.error) {
    return (
      <main className="bo-main">
        <PktAlert skin="error" title={lostContact ? t.ingenKontakt.tittel : t.common.ukjentFeil}>
          {setup.error}
        </PktAlert>
      </main>
    );
  }
  if (!setup.data) {
    return (
      <HashRouter>
        <Suspense fallback={<Loading />}>
          <SetupScreen onDone={setup.reload} />
        </Suspense>
      </HashRouter>
    );
  }
  return (
    <SettingsProvider value={{ settings: setup.data, refresh: setup.reload, training: inTraining }}>
      <HashRouter>
        <Layout>
          <Suspense fallback={<Loading />}>
            <ScreenRoutes />
          </Suspense>
        </Layout>
      </HashRouter>
    </SettingsProvider>
  );
}
