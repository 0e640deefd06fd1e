import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Result } from '../shared/contract';
import { createAuditLog, SYSTEM_ACTOR } from './audit/audit-log';
import { type BackupService, createBackupService } from './backup-service';
import { type Db, openDatabase } from './db/database';
import { createDispatcher } from './dispatcher';
import { handlers } from './handlers';
import { actorOf } from './handlers/exchange-state';
import type { HandlerContext } from './handlers/types';
import { runMaintenance, schedule } from './maintenance';
import { createDocumentRepository } from './repositories/document-repository';
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
  /** Parse every output with the contract too (tests; costs about as much as the handler). */
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

function contextFor(db: Db, options: AppOptions, mode: HandlerContext['mode'], backups: BackupService): HandlerContext {
  const now = options.now ?? (() => new Date());
  const settings = createSettingsRepository(db);
  const audit = createAuditLog(db, {
    now,
    actor: () => {
      const s = settings.get();
      return s ? actorOf(s) : SYSTEM_ACTOR;
    },
  });
  return {
    db,
    settings,
    pairs: createPairRepository(db),
    exchanges: createExchangeRepository(db, audit),
    documents: createDocumentRepository(db),
    audit,
    backups,
    now,
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
 *
 * The real database is checked at open (a damaged one is refused, see openDatabase), backed
 * up and cleaned by retention at start and then hourly when due (maintenance.ts). A restore
 * closes it, swaps the file and opens it again: handlers get the new one on their next call,
 * since the dispatcher asks for the context on every call.
 */
export function openApp(options: AppOptions): App {
  let realDb = open(options.dataDir, options.key, options);
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
        const trainingCtx = contextFor(trainingDb, options, mode, backups);
        if (!trainingCtx.settings.get()) {
          await seedTraining(trainingCtx, realCtx.settings.get());
        }
      }
      training = on;
    },
  };
  const backups = createBackupService({
    dataDir: options.dataDir,
    dbFile: path.join(options.dataDir, DATABASE_FILE),
    key: options.key,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    now: options.now ?? (() => new Date()),
    db: () => realDb,
    audit: () => realCtx.audit,
    reopenAround(swap) {
      realDb.close();
      try {
        return swap();
      } finally {
        realDb = open(options.dataDir, options.key, options);
        realCtx = contextFor(realDb, options, mode, backups);
      }
    },
  });
  let realCtx = contextFor(realDb, options, mode, backups);
  let trainingCtx: HandlerContext | undefined;
  const dispatcher = createDispatcher(
    handlers,
    () => {
      if (!training || !trainingDb) return realCtx;
      trainingCtx ??= contextFor(trainingDb, options, mode, backups);
      return trainingCtx;
    },
    {
      checkOutput: options.checkOutput ?? false,
      onUnexpected: (err, channel) => console.error(`[${channel}]`, err),
    },
  );
  runMaintenance(realCtx);
  const stopMaintenance = schedule(() => runMaintenance(realCtx));
  return {
    dispatch: dispatcher.dispatch,
    close: () => {
      stopMaintenance();
      realDb.close();
      trainingDb?.close();
    },
    get db() {
      return realDb;
    },
  };
}
