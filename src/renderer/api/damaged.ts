import { useSyncExternalStore } from 'react';
import type { AppErrorShape } from '../../shared/errors';

// Whether main has said the case database is damaged. Main finds out in the background after
// start, so any answer may be the first to say it; every screen then shows the way out.
let damaged = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called with every refusal from main. */
export function noteRefusal(error: AppErrorShape): void {
  if (error.code !== 'DATABASE_SKADET' || damaged) return;
  damaged = true;
  for (const l of listeners) l();
}

export function useDatabaseDamaged(): boolean {
  return useSyncExternalStore(subscribe, () => damaged);
}
