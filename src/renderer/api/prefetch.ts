import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';
import { call } from './client';

// Answers asked for before the screen that needs them has rendered, so its requests run while
// its code is still loading instead of one after another: the first screen's at start (setup,
// then the overview's list), an exchange's as the coordinator presses its link.
const early = new Map<string, { answer: Promise<unknown>; at: number }>();

/** A prefetched answer older than this is asked for again: the press it came from led nowhere. */
const FRESH_MS = 5_000;

export function prefetch<C extends Channel>(channel: C, input: ChannelInput<C>, key: string): void {
  const answer = call(channel, input);
  answer.catch(() => undefined); // a refusal is seen by whoever takes it, if anyone does
  early.set(`${channel}\n${key}`, { answer, at: performance.now() });
}

/** The prefetched answer for this channel and key, once: later loads ask main again. */
export function takePrefetched<C extends Channel>(channel: C, key: string): Promise<ChannelOutput<C>> | undefined {
  const id = `${channel}\n${key}`;
  const entry = early.get(id);
  early.delete(id);
  if (!entry || performance.now() - entry.at > FRESH_MS) return undefined;
  return entry.answer as Promise<ChannelOutput<C>>;
}

const EXCHANGE_LINK = /^#\/bytte\/(\d+)(?:[/?]|$)/;

/**
 * Asks for an exchange's detail and sync status as its link is pressed (pointer down, or Enter
 * on it), some tens of milliseconds before the click navigates; the exchange screen takes them
 * (the keys are its own). Not for a link within the exchange already shown, which asks nothing.
 */
export function prefetchExchangesOnPress(): void {
  const pressed = (target: EventTarget | null) => {
    const href = target instanceof Element ? target.closest('a[href]')?.getAttribute('href') : undefined;
    const id = href ? EXCHANGE_LINK.exec(href)?.[1] : undefined;
    if (!id || EXCHANGE_LINK.exec(window.location.hash)?.[1] === id) return;
    prefetch('exchanges.get', { id: Number(id) }, id);
    prefetch('sync.status', { id: Number(id) }, id);
  };
  document.addEventListener('pointerdown', (e) => e.button === 0 && pressed(e.target), { capture: true });
  document.addEventListener('keydown', (e) => e.key === 'Enter' && pressed(e.target), { capture: true });
}
