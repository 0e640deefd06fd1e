import type { Result } from './contract';

/**
 * What the Electron preload exposes to the renderer as `window.bytteordning`.
 * One generic call: the channel allow-list and all validation live in main.
 */
export interface BytteordningBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
}

declare global {
  interface Window {
    /** Present only inside the Electron app; absent in browser mode. */
    bytteordning?: BytteordningBridge;
  }
}
