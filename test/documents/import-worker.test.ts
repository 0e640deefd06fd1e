import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseJsonInImportWorker, readInImportWorker, stopImportWorkers } from '../../src/main/documents/import-worker-client';
import { AppError } from '../../src/shared/errors';
import { deepPayloadJson, OWNER_PASSWORD_FIXTURE } from './hostile';

afterAll(() => stopImportWorkers());

const utf8 = (s: string) => new TextEncoder().encode(s);
const refusalOf = (p: Promise<unknown>) => p.then(() => null, (err: unknown) => (err instanceof AppError ? err.code : String(err)));

describe('the import worker', () => {
  it('parses JSON from outside, and gives undefined for what is not JSON within our limits', async () => {
    expect(await parseJsonInImportWorker(utf8('{"district":"stovner","keys":[1,2]}'))).toEqual({ district: 'stovner', keys: [1, 2] });
    expect(await parseJsonInImportWorker(utf8('{"district":'))).toBeUndefined();
    expect(await parseJsonInImportWorker(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toBeUndefined();
    expect(await parseJsonInImportWorker(utf8(deepPayloadJson(100_000)))).toBeUndefined();
  });

  it('answers jobs sent at once, one after another', async () => {
    const encrypted = fs.readFileSync(OWNER_PASSWORD_FIXTURE);
    const answers = await Promise.all([
      refusalOf(readInImportWorker(encrypted)),
      parseJsonInImportWorker(utf8('[1]')),
      refusalOf(readInImportWorker(utf8('ikke en PDF'))),
      refusalOf(readInImportWorker(encrypted)),
    ]);
    expect(answers).toEqual(['DOKUMENT_KRYPTERT', [1], 'DOKUMENT_IKKE_PDF', 'DOKUMENT_KRYPTERT']);
  });

  it('starts a worker of its own when the spare was stopped (the app closed)', async () => {
    await parseJsonInImportWorker(utf8('{}'));
    stopImportWorkers();
    expect(await parseJsonInImportWorker(utf8('{"igjen":true}'))).toEqual({ igjen: true });
  });

  it('refuses a file the worker has not answered for by the deadline, and reads the next one in a fresh worker', async () => {
    const encrypted = fs.readFileSync(OWNER_PASSWORD_FIXTURE);
    // pdfjs takes milliseconds to open any file, so a deadline of none runs out first.
    expect(await refusalOf(readInImportWorker(encrypted, { deadlineMs: 0 }))).toBe('DOKUMENT_FOR_KOMPLEKS');
    expect(await refusalOf(readInImportWorker(encrypted))).toBe('DOKUMENT_KRYPTERT');
  });
});
