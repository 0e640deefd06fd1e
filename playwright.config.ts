import { defineConfig } from '@playwright/test';
// @ts-expect-error: a plain ES module shared with the scripts; typed by use.
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const executablePath = (findChromium as () => string | undefined)();

/**
 * End-to-end tests drive the real UI in Chromium against browser mode. One worker, so one
 * browser and one built renderer serve every test; each test starts its own server on its
 * own temp data folder (test/e2e/fixtures.ts).
 */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    browserName: 'chromium',
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    viewport: { width: 1366, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath, args: CHROMIUM_ARGS as string[] },
  },
});
