import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/main/data-dir-lock';
import { createSigningKey } from '../../src/main/identity/signing-key';
import { restoreBeforeStart } from '../../src/main/restore-before-start';
import { openTestApp, tempDir } from '../support/test-app';

/**
 * One process per data folder: a second start, in another process, is refused with a sentence
 * naming the running one; a crashed holder's lock is taken over. Runs the real browser-mode
 * command line from source, as two coordinators' double-clicks would.
 */
const CLI = path.resolve('src/main/web/cli.ts');
const children: ChildProcess[] = [];

function renderer(): string {
  const dir = tempDir('renderer-');
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Bytteordning</title>');
  return dir;
}

function startCli(dataDir: string): { child: ChildProcess; done: Promise<{ code: number | null; out: string }>; ready: Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--data-dir', dataDir, '--renderer-dir', renderer()], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  child.stdout!.on('data', (c: Buffer) => {
    out += c.toString();
    if (out.includes('BYTTEORDNING_READY')) onReady();
  });
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const done = new Promise<{ code: number | null; out: string }>((resolve) => child.on('exit', (code) => resolve({ code, out })));
  return { child, done, ready };
}

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});

describe('one process per data folder', () => {
  it('a second browser-mode start on the same folder is refused, naming the first; the first keeps its lock', async () => {
    const dataDir = tempDir();
    const first = startCli(dataDir);
    await first.ready;
    const second = await startCli(dataDir).done;
    expect(second.code).toBe(1);
    expect(second.out).toContain(`Bytteordning kjører allerede med denne datamappen (nettlesermodus på denne maskinen, prosess ${first.child.pid}`);
    expect(second.out).toContain('Bruk den som kjører, eller avslutt den før du starter på nytt.');
    // Nor may this process open it, or restore a backup into it, while the first runs.
    expect(() => openTestApp({ dataDir })).toThrow(expect.objectContaining({ code: 'DATAMAPPE_I_BRUK' }));
    expect(() => restoreBeforeStart(dataDir, { file: 'x.db', key: Buffer.alloc(32), signingKey: createSigningKey(), now: new Date(), actor: 'test', instance: 'nettlesermodus' })).toThrow(
      expect.objectContaining({ code: 'DATAMAPPE_I_BRUK' }),
    );
    first.child.kill('SIGTERM');
    expect((await first.done).code).toBe(0);
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE)), 'a clean stop removes the lock').toBe(false);
  }, 60_000);

  it('the lock of a holder that crashed is taken over', async () => {
    const dataDir = tempDir();
    const first = startCli(dataDir);
    await first.ready;
    first.child.kill('SIGKILL');
    await first.done;
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE)), 'a crash leaves the lock file').toBe(true);
    const app = openTestApp({ dataDir, key: Buffer.from(fs.readFileSync(path.join(dataDir, 'database.key'), 'utf8'), 'hex') });
    try {
      expect(JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    } finally {
      app.close();
    }
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  }, 60_000);

  it('within one process the lock is shared and released with the last holder', () => {
    const dataDir = tempDir();
    const a = openTestApp({ dataDir });
    const b = openTestApp({ dataDir, key: a.key });
    a.close();
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(true);
    b.close();
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  });
});
