import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';

export const CLI = path.resolve('dist/main/web/cli.js');

export interface ColdStart {
  /** From spawning the process to the overview table showing rows. */
  totalMs: number;
  /** Of which: until the server said it was ready (opening the database included). */
  serverMs: number;
  /** Until the integrity check in the background had passed, so writes no longer wait. */
  checkedMs: number;
}

export function waitReady(proc: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${out}`)), 120_000);
    proc.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /BYTTEORDNING_READY (.+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve((JSON.parse(m[1]!) as { loginUrl: string }).loginUrl);
      }
    });
    proc.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with ${code}:\n${out}`));
    });
  });
}

/** Peak resident memory of a process, from Linux's /proc (VmHWM), in MB; undefined elsewhere. */
export function peakRssMb(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export function stop(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    proc.once('exit', () => resolve());
    proc.kill('SIGTERM');
  });
}

/**
 * Browser mode from nothing to a usable overview: a new process opens the seeded database
 * and serves the built renderer; a fresh browser context logs in and waits for the table's
 * rows. Then, in the same process, the statistics screen, so the peak memory covers both.
 */
export async function coldStart(dataDir: string, browser: Browser): Promise<ColdStart & { peakRssMb: number | undefined }> {
  if (!fs.existsSync(CLI)) throw new Error('dist/main/web/cli.js mangler: kjør «npm run build» først.');
  const context = await browser.newContext({ locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  const page = await context.newPage();
  const t0 = performance.now();
  const proc = spawn(process.execPath, [CLI, '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const loginUrl = await waitReady(proc);
    const serverMs = performance.now() - t0;
    await page.goto(loginUrl);
    // Checked every frame in the page: a locator's wait polls with growing pauses (up to ~0.4 s late).
    await page.waitForFunction(() => (document.querySelector('table.bo-table tbody tr')?.getClientRects().length ?? 0) > 0, undefined, {
      polling: 'raf',
      timeout: 120_000,
    });
    const totalMs = performance.now() - t0;
    // The renderer asks the same at start; this answer comes when the check has passed.
    const checked = await page.evaluate(async () => {
      // The session the login link was traded for (src/renderer/api/session.ts).
      const token = localStorage.getItem('bytteordning.tilgang') ?? '';
      const r = await fetch('./api/database.checked', { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-bytteordning-token': token }, body: '{}' });
      return ((await r.json()) as { ok: boolean }).ok;
    });
    if (!checked) throw new Error('the seeded database failed its integrity check');
    const checkedMs = performance.now() - t0;
    await page.goto(`${new URL(loginUrl).origin}/#/statistikk`);
    await page.locator('[data-testid="statistikk-klar"]').waitFor({ state: 'attached', timeout: 120_000 });
    return { totalMs, serverMs, checkedMs, peakRssMb: peakRssMb(proc.pid!) };
  } finally {
    await context.close();
    await stop(proc);
  }
}
