import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../shared/errors';
import type { DbJobName, DbJobs } from './db-jobs';

type Reply<N extends DbJobName> = { ok: true; output: DbJobs[N]['output'] } | { ok: false; code: ErrorCode | null; message: string };

/** tsx's ESM register API (its CommonJS twin cannot load it from a worker's eval). */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const { exports } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return path.join(path.dirname(manifest), exports['./esm/api']!.import.default);
}

function spawn(workerData: unknown): Worker {
  // Built (browser mode, Electron): the bundled entry beside the bundle that runs this.
  const built = new URL('./db-worker.js', import.meta.url);
  if (fs.existsSync(fileURLToPath(built))) return new Worker(built, { workerData });
  // From source (tests, the bench): the TypeScript entry through tsx, a dev dependency.
  const source = new URL('./db-worker.ts', import.meta.url).href;
  const tsx = pathToFileURL(tsxEsmApi()).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

/** A job cut short because the app closed: nothing went wrong. */
export class DbJobStopped extends Error {}

/** Runs database jobs in worker threads, one thread per job, and knows which are still running. */
export interface DbJobRunner {
  run<N extends DbJobName>(name: N, input: DbJobs[N]['input']): Promise<DbJobs[N]['output']>;
  /** Resolves when no job is running (their outcome is their callers' business). */
  idle(): Promise<void>;
  /** Stops every running job: their promises reject. */
  stop(): void;
}

export function createDbJobRunner(): DbJobRunner {
  const running = new Map<Worker, Promise<unknown>>();
  let stopping = false;
  return {
    run(name, input) {
      const worker = spawn({ name, input });
      const done = new Promise<DbJobs[typeof name]['output']>((resolve, reject) => {
        let replied = false;
        worker.once('message', (reply: Reply<typeof name>) => {
          replied = true;
          if (reply.ok) resolve(reply.output);
          else reject(reply.code ? new AppError(reply.code, reply.message) : new Error(reply.message));
        });
        worker.once('error', reject);
        worker.once('exit', (code) => {
          running.delete(worker);
          if (!replied) reject(stopping ? new DbJobStopped(name) : new Error(`database job ${name} ended without an answer (exit code ${code})`));
        });
      });
      running.set(worker, done);
      return done;
    },
    async idle() {
      await Promise.allSettled([...running.values()]);
    },
    stop() {
      stopping = true;
      for (const worker of running.keys()) void worker.terminate();
    },
  };
}
