import { PktAlert, PktLoader } from '@oslokommune/punkt-react';
import { HashRouter, Navigate, Route, Routes } from 'react-router-dom';
import { useApi } from './api/use-api';
import { Layout } from './components/Layout';
import { ImportScreen } from './documents/ImportScreen';
import { t } from './i18n/nb';
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

  if (setup.loading && setup.data === undefined) {
    return (
      <main className="bo-main" aria-busy="true">
        <PktLoader message={t.common.laster} />
      </main>
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
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </Layout>
      </HashRouter>
    </SettingsProvider>
  );
}
