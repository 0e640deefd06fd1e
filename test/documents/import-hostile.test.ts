import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/shared/documents/payload';
import { ERROR_MESSAGES, type ErrorCode } from '../../src/shared/errors';
import { openTestApp, setUpAs, type TestApp } from '../support/test-app';
import { deepPayloadJson, deepPayloadPdf, garbageAttachmentPdf, OWNER_PASSWORD_FIXTURE, pdfBomb } from './hostile';
import { base64, caseCounts, lastAuditId } from './support';

/**
 * Hostile files through the real app: each is read in the import worker and refused there with
 * its own sentence; no case changes, and the trail records the refusal by its code alone.
 */
let app: TestApp;
beforeAll(async () => {
  app = openTestApp();
  await setUpAs(app, 'grunerlokka');
});
afterAll(() => app.close());

const GIGABYTE_BOMB = () => pdfBomb(1_000_000_000);

const HOSTILE: [string, () => Promise<Uint8Array>, ErrorCode][] = [
  ['a 1 MB PDF whose attachment inflates to 1 GB', GIGABYTE_BOMB, 'DOKUMENT_FOR_KOMPLEKS'],
  ['a 400 KB PDF whose attachment inflates to 400 MB', () => pdfBomb(400_000_000), 'DOKUMENT_FOR_KOMPLEKS'],
  // Hex-encoded first, so only pdfjs finds the bomb: the worker's memory limit stops it.
  ['a bomb behind another filter, found only by reading it', () => pdfBomb(400_000_000, { hex: true }), 'DOKUMENT_FOR_KOMPLEKS'],
  ['a PDF with only an owner password', async () => fs.readFileSync(OWNER_PASSWORD_FIXTURE), 'DOKUMENT_KRYPTERT'],
  ['an update nested 100,000 levels deep', () => deepPayloadPdf(), 'DOKUMENT_UGYLDIG'],
  // Named as ours, so not someone else's file: damaged, to be sent again.
  ['a PDF whose attachment is random bytes', garbageAttachmentPdf, 'DOKUMENT_SKADET'],
  ['random bytes', async () => randomBytes(200_000), 'DOKUMENT_IKKE_PDF'],
];

describe('hostile files are refused in the import worker, and nothing is written', () => {
  it('the deep update is the canonical JSON its signature is checked over', () => {
    const shallow = deepPayloadJson(3);
    expect(canonicalJson(JSON.parse(shallow))).toBe(shallow);
  });

  it.each(HOSTILE)('%s', async (_, file, code) => {
    const before = caseCounts(app);
    const lastAudit = lastAuditId(app);
    const result = await app.dispatch('documents.import', { base64: base64(await file()) });
    expect(result).toEqual({ ok: false, error: { code, message: ERROR_MESSAGES[code] } });
    expect(caseCounts(app)).toEqual(before);
    const rows = app.db.prepare('SELECT actor, action, step, exchange_id, reference, detail FROM audit_log WHERE id > ?').all(lastAudit);
    expect(rows).toEqual([{ actor: expect.stringMatching(/^Per Koordinator/), action: 'dokument.avvist', step: null, exchange_id: null, reference: null, detail: code }]);
  });

  it('answers a read sent while the 1 GB bomb is being read, before the import settles', async () => {
    const file = base64(await GIGABYTE_BOMB());
    const settled: string[] = [];
    const importing = app.dispatch('documents.import', { base64: file }).finally(() => settled.push('import'));
    const listed = await app.dispatch('exchanges.list', {});
    settled.push('list');
    expect(listed.ok).toBe(true);
    expect(await importing).toMatchObject({ ok: false, error: { code: 'DOKUMENT_FOR_KOMPLEKS' } });
    expect(settled).toEqual(['list', 'import']);
  });
});
