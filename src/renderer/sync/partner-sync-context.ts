import { createContext, useContext } from 'react';

/**
 * What the step screens need from sync.status, fetched once by the exchange screen: whether
 * the partner district is paired (then each fact is entered only on its owner's side), and a
 * way to refresh the status after a step makes a document that carries the unsent changes.
 */
export interface PartnerSync {
  paired: boolean;
  /** The number of the last update sent, so lists of made documents can reload when one is sent. */
  lastSentSeq: number;
  refresh: () => void;
}

export const PartnerSyncContext = createContext<PartnerSync>({ paired: false, lastSentSeq: 0, refresh: () => undefined });

export function usePartnerSync(): PartnerSync {
  return useContext(PartnerSyncContext);
}
