import type { Worker } from 'node:worker_threads';
import { AppError, ERROR_MESSAGES, type ErrorCode } from '../../shared/errors';
import type { SignedUpdate } from '../../shared/sync/update';
import { spawnWorker } from '../spawn-worker';

/** What the import worker (import-worker.ts) can do with a file from outside, and what each gives. */
export interface ImportJobs {
  /** A received document: the signed update it carries, not yet verified. */
  pdf: SignedUpdate;
  /** An update's JSON on its own (opened from a sealed file): the signed update, not yet verified. */
  update: SignedUpdate;
  /** JSON: its value, or undefined when it is not JSON within our limits. */
  json: unknown;
}

/** The one message the worker gets. */
export interface ImportJob {
  job: keyof ImportJobs;
  file: ArrayBuffer;
}

/** What the import worker posts: that it has loaded and waits for its job, then its answer. */
export type ImportWorkerReply =
  | { type: 'ready' }
  | { type: 'done'; ok: true; value: unknown }
  | { type: 'done'; ok: false; code: ErrorCode | null; message: string };

/** How long a file may take in the worker before it is refused; our own documents are read in well under a second. */
export interface ImportLimits {
  deadlineMs: number;
}
const LIMITS: ImportLimits = { deadlineMs: 5_000 };
/** Loading the worker's modules does not depend on the file; more than this means something else is wrong. */
const START_LIMIT_MS = 30_000;
/**
 * The worker's JavaScript heap. pdfjs decodes streams into ArrayBuffers, which these limits do
 * not count, so the process's resident memory is watched as well (MAX_GROWTH_BYTES).
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 };
/** How much the process may grow while a file is read. Reading one of ours takes about a tenth. */
const MAX_GROWTH_BYTES = 192 * 1024 * 1024;
const WATCH_EVERY_MS = 10;

/** A started worker and when it has loaded its modules; a worker that fails before that rejects it. */
interface Started {
  worker: Worker;
  ready: Promise<void>;
}

/**
 * One worker, loaded ahead, waits for the next file, so an import does not wait for pdfjs to
 * load. Each file still gets a fresh worker: one that has read a file, or was stopped, is never
 * used again. The next spare starts once the import that took the last one has ended, so its
 * loading never counts against that file's memory limit; imports run one at a time for the same
 * reason.
 */
let spare: Started | null = null;
/** Bumped when the app closes: an import still running then does not start another spare. */
let generation = 0;
let queue: Promise<unknown> = Promise.resolve();

function start(): Started {
  const worker = spawnWorker(new URL('./import-worker.ts', import.meta.url), {
    resourceLimits: RESOURCE_LIMITS,
    // Loaded without tsx from source (spawn-worker.ts); the same modules read-pdf.ts loads.
    preload: ['pdfjs-dist/legacy/build/pdf.worker.mjs', 'pdfjs-dist/legacy/build/pdf.mjs'],
  });
  // A spare waiting for a file must not keep the app running; it is ref'd again while it reads.
  worker.unref();
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('message', (reply: ImportWorkerReply) => (reply.type === 'ready' ? resolve() : reject(new Error('the import worker answered before it had a file'))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the import worker ended while loading (exit code ${code})`)));
  });
  // A spare that fails while it waits is dropped, and the next import starts its own.
  ready.catch(() => {
    if (spare?.worker === worker) spare = null;
  });
  return { worker, ready };
}

/** Stops the waiting spare (the app is closing). An import started later loads its own worker. */
export function stopImportWorkers(): void {
  generation++;
  void spare?.worker.terminate();
  spare = null;
}

/**
 * Reads a received file in its own worker thread and returns the signed update it carries. A file that
 * needs more memory or time than the limits is stopped there and refused as
 * DOKUMENT_FOR_KOMPLEKS; main stays free to answer meanwhile.
 */
export function readInImportWorker(file: Uint8Array, limits?: ImportLimits): Promise<SignedUpdate> {
  return inTurn('pdf', file, limits);
}

/** An update's JSON from outside (a sealed file, opened), parsed and its shape checked in the import worker. */
export function readUpdateInImportWorker(file: Uint8Array): Promise<SignedUpdate> {
  return inTurn('update', file);
}

/** JSON from outside, parsed in the import worker, with its limits: its value, or undefined. */
export function parseJsonInImportWorker(file: Uint8Array): Promise<unknown> {
  return inTurn('json', file);
}

function inTurn<J extends keyof ImportJobs>(job: J, file: Uint8Array, limits: ImportLimits = LIMITS): Promise<ImportJobs[J]> {
  const turn = queue.then(() => runInFreshWorker(job, file, limits));
  queue = turn.catch(() => undefined);
  return turn;
}

async function runInFreshWorker<J extends keyof ImportJobs>(job: J, file: Uint8Array, limits: ImportLimits): Promise<ImportJobs[J]> {
  const started = spare ?? start();
  spare = null;
  const since = generation;
  try {
    return await runIn(started, job, file, limits);
  } finally {
    await started.worker.terminate();
    if (since === generation) spare ??= start();
  }
}

async function runIn<J extends keyof ImportJobs>({ worker, ready }: Started, job: J, file: Uint8Array, { deadlineMs }: ImportLimits): Promise<ImportJobs[J]> {
  worker.ref();
  let startLimit: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      ready,
      new Promise<never>((_, reject) => {
        startLimit = setTimeout(() => reject(new Error(`the import worker did not load within ${START_LIMIT_MS} ms`)), START_LIMIT_MS);
      }),
    ]);
  } finally {
    clearTimeout(startLimit);
  }

  return new Promise<ImportJobs[J]>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearInterval(watch);
      clearTimeout(deadline);
      outcome();
    };
    const refuse = () => settle(() => reject(new AppError('DOKUMENT_FOR_KOMPLEKS')));
    // Taken now that the worker has loaded: only what the file makes it allocate counts.
    const baseline = process.memoryUsage.rss();
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() - baseline > MAX_GROWTH_BYTES) refuse();
    }, WATCH_EVERY_MS);
    const deadline = setTimeout(refuse, deadlineMs);

    worker.on('message', (reply: ImportWorkerReply) => {
      if (reply.type !== 'done') return;
      if (reply.ok) {
        // The worker ran `job` (import-worker.ts), so its value is that job's.
        settle(() => resolve(reply.value as ImportJobs[J]));
      } else if (reply.code && Object.hasOwn(ERROR_MESSAGES, reply.code)) {
        const code = reply.code;
        settle(() => reject(new AppError(code)));
      } else {
        settle(() => reject(new Error(`the import worker failed: ${reply.message}`)));
      }
    });
    worker.once('error', (err: Error & { code?: string }) => {
      // The heap limit was reached: the file asked for more memory than we give it.
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') refuse();
      else settle(() => reject(err));
    });
    worker.once('exit', (code) => settle(() => reject(new Error(`the import worker ended without an answer (exit code ${code})`))));
    // Only the bytes go in, moved rather than copied.
    const request: ImportJob = { job, file: new Uint8Array(file).buffer };
    worker.postMessage(request, [request.file]);
  });
}
