import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * The test command's own set-up of the programs it calls (scripts/system-tools.mjs), run as a
 * newcomer's machine would meet it: in a child process with only the environment we give it.
 */
const SCRIPT = path.resolve('scripts/system-tools.mjs');
const dirs: string[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bytteordning-tools-'));
  dirs.push(dir);
  return dir;
}

function fakeProgram(dir: string, name: string): void {
  fs.writeFileSync(path.join(dir, name), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
}

function runEnsure(env: Record<string, string>) {
  const code = `import { ensureSystemTools } from ${JSON.stringify(SCRIPT)}; console.log(JSON.stringify(ensureSystemTools(() => {})));`;
  // PATH holds only node's folder: no system poppler or Chromium can be found by accident.
  return spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    encoding: 'utf8',
    env: { PATH: path.dirname(process.execPath), HOME: tempDir(), ...env },
  });
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('scripts/system-tools.mjs', () => {
  it('finds Chromium and poppler where the variables point', () => {
    const poppler = tempDir();
    fakeProgram(poppler, 'pdftoppm');
    fakeProgram(poppler, 'pdftotext');
    const chromium = path.join(tempDir(), 'chromium');
    fakeProgram(path.dirname(chromium), 'chromium');
    const run = runEnsure({ BYTTEORDNING_CHROMIUM: chromium, BYTTEORDNING_POPPLER_DIR: poppler });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ chromium, popplerDir: poppler });
  });

  it('stops with one line per missing tool saying how to get it, and installs nothing over an explicit path', () => {
    const poppler = tempDir();
    fakeProgram(poppler, 'pdftoppm'); // pdftotext is missing
    const run = runEnsure({ BYTTEORDNING_CHROMIUM: path.join(tempDir(), 'no-chromium'), BYTTEORDNING_POPPLER_DIR: poppler });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Fant ingen Chromium: installer den .*BYTTEORDNING_CHROMIUM/);
    expect(lines[1]).toMatch(/^Fant ikke pdftoppm og pdftotext \(poppler\): installer dem .*poppler-utils.*BYTTEORDNING_POPPLER_DIR/);
    expect(run.stdout).not.toMatch(/Installerer/);
  });
});
