import { PktAlert } from '@oslokommune/punkt-react';
import type { ReactNode } from 'react';
import type { ActionState } from './use-action';

interface ActionResultProps {
  action: ActionState;
  /** Said while the work runs. */
  working?: string;
  /** What was done, when it came from elsewhere than the action's own status. */
  said?: string;
  testId?: string;
  /** What the work found, shown under its outcome. */
  children?: ReactNode;
}

/**
 * The outcome of a section's action, announced as it arrives: a refusal or what was done, as
 * alerts, then what the work found.
 */
export function ActionResult({ action, working, said = action.status, testId, children }: ActionResultProps) {
  return (
    <div role="status" aria-live="polite" data-testid={testId}>
      {action.busy && working && <p className="bo-help">{working}</p>}
      {action.error && <PktAlert skin="error">{action.error}</PktAlert>}
      {said && <PktAlert skin="success">{said}</PktAlert>}
      {children}
    </div>
  );
}
