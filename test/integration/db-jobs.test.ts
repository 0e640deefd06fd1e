import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, openEncrypted } from '../../src/main/db/database';
import { createDbJobRunner, DbJobStopped } from '../../src/main/db/worker-client';
import { tempDir } from '../support/test-app';

const runner = createDbJobRunner();
afterEach(() => runner.idle());

/** A real encrypted database with some rows, closed. */
function database() {
  const dir = tempDir('bytteordning-jobs-');
  const file = path.join(dir, 'bytteordning.db');
  const key = randomBytes(32);
  const db = openDatabase({ file, key });
  db.prepare("INSERT INTO settings (id, district, coordinator_name, coordinator_contact, deadlines, created_at, updated_at) VALUES (1, 'stovner', 'K', 'k@oslo.kommune.no', '{}', 'x', 'x')").run();
  db.close();
  return { dir, file, key };
}

describe('database jobs in a worker thread', () => {
  it('checks a sound file, and finds a damaged one damaged', async () => {
    const { file, key } = database();
    expect(await runner.run('check', { db: { file, key } })).toEqual([]);
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.from('skadet!skadet!'), 0, 14, 2 * 4096 + 100);
    fs.closeSync(fd);
    expect((await runner.run('check', { db: { file, key } })).length).toBeGreaterThan(0);
  });

  it('backs up while the app keeps writing, into a file that opens only with the key', async () => {
    const { dir, file, key } = database();
    const live = openDatabase({ file, key });
    try {
      const backup = runner.run('backup', { db: { file, key }, folder: path.join(dir, 'kopier'), now: '2026-03-02T09:00:00.000Z', kind: 'manuell', keep: 5 });
      live.prepare("UPDATE settings SET coordinator_name = 'Endret' WHERE id = 1").run();
      const info = await backup;
      const copy = openEncrypted({ file: path.join(dir, 'kopier', info.file), key }, true);
      expect(copy.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 1 });
      copy.close();
      expect(() => openEncrypted({ file: path.join(dir, 'kopier', info.file), key: randomBytes(32) }, true)).toThrow(expect.objectContaining({ code: 'FEIL_NOKKEL' }));
    } finally {
      live.close();
    }
  });

  it('passes a refusal back with its code and Norwegian sentence', async () => {
    const { dir, file, key } = database();
    const notADatabase = path.join(dir, 'ikke-en-database.db');
    fs.writeFileSync(notADatabase, randomBytes(8192));
    await expect(runner.run('stageRestore', { backupFile: notADatabase, db: { file, key } })).rejects.toMatchObject({
      code: 'SIKKERHETSKOPI_UGYLDIG',
      message: expect.stringContaining('Sikkerhetskopien kan ikke brukes'),
    });
  });

  it('stops with the app: a running job ends as stopped, not as a failure', async () => {
    const { file, key } = database();
    const own = createDbJobRunner();
    const job = own.run('check', { db: { file, key } });
    own.stop();
    await expect(job).rejects.toBeInstanceOf(DbJobStopped);
  });
});
