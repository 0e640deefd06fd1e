import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isChannel, type Result } from '../shared/contract';
import { createAuditLog, SYSTEM_ACTOR } from './audit/audit-log';
import { type BackupService, createBackupService } from './backup-service';
import { type Db, integrityProblems, openCaseDatabase, openDatabase } from './db/database';
import { createDbJobRunner } from './db/worker-client';
import { stopImportWorkers } from './documents/import-worker-client';
import { createDispatcher } from './dispatcher';
import { createDeferredAudit, type DeferredAudit } from './audit/deferred-audit';
import { type InstanceKind, lockDataDir } from './data-dir-lock';
import { handlers } from './handlers';
import { createSyncRepository } from './repositories/sync-repository';
import { createIntegrityGate, type IntegrityGate } from './integrity-gate';
import type { SigningKey } from './identity/signing-key';
import { actorOf } from './handlers/exchange-state';
import type { HandlerContext } from './handlers/types';
import { runMaintenance, schedule } from './maintenance';
import { createDocumentRepository } from './repositories/document-repository';
import { createExchangeRepository } from './repositories/exchange-repository';
import { createPairRepository } from './repositories/pair-repository';
import { createSettingsRepository } from './repositories/settings-repository';
import { createStatsRepository, type StatsRepository } from './stats/stats-repository';
import { seedTraining } from './training/seed';

export interface AppOptions {
  dataDir: string;
  /** The database key: 32 random bytes. */
  key: Buffer;
  /** The installation's signing key, kept apart from the database key: it signs the audit trail. */
  signingKey: SigningKey;
  nativeBinding?: string;
  now?: () => Date;
  /** Parse every output with the contract too (tests; costs about as much as the handler). */
  checkOutput?: boolean;
  /** Told when the integrity check (in a worker, after start) finds the database damaged. */
  onDatabaseDamaged?: () => void;
  /** What holds the data folder's lock, as a second start is told (default browser mode). */
  instance?: InstanceKind;
}

export interface App {
  dispatch(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Starts the integrity check of the real database if it is still waiting; settles when it is done: true when sound. */
  integrityChecked(): Promise<boolean>;
  /** Settles when the running backup-and-retention round (if any) is done. */
  maintenance(): Promise<void>;
  close(): void;
  /** For tests and tools: the real (not the training) database. */
  readonly db: Db;
}

export const DATABASE_FILE = 'bytteordning.db';
/**
 * The integrity check starts when the renderer asks for it (once its first screen is up), when
 * a write waits for it, or this long after start, whichever comes first.
 */
const CHECK_START_LATEST_MS = 2000;
/** Training mode's own database, beside the real one and never mixed with it. */
export const TRAINING_DIR = 'ovingsmodus';

function contextFor(
  db: Db,
  options: AppOptions,
  mode: HandlerContext['mode'],
  backups: BackupService,
  gate: IntegrityGate,
  deferred?: DeferredAudit,
): HandlerContext {
  const now = options.now ?? (() => new Date());
  const settings = createSettingsRepository(db);
  const inner = createAuditLog(db, {
    now,
    actor: () => {
      const s = settings.get();
      return s ? actorOf(s) : SYSTEM_ACTOR;
    },
    signingKey: options.signingKey,
  });
  // Only the real database is checked in the background; training's is checked as it opens.
  const audit = deferred ? deferred.wrap(inner) : inner;
  let stats: StatsRepository | undefined;
  return {
    db,
    settings,
    pairs: createPairRepository(db),
    exchanges: createExchangeRepository(db, audit),
    sync: createSyncRepository(db),
    signingKey: options.signingKey,
    get stats() {
      return (stats ??= createStatsRepository(db));
    },
    documents: createDocumentRepository(db),
    audit,
    backups,
    integrityChecked: () => gate.request(),
    now,
    randomBytes,
    mode,
  };
}

function databaseOptions(dir: string, key: Buffer, options: AppOptions) {
  fs.mkdirSync(dir, { recursive: true });
  return { file: path.join(dir, DATABASE_FILE), key, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) };
}

/**
 * Opens the case database in `dataDir` and wires every handler behind one dispatcher.
 * Training mode (øvingsmodus) switches the dispatcher to a second database of fictional
 * exchanges; the real one is never touched while it is on.
 *
 * The real database's integrity check reads the whole file, so it runs in a worker thread:
 * the overview answers at once, writes wait for the check (integrity-gate.ts), and a damaged
 * file leaves only the way out, a restore. Then it is backed up and cleaned by retention, at
 * start and hourly when due (maintenance.ts). A restore closes the file, swaps it and opens
 * it again: handlers get the new one on their next call, since the dispatcher asks for the
 * context on every call.
 */
export function openApp(options: AppOptions): App {
  // Before anything touches the folder: a second process would write into a file a restore replaces.
  const lock = lockDataDir(options.dataDir, options.instance ?? 'nettlesermodus');
  try {
    return openLocked(options, lock.release);
  } catch (err) {
    lock.release();
    throw err;
  }
}

function openLocked(options: AppOptions, releaseLock: () => void): App {
  const now = options.now ?? (() => new Date());
  const jobs = createDbJobRunner();
  const deferred = createDeferredAudit(() => gate.health === 'kontrolleres', now);
  const gate = createIntegrityGate({
    damaged(problems) {
      // SQLite's messages name pages and tables, never case content.
      console.error(`[integritet] databasen er skadet: ${problems.slice(0, 5).join('; ')}`);
      const dropped = deferred.drop();
      if (dropped > 0) console.error(`[integritet] ${dropped} logglinjer om åpnede bytter ble ikke skrevet til den skadede databasen`);
      options.onDatabaseDamaged?.();
    },
    sound: () => deferred.flush((fn) => realDb.transaction(fn)()),
  });
  const realFile = databaseOptions(options.dataDir, options.key, options);

  function openReal(justRestored: boolean): Db {
    const { db, checkDeferred } = openCaseDatabase(realFile, { deferCheck: true });
    if (!checkDeferred || justRestored) {
      // Checked as it was opened, or (a restore) fully checked before it took the file's place.
      gate.sound();
    } else {
      // Should the worker fail to run at all, the check runs here instead, blocking but sure.
      gate.checking(
        () =>
          jobs.run('check', { db: realFile }).catch((err: unknown) => {
            if (closed) return [];
            console.error(`[integritet] kontrollen kunne ikke kjøre i bakgrunnen (${err instanceof Error ? err.message : String(err)}); kjører den her`);
            return integrityProblems(db, true);
          }),
        CHECK_START_LATEST_MS,
      );
    }
    return db;
  }

  let closed = false;
  let realDb = openReal(false);
  let trainingDb: Db | undefined;
  let trainingCtx: HandlerContext | undefined;
  let training = false;

  const mode: HandlerContext['mode'] = {
    get training() {
      return training;
    },
    async setTraining(on: boolean) {
      if (on && !trainingDb) {
        // Its own key, derived so that no second secret has to be kept.
        const key = createHmac('sha256', options.key).update('bytteordning-ovingsmodus').digest();
        trainingDb = openDatabase(databaseOptions(path.join(options.dataDir, TRAINING_DIR), key, options));
        trainingCtx = contextFor(trainingDb, options, mode, backups, gate);
        if (!trainingCtx.settings.get()) {
          await seedTraining(trainingCtx, realCtx.settings.get());
        }
      }
      training = on;
    },
  };
  const backups = createBackupService({
    dataDir: options.dataDir,
    live: realFile,
    now,
    jobs,
    audit: () => realCtx.audit,
    reopenAround(swap) {
      realDb.close();
      let swapped = false;
      try {
        const result = swap();
        swapped = true;
        return result;
      } finally {
        realDb = openReal(swapped);
        realCtx = contextFor(realDb, options, mode, backups, gate, deferred);
      }
    },
  });
  let realCtx = contextFor(realDb, options, mode, backups, gate, deferred);
  const dispatcher = createDispatcher(
    handlers,
    () => (training && trainingCtx ? trainingCtx : realCtx),
    {
      checkOutput: options.checkOutput ?? false,
      onUnexpected: (err, channel) => console.error(`[${channel}]`, err),
    },
  );

  // One maintenance run at a time, and only on a database that passed its check.
  let maintaining: Promise<void> | null = null;
  const maintain = () => {
    maintaining ??= gate
      .settled()
      .then((sound) => (sound && !closed ? runMaintenance(() => (closed ? null : realCtx)) : undefined))
      .catch((err: unknown) => console.error(`[vedlikehold] ${err instanceof Error ? err.name : typeof err}`))
      .finally(() => (maintaining = null));
  };
  maintain();
  const stopMaintenance = schedule(maintain);
  return {
    async dispatch(channel, input) {
      if (isChannel(channel)) {
        const refusal = await gate.admit(channel);
        if (refusal) return { ok: false, error: refusal };
      }
      return dispatcher.dispatch(channel, input);
    },
    integrityChecked: () => gate.request(),
    maintenance: () => maintaining ?? Promise.resolve(),
    close: () => {
      closed = true;
      stopMaintenance();
      jobs.stop();
      stopImportWorkers();
      realDb.close();
      trainingDb?.close();
      releaseLock();
    },
    get db() {
      return realDb;
    },
  };
}
