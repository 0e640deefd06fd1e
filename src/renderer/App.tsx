import { PktAlert, PktLoader } from '@oslokommune/punkt-react';
import { HashRouter, Navigate, Route, Routes } from 'react-router-dom';
import { useEffect } from 'react';
import { call } from './api/client';
import { useApi } from './api/use-api';
import { Header, Layout } from './components/Layout';
import { useDatabaseDamaged } from './api/damaged';
import { ImportScreen } from './documents/ImportScreen';
import { t } from './i18n/nb';
import { DamagedDatabaseScreen } from './screens/DamagedDatabaseScreen';
import { ExchangeScreen } from './screens/ExchangeScreen';
import { IncomingScreen } from './screens/IncomingScreen';
import { NewCandidateScreen } from './screens/NewCandidateScreen';
import { OverviewScreen } from './screens/OverviewScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { SetupScreen } from './screens/SetupScreen';
import { StatisticsScreen } from './screens/StatisticsScreen';
import { SettingsProvider } from './settings-context';

export function App() {
  const setup = useApi('setup.get', {}, 'setup');
  const training = useApi('training.get', {}, 'training');
  const inTraining = training.data?.active === true;
  const damaged = useDatabaseDamaged();
  // Main checks the database in the background after start; this answer comes when it is done,
  // and a refusal (damaged) turns every screen to the way out (see api/damaged.ts).
  useEffect(() => {
    call('database.checked', {}).catch(() => undefined);
  }, []);

  if (setup.loading && setup.data === undefined) {
    return (
      <main className="bo-main" aria-busy="true">
        <PktLoader message={t.common.laster} />
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
        <PktAlert skin="error" title={t.common.ukjentFeil}>
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
        </Layout>
      </HashRouter>
    </SettingsProvider>
  );
}
