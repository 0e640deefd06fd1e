import { documentHandlers } from './documents';
import { exchangeHandlers } from './exchanges';
import { pairHandlers } from './pairs';
import { privacyHandlers } from './privacy';
import { setupHandlers } from './setup';
import { statsHandlers } from './stats';
import { syncHandlers } from './sync';
import { trainingHandlers } from './training';
import type { Handlers } from './types';

/** Every channel's handler; the type makes a missing or extra one a compile error. */
export const handlers: Handlers = {
  ...setupHandlers,
  ...pairHandlers,
  ...privacyHandlers,
  ...exchangeHandlers,
  ...trainingHandlers,
  ...statsHandlers,
  ...documentHandlers,
  ...syncHandlers,
};
