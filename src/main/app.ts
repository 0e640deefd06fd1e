import { randomBytes } from 'node:crypto';
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
  /** For tests and tools: the open database. */
  readonly db: Db;
}

export const DATABASE_FILE = 'bytteordning.db';

/** Opens the case database in `dataDir` and wires every handler behind one dispatcher. */
export function openApp(options: AppOptions): App {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase({
    file: path.join(options.dataDir, DATABASE_FILE),
    key: options.key,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const ctx: HandlerContext = {
    db,
    settings: createSettingsRepository(db),
    pairs: createPairRepository(db),
    exchanges: createExchangeRepository(db),
    now: options.now ?? (() => new Date()),
    randomBytes,
  };
  const dispatcher = createDispatcher(handlers, () => ctx, {
    checkOutput: options.checkOutput ?? process.env.NODE_ENV !== 'production',
    onUnexpected: (err, channel) => console.error(`[${channel}]`, err),
  });
  return {
    dispatch: dispatcher.dispatch,
    close: () => db.close(),
    db,
  };
}
