import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Result } from '../shared/contract';
import { type Db, openDatabase } from './db/database';
import { createDispatcher } from './dispatcher';
import { handlers } from './handlers';
import type { HandlerContext } from './handlers/types';
import { createExchangeRepository } from './repositories/exchange-repository';
import { createPairRepository } from './repositories/pair-repository';
import { createSettingsRepository } from './repositories/settings-repository';
import { seedTraining } from './training/seed';

export interface AppOptions {
  dataDir: string;
  /** The database key: 32 random bytes. */
  key: Buffer;
  nativeBinding?: string;
  now?: () => Date;
  checkOutput?: boolean;
}

export interface App {
  dispatch(channel: string, input: unknown): Promise<Result<unknown>>;
  close(): void;
  /** For tests and tools: the real (not the training) database. */
  readonly db: Db;
}

export const DATABASE_FILE = 'bytteordning.db';
/** Training mode's own database, beside the real one and never mixed with it. */
export const TRAINING_DIR = 'ovingsmodus';

function contextFor(db: Db, options: AppOptions, mode: HandlerContext['mode']): HandlerContext {
  return {
    db,
    settings: createSettingsRepository(db),
    pairs: createPairRepository(db),
    exchanges: createExchangeRepository(db),
    now: options.now ?? (() => new Date()),
    randomBytes,
    mode,
  };
}

function open(dir: string, key: Buffer, options: AppOptions): Db {
  fs.mkdirSync(dir, { recursive: true });
  return openDatabase({
    file: path.join(dir, DATABASE_FILE),
    key,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
}

/**
 * Opens the case database in `dataDir` and wires every handler behind one dispatcher.
 * Training mode (øvingsmodus) switches the dispatcher to a second database of fictional
 * exchanges; the real one is never touched while it is on.
 */
export function openApp(options: AppOptions): App {
  const realDb = open(options.dataDir, options.key, options);
  let trainingDb: Db | undefined;
  let training = false;

  const mode: HandlerContext['mode'] = {
    get training() {
      return training;
    },
    async setTraining(on: boolean) {
      if (on && !trainingDb) {
        // Its own key, derived so that no second secret has to be kept.
        const key = createHmac('sha256', options.key).update('bytteordning-ovingsmodus').digest();
        trainingDb = open(path.join(options.dataDir, TRAINING_DIR), key, options);
        const trainingCtx = contextFor(trainingDb, options, mode);
        if (!trainingCtx.settings.get()) {
          await seedTraining(trainingCtx, contextFor(realDb, options, mode).settings.get());
        }
      }
      training = on;
    },
  };
  const realCtx = contextFor(realDb, options, mode);
  let trainingCtx: HandlerContext | undefined;
  const dispatcher = createDispatcher(
    handlers,
    () => {
      if (!training || !trainingDb) return realCtx;
      trainingCtx ??= contextFor(trainingDb, options, mode);
      return trainingCtx;
    },
    {
      checkOutput: options.checkOutput ?? process.env.NODE_ENV !== 'production',
      onUnexpected: (err, channel) => console.error(`[${channel}]`, err),
    },
  );
  return {
    dispatch: dispatcher.dispatch,
    close: () => {
      realDb.close();
      trainingDb?.close();
    },
    db: realDb,
  };
}
