import { createContext, type ReactNode, useContext } from 'react';
import type { Settings } from '../shared/settings';

interface SettingsValue {
  settings: Settings;
  refresh: () => void;
  /** Training mode: the screens show fictional exchanges from a separate database. */
  training: boolean;
}

const SettingsContext = createContext<SettingsValue | null>(null);

export function SettingsProvider({ value, children }: { value: SettingsValue; children: ReactNode }) {
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

/** This installation's district and coordinator; only used below the setup guard. */
export function useSettings(): SettingsValue {
  const v = useContext(SettingsContext);
  if (!v) throw new Error('useSettings outside SettingsProvider');
  return v;
}
