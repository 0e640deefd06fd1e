import { useRef, useState } from 'react';
import { errorMessage } from '../api/client';
import { restoreFocus } from './restore-focus';

export interface Action<Args extends unknown[]> {
  /** Starts the work; a second click while it runs does nothing. */
  run: (...args: Args) => void;
  busy: boolean;
  /** The arguments of the work in progress: which of several buttons (or rows) is the one working. */
  running: Args | undefined;
  /** The refusal, as the Norwegian sentence main gave with its code. */
  error: string | undefined;
  /** What the work said it did, for a live region. */
  status: string | undefined;
  /** Forgets the last outcome, e.g. when the question it answered is closed. */
  clear: () => void;
}

/** What a view of the outcome needs, whatever the work's arguments. */
export type ActionState = Pick<Action<[]>, 'busy' | 'error' | 'status'>;

export interface ActionOptions {
  /** The sentence for a refusal, when the generic one says less than the error carries. */
  describe?: (err: unknown) => string;
  /** Takes the refusal instead of keeping it here, for a screen that shows it in its own place. */
  onError?: (message: string) => void;
}

/**
 * A piece of work done in main from a button: busy while it runs, the sentence it returns as
 * its status, a refusal as a Norwegian sentence. When focus falls to the page while it runs
 * (what had it was disabled or re-rendered), it goes back to the button that started the work,
 * so a keyboard user is not sent to the top of the page.
 */
export function useAction<Args extends unknown[]>(
  work: (...args: Args) => Promise<string | void>,
  { describe = errorMessage, onError }: ActionOptions = {},
): Action<Args> {
  const [running, setRunning] = useState<Args>();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();
  // State updates land after the click; the ref turns a double click away at once.
  const inFlight = useRef(false);

  async function perform(args: Args) {
    inFlight.current = true;
    const focused = document.activeElement;
    setRunning(args);
    setError(undefined);
    setStatus(undefined);
    try {
      setStatus((await work(...args)) || undefined);
    } catch (err) {
      const message = describe(err);
      if (onError) onError(message);
      else setError(message);
    } finally {
      inFlight.current = false;
      setRunning(undefined);
      // After React has removed what the work closed.
      requestAnimationFrame(() => restoreFocus(focused));
    }
  }

  return {
    run: (...args) => {
      if (!inFlight.current) void perform(args);
    },
    busy: running !== undefined,
    running,
    error,
    status,
    clear: () => {
      setError(undefined);
      setStatus(undefined);
    },
  };
}
