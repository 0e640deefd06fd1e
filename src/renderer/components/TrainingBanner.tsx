import { PktButton } from '@oslokommune/punkt-react';
import { useState } from 'react';
import { call, errorMessage } from '../api/client';
import { t } from '../i18n/nb';
import { restartApp } from './restart-app';

/** Switches the app's database; everything on screen is reloaded from the other one. */
export async function switchTraining(active: boolean): Promise<void> {
  await call('training.set', { active });
  restartApp();
}

/** Shown on every screen in training mode, so fictional data is never mistaken for real. */
export function TrainingBanner() {
  const [error, setError] = useState<string>();
  return (
    <div className="bo-training" data-testid="ovingsmodus">
      <strong>{t.training.banner}</strong> {t.training.bannerHjelp}{' '}
      <PktButton
        size="small"
        skin="secondary"
        onClick={() => switchTraining(false).catch((e: unknown) => setError(errorMessage(e)))}
      >
        {t.training.avslutt}
      </PktButton>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
