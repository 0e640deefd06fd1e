import { PktAlert, PktButton } from '@oslokommune/punkt-react';
import { type ActionState, useAction } from './use-action';

/**
 * An action's outcome as a line under its button(s): what was done in a status line (downloads
 * and written files make no sound of their own, so screen-reader users hear it here), a refusal
 * as an alert.
 */
/** `working` is said while the work runs, for work that takes a while (a PDF of the whole year). */
export function ActionOutcome({ action, working }: { action: ActionState; working?: string }) {
  return (
    <>
      <p role="status" className="bo-help bo-download__status">
        {action.busy ? working : action.status}
      </p>
      {action.error && (
        <PktAlert skin="error" compact role="alert">
          {action.error}
        </PktAlert>
      )}
    </>
  );
}

interface ActionButtonProps {
  label: string;
  skin?: 'primary' | 'secondary' | 'tertiary';
  /** Does the work; the sentence it returns is announced when it is done. */
  run: () => Promise<string>;
  testId?: string;
  documentButton?: string;
}

/**
 * A button whose work happens in main and leaves nothing new on screen (a download, a file
 * written): busy while it runs, what was done said in a status line, a refusal shown beside it.
 */
export function ActionButton({ label, skin = 'secondary', run, testId, documentButton }: ActionButtonProps) {
  const action = useAction(run);
  return (
    <div className="bo-download">
      <PktButton type="button" skin={skin} isLoading={action.busy} onClick={() => action.run()} data-testid={testId} data-document-button={documentButton}>
        {label}
      </PktButton>
      <ActionOutcome action={action} />
    </div>
  );
}
