import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export interface AppServer {
  dataDir: string;
  url: string;
  loginUrl: string;
  /** Stops the server process, as a coordinator closing the app would. */
  stop(): Promise<void>;
  /** Starts it again on the same data folder (a new token, as every launch has). */
  restart(): Promise<void>;
  /** Opens the app in the page with this launch's newest login link (each works once). */
  open(page: Page): Promise<void>;
}

const CLI = path.resolve('dist/main/web/cli.js');

interface Launched {
  proc: ChildProcess;
  url: string;
  /** The newest unused login link: the server prints the next one each time one is used. */
  loginUrl: string;
}

function launch(dataDir: string): Promise<Launched> {
  if (!fs.existsSync(CLI)) throw new Error('dist/main/web/cli.js mangler: kjør «npm run build» før ende-til-ende-testene.');
  const proc = spawn(process.execPath, [CLI, '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, BYTTEORDNING_CHECK_OUTPUT: '1' },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let launched: Launched | undefined;
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${out}`)), 20_000);
    proc.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /BYTTEORDNING_READY (.+)/.exec(out);
      if (ready && !launched) {
        clearTimeout(timer);
        const { url, loginUrl } = JSON.parse(ready[1]!) as { url: string; loginUrl: string };
        launched = { proc, url, loginUrl };
        resolve(launched);
      }
      const logins = [...out.matchAll(/BYTTEORDNING_LOGIN (.+)/g)];
      if (launched && logins.length > 0) launched.loginUrl = (JSON.parse(logins.at(-1)![1]!) as { loginUrl: string }).loginUrl;
    });
    proc.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with ${code}:\n${out}`));
    });
  });
}

function stopProc(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    proc.once('exit', () => resolve());
    proc.kill('SIGTERM');
  });
}

export async function startAppServer(dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bytteordning-e2e-'))): Promise<AppServer> {
  let current = await launch(dataDir);
  const server: AppServer = {
    dataDir,
    get url() {
      return current.url;
    },
    get loginUrl() {
      return current.loginUrl;
    },
    stop: () => stopProc(current.proc),
    async restart() {
      await stopProc(current.proc);
      current = await launch(dataDir);
    },
    async open(page) {
      const used = current.loginUrl;
      await page.goto(used);
      // The next link is printed once this one is traded; wait for it so a second open works.
      await expect.poll(() => current.loginUrl, { message: 'the server printed the next login link' }).not.toBe(used);
    },
  };
  return server;
}

/**
 * Each test gets its own server process on its own temp data folder; the browser is shared.
 * Every page also proves the app is offline: no request may leave 127.0.0.1 (fonts, icons
 * and animations are bundled; Punkt's CDN defaults are overridden).
 */
export const test = base.extend<{ server: AppServer }>({
  page: async ({ page }, use) => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1') foreign.push(r.url());
    });
    await use(page);
    expect(foreign, 'requests that left the machine').toEqual([]);
  },
  server: async ({}, use) => {
    const server = await startAppServer();
    await use(server);
    await server.stop();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  },
});

export { expect };

/** WCAG 2.1 AA, as axe-core sees the page now. */
export async function expectAccessible(page: Page, context: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary, `axe violations on ${context}`).toEqual([]);
  // axe 4 no longer checks ids; a screen reader follows them, so they must be unique and point somewhere.
  const ids = await page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    const duplicated = [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`);
    const dangling = [...document.querySelectorAll('[aria-invalid="true"][aria-errormessage]')]
      .map((el) => el.getAttribute('aria-errormessage')!)
      .filter((id) => !document.getElementById(id));
    return { duplicated, dangling };
  });
  expect(ids.duplicated, `repeated ids on ${context}`).toEqual([]);
  expect(ids.dangling, `aria-errormessage pointing nowhere on ${context}`).toEqual([]);
}

const SHOTS = path.resolve('test-results/screenshots');

/** Keeps a picture of a screen for README and for people to look at after a run. */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** First-run setup through the UI. */
export async function setUp(page: Page, district: string, name: string, contact: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Velkommen til Bytteordning' })).toBeVisible();
  await page.getByLabel('Din bydel').selectOption({ label: district });
  await page.getByLabel('Ditt navn (koordinator)').fill(name);
  await page.getByLabel('Kontaktinformasjon på jobb').fill(contact);
  await page.getByRole('button', { name: 'Fullfør oppsett' }).click();
  await expect(page.getByRole('heading', { name: 'Oversikt over bytter' })).toBeVisible();
}
