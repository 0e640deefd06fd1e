/**
 * Two installations in one test, as two districts have them: each its own browser-mode server,
 * data folder and browser context, and files crossing only as downloads saved to disk.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { type AppServer, expect, setUp, startAppServer } from './fixtures';

export const DOWNLOADS = path.resolve('test-results/e2e-downloads');
export const FINGERPRINT = /^\d{5}( \d{5}){11}$/;

export async function district(browser: Browser, server: AppServer): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true, locale: 'nb-NO', timezoneId: 'Europe/Oslo', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await server.open(page);
  return page;
}

/** Clicks a download button and keeps the file, as a coordinator saving it would; `name` is the name the app gave it. */
export async function download(page: Page, button: string | ReturnType<Page['getByRole']>): Promise<{ file: string; name: string }> {
  const target = typeof button === 'string' ? page.getByRole('button', { name: button }) : button;
  const [event] = await Promise.all([page.waitForEvent('download'), target.click()]);
  const name = event.suggestedFilename();
  // Both servers save here; a run's own prefix keeps two files of the same name apart.
  const file = path.join(DOWNLOADS, `${Date.now()}-${name}`);
  await event.saveAs(file);
  return { file, name };
}

export async function openImport(page: Page) {
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Importer dokument' }).click();
  await expect(page.getByRole('heading', { name: 'Importer dokument', level: 1 })).toBeVisible();
}

/** Imports a file from the partner through the import screen and confirms it; lands on the exchange. */
export async function importFile(page: Page, file: string, reference: string) {
  await openImport(page);
  await page.getByLabel('Velg PDF-filen fra partnerbydelen').setInputFiles(file);
  await expect(page.getByTestId('import-forhandsvisning')).toContainText(reference);
  await page.getByRole('button', { name: 'Importer dokumentet' }).click();
  await expect(page.getByRole('heading', { name: reference, level: 1 })).toBeVisible();
}

export async function openSettings(page: Page) {
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Innstillinger' }).click();
  await expect(page.getByRole('heading', { name: 'Partnerbydeler og nøkler', level: 2 })).toBeVisible();
}

export async function ownFingerprint(page: Page): Promise<string> {
  const text = (await page.getByTestId('vart-fingeravtrykk').textContent())!.trim();
  expect(text).toMatch(FINGERPRINT);
  return text;
}

export function keyInput(page: Page) {
  return page.getByLabel('Importer partnernøkkel fra partnerbydelen');
}

/** Imports a key file, checks what is to be compared, and confirms it after «the phone call». */
export async function pin(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }, expected: { district: string; fingerprint: string; button: string }) {
  await keyInput(page).setInputFiles(file);
  const preview = page.getByTestId('nokkel-forhandsvisning');
  await expect(preview).toContainText(expected.district);
  await expect(preview.getByTestId('partner-fingeravtrykk')).toHaveText(expected.fingerprint);
  await preview.getByRole('button', { name: expected.button }).click();
  await preview.getByLabel('Vi har sammenlignet fingeravtrykket på telefon, og det er likt').check();
  await preview.getByRole('button', { name: expected.button }).click();
  await expect(page.getByTestId('nokkel-status')).toContainText(`Nøkkelen til bydel ${expected.district} er`);
}

/** Stovner and Grünerløkka, set up and paired through their key files in the settings, each on its own server. */
export async function pairedDistricts(browser: Browser) {
  fs.mkdirSync(DOWNLOADS, { recursive: true });
  const servers = { stovner: await startAppServer(), gruner: await startAppServer() };
  const stovner = await district(browser, servers.stovner);
  await setUp(stovner, 'Stovner', 'Kari Koordinator', 'bolig@bsto.oslo.kommune.no');
  const gruner = await district(browser, servers.gruner);
  await setUp(gruner, 'Grünerløkka', 'Per Koordinator', 'bolig@bgrl.oslo.kommune.no');
  for (const [from, to, name] of [
    [stovner, gruner, 'Stovner'],
    [gruner, stovner, 'Grünerløkka'],
  ] as const) {
    await openSettings(from);
    const fingerprint = await ownFingerprint(from);
    const key = await download(from, 'Last ned vår partnernøkkel');
    await openSettings(to);
    await pin(to, key.file, { district: name, fingerprint, button: 'Godkjenn nøkkelen' });
  }
  return {
    stovner,
    gruner,
    servers,
    async close() {
      await stovner.context().close();
      await gruner.context().close();
      for (const s of Object.values(servers)) {
        await s.stop();
        fs.rmSync(s.dataDir, { recursive: true, force: true });
      }
    },
  };
}
