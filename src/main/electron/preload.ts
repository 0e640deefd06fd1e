import { contextBridge, ipcRenderer } from 'electron';
import type { BytteordningBridge } from '../../shared/bridge';

// Kept as a literal, not imported from the IPC transport: importing it would bundle the
// contract (and zod) into the preload. A unit test checks it equals IPC_CHANNEL_PREFIX.
const PREFIX = 'bytteordning:';

// The whole surface the page gets: one function that forwards a channel name and a
// structured-clone of the input. No ipcRenderer, no event objects, no Node.
const bridge: BytteordningBridge = {
  invoke: (channel: string, input: unknown) => ipcRenderer.invoke(PREFIX + String(channel), input),
};

contextBridge.exposeInMainWorld('bytteordning', bridge);
