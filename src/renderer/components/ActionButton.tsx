import { PktAlert, PktButton } from '@oslokommune/punkt-react';
import { useState } from 'react';
import { errorMessage } from '../api/client';

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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();

  async function click() {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      setDone(await run());
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="bo-download">
      <PktButton type="button" skin={skin} isLoading={busy} onClick={() => void click()} data-testid={testId} data-document-button={documentButton}>
        {label}
      </PktButton>
      {/* Downloads and written files make no sound of their own: say it for screen-reader users. */}
      <p role="status" className="bo-help bo-download__status">
        {done}
      </p>
      {error && (
        <PktAlert skin="error" compact role="alert">
          {error}
        </PktAlert>
      )}
    </div>
  );
}
