import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';
import { call, errorMessage } from './client';
import { takePrefetched } from './prefetch';

export interface ApiState<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
  reload: () => void;
  /** Replace the data with what a write returned, without another round trip. */
  set: (data: T) => void;
}

/** Loads a channel's data, again whenever `key` changes; the last request wins. */
export function useApi<C extends Channel>(channel: C, input: ChannelInput<C>, key: string): ApiState<ChannelOutput<C>> {
  const [data, setData] = useState<ChannelOutput<C>>();
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const seq = useRef(0);
  const inputRef = useRef(input);
  inputRef.current = input;

  useEffect(() => {
    const mine = ++seq.current;
    setLoading(true);
    // A prefetch made before first-run setup is refused (not set up yet); asking again then answers.
    const early = takePrefetched(channel, key);
    (early ? early.catch(() => call(channel, inputRef.current)) : call(channel, inputRef.current))
      .then(
        (d) => ({ data: d, error: undefined }),
        (e: unknown) => ({ data: undefined, error: errorMessage(e) }),
      )
      .then((answer) => {
        if (mine !== seq.current) return;
        // The screen's render with the answer yields to the coordinator's input (typing on
        // while a list arrives) instead of holding it up.
        startTransition(() => {
          if (answer.error === undefined) setData(answer.data);
          setError(answer.error);
          setLoading(false);
        });
      });
  }, [channel, key, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload, set: setData };
}
