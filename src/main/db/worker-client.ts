import type { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../shared/errors';
import { spawnWorker } from '../spawn-worker';
import type { DbJobName, DbJobs } from './db-jobs';

type Reply<N extends DbJobName> = { ok: true; output: DbJobs[N]['output'] } | { ok: false; code: ErrorCode | null; message: string };

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
      const worker = spawnWorker(new URL('./db-worker.ts', import.meta.url), { workerData: { name, input } });
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
