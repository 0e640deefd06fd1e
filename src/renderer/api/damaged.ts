import { useSyncExternalStore } from 'react';
import type { AppErrorShape, ErrorCode } from '../../shared/errors';

// What any answer may be the first to say, and every screen must then show:
// - the case database is damaged (main finds out in the background after start): the way out;
// - this window has lost the app (browser mode after a restart has a new address and session):
//   which address to open. Retrying cannot help in either case.
let damaged = false;
let lostContact: string | null = null;
const listeners = new Set<() => void>();

const CONTACT_LOST: readonly ErrorCode[] = ['INGEN_KONTAKT', 'IKKE_TILGANG', 'INNLOGGING_BRUKT'];

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called with every refusal from main. */
export function noteRefusal(error: AppErrorShape): void {
  if (error.code === 'DATABASE_SKADET' && !damaged) damaged = true;
  else if (CONTACT_LOST.includes(error.code) && lostContact !== error.message) lostContact = error.message;
  else return;
  for (const l of listeners) l();
}

export function useDatabaseDamaged(): boolean {
  return useSyncExternalStore(subscribe, () => damaged);
}

/** The sentence saying how to reach the app again, once this window has lost it. */
export function useLostContact(): string | null {
  return useSyncExternalStore(subscribe, () => lostContact);
}
