// Worker entry (see import-worker-client.ts): loads the reader, says so, then does the one job
// it is sent and posts its result or the code of its refusal, nothing else.
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import { openSignedUpdate, parseUntrustedJson } from './envelope';
import type { ImportJob, ImportJobs, ImportWorkerReply } from './import-worker-client';
import { loadPdfJs } from './read-pdf';
import { openReceivedFile } from './receive';

const port = parentPort!;
const post = (reply: ImportWorkerReply) => port.postMessage(reply);

const JOBS: { [J in keyof ImportJobs]: (file: Uint8Array) => Promise<ImportJobs[J]> } = {
  pdf: openReceivedFile,
  update: async (file) => openSignedUpdate(file),
  json: async (file) => parseUntrustedJson(file),
};

// Loading takes the same time whatever the file, so it is done before there is one.
await loadPdfJs();
port.once('message', ({ job, file }: ImportJob) => {
  JOBS[job](new Uint8Array(file)).then(
    (value) => post({ type: 'done', ok: true, value }),
    (err: unknown) =>
      post({ type: 'done', ok: false, code: err instanceof AppError ? err.code : null, message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) }),
  );
});
post({ type: 'ready' });
