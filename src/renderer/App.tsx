import { PktAlert } from '@oslokommune/punkt-react';
import { Loading } from './components/Loading';
import { HashRouter, Navigate, Route, Routes } from 'react-router-dom';
import { lazy, Suspense, useEffect } from 'react';
import { call } from './api/client';
import { useApi } from './api/use-api';
import { Header, Layout } from './components/Layout';
import { useDatabaseDamaged, useLostContact } from './api/damaged';
import { t } from './i18n/nb';
import { DamagedDatabaseScreen } from './screens/DamagedDatabaseScreen';
import { OverviewScreen } from './screens/OverviewScreen';
import { SetupScreen } from './screens/SetupScreen';
import { SettingsProvider } from './settings-context';

// The overview is what every start shows; the other screens (the wizard, statistics with
// its charts, import, settings) load when first opened, so start-up parses less code.
const ExchangeScreen = lazy(() => import('./screens/ExchangeScreen').then((m) => ({ default: m.ExchangeScreen })));
const IncomingScreen = lazy(() => import('./screens/IncomingScreen').then((m) => ({ default: m.IncomingScreen })));
const NewCandidateScreen = lazy(() => import('./screens/NewCandidateScreen').then((m) => ({ default: m.NewCandidateScreen })));
const ImportScreen = lazy(() => import('./documents/ImportScreen').then((m) => ({ default: m.ImportScreen })));
const StatisticsScreen = lazy(() => import('./screens/StatisticsScreen').then((m) => ({ default: m.StatisticsScreen })));
const SettingsScreen = lazy(() => import('./screens/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));

export function App() {
  const setup = useApi('setup.get', {}, 'setup');
  const training = useApi('training.get', {}, 'training');
  const inTraining = training.data?.active === true;
  const damaged = useDatabaseDamaged();
  const lostContact = useLostContact();
  // Main checks the database in the background after start. Asked once the first screen is up
  // and the window idle (the check then starts, not competing with the first screen), the
  // answer comes when it is done; a refusal (damaged) turns every screen to the way out (see
  // api/damaged.ts).
  const started = setup.data !== undefined || setup.error !== undefined;
  useEffect(() => {
    if (!started) return;
    const ask = () => void call('database.checked', {}).catch(() => undefined);
    const idle = window.requestIdleCallback(ask, { timeout: 1000 });
    return () => window.cancelIdleCallback(idle);
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
        <SetupScreen onDone={setup.reload} />
      </HashRouter>
    );
  }
  return (
    <SettingsProvider value={{ settings: setup.data, refresh: setup.reload, training: inTraining }}>
      <HashRouter>
        <Layout>
          <Suspense fallback={<Loading />}>
            <Routes>
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
          </Suspense>
        </Layout>
      </HashRouter>
    </SettingsProvider>
  );
}
