import { exchangeHandlers } from './exchanges';
import { pairHandlers } from './pairs';
import { setupHandlers } from './setup';
import { trainingHandlers } from './training';
import type { Handlers } from './types';

/** Every channel's handler; the type makes a missing or extra one a compile error. */
export const handlers: Handlers = {
  ...setupHandlers,
  ...pairHandlers,
  ...exchangeHandlers,
  ...trainingHandlers,
};
