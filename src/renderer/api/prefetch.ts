import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';
import { call } from './client';

// Answers asked for before React has rendered, so the first screen's requests run while the
// bundle is still starting up instead of one after another (setup, then the overview's list).
const early = new Map<string, Promise<unknown>>();

export function prefetch<C extends Channel>(channel: C, input: ChannelInput<C>, key: string): void {
  const answer = call(channel, input);
  answer.catch(() => undefined); // a refusal is seen by whoever takes it, if anyone does
  early.set(`${channel}\n${key}`, answer);
}

/** The prefetched answer for this channel and key, once: later loads ask main again. */
export function takePrefetched<C extends Channel>(channel: C, key: string): Promise<ChannelOutput<C>> | undefined {
  const id = `${channel}\n${key}`;
  const answer = early.get(id);
  early.delete(id);
  return answer as Promise<ChannelOutput<C>> | undefined;
}
