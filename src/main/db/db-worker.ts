// Worker entry (see worker-client.ts): runs one job and posts its output or its failure.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import { type DbJobName, runDbJob } from './db-jobs';

const { name, input } = workerData as { name: DbJobName; input: never };
try {
  parentPort!.postMessage({ ok: true, output: runDbJob(name, input) });
} catch (err) {
  // Only a code and a message cross back: an AppError keeps its Norwegian message.
  parentPort!.postMessage({ ok: false, code: err instanceof AppError ? err.code : null, message: err instanceof Error ? err.message : String(err) });
}
