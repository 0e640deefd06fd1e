// Finds a Chromium for the end-to-end tests and the benchmark, without ever downloading one:
// an explicit path first, then the system's, then a browser already in Playwright's cache.
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

function fromPlaywrightCache() {
  const base = process.env.PLAYWRIGHT_BROWSERS_PATH || path.join(os.homedir(), '.cache', 'ms-playwright');
  if (!existsSync(base)) return undefined;
  for (const dir of readdirSync(base).filter((d) => d.startsWith('chromium')).sort().reverse()) {
    for (const rel of ['chrome-linux/chrome', 'chrome-linux64/chrome', 'chrome-headless-shell-linux64/chrome-headless-shell']) {
      const p = path.join(base, dir, rel);
      if (existsSync(p)) return p;
    }
  }
  return undefined;
}

/** The path of a usable Chromium, or undefined. BYTTEORDNING_CHROMIUM or CHROME_PATH wins. */
export function findChromium() {
  const explicit = process.env.BYTTEORDNING_CHROMIUM || process.env.CHROME_PATH;
  if (explicit) return existsSync(explicit) ? explicit : undefined;
  return SYSTEM.find((p) => existsSync(p)) ?? fromPlaywrightCache();
}

/** Flags for a quiet, offline, headless Chromium on these machines (ARCHITECTURE.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--lang=nb-NO',
];
