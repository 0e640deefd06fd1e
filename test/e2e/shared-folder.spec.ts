import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { answer, fillProfile, openStep, registerCandidate, sendProfile } from './routine';
import { openImport, openSettings, pairedDistricts } from './two-districts';

/**
 * The shared-folder transport through the real UI: Stovner and Grünerløkka, each on its own
 * browser-mode server, choose the same folder (one temp folder standing in for the network
 * drive), and the updates cross only through it: «Send til felles mappe» on one side, «Hent
 * fra felles mappe» on the other. No file is downloaded or chosen by hand.
 */

const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo', dateStyle: 'short' }).format(new Date());
const panel = (page: Page) => page.getByRole('region', { name: 'Partnerbydelen' });

async function chooseFolder(page: Page, partner: string, folder: string) {
  await openSettings(page);
  const form = page.getByRole('form', { name: `Felles mappe med bydel ${partner}` });
  await expect(form).toContainText('Ingen felles mappe er valgt.');
  await form.getByRole('textbox', { name: `Felles mappe med bydel ${partner}` }).fill(folder);
  await form.getByRole('button', { name: 'Lagre mappen' }).click();
  await expect(page.getByTestId('mappe-status')).toHaveText(`Den felles mappen med bydel ${partner} er lagret: ${folder}.`);
}

async function sendToFolder(page: Page, reference: string, seq: number, partner: string) {
  await openStep(page, 'Dokumenter');
  await expect(panel(page).getByTestId('ikke-sendt')).not.toHaveAttribute('data-unsent', '0');
  await panel(page).getByRole('button', { name: 'Send til felles mappe' }).click();
  await expect(panel(page)).toContainText(`Oppdatering nr. ${seq} er lagt i den felles mappen som `);
  await expect(panel(page)).toContainText(`${reference}-nr${seq}.bytteordning. Bydel ${partner} henter den med «Hent fra felles mappe».`);
  await expect(panel(page).getByTestId('ikke-sendt')).toHaveAttribute('data-unsent', '0');
}

/** «Hent fra felles mappe» under Importer dokument: what arrived, and the link to its exchange. */
async function fetchFromFolder(page: Page, reference: string, seq: number, from: string) {
  await openImport(page);
  await page.getByRole('button', { name: 'Hent fra felles mappe' }).click();
  const arrived = page.getByTestId('hentet');
  await expect(arrived.locator('[data-outcome="importert"]')).toHaveCount(1);
  await expect(arrived).toContainText(`Importert Oppdatering ${seq} fra bydel ${from} er importert i byttet ${reference}.`);
  return arrived;
}

async function stepStatuses(page: Page): Promise<Record<string, string>> {
  const links = page.getByRole('navigation', { name: 'Stegene i rutinen' }).locator('[data-step]');
  await expect(links).toHaveCount(11);
  const out: Record<string, string> = {};
  for (const link of await links.all()) out[(await link.getAttribute('data-step'))!] = (await link.getAttribute('data-status'))!;
  return out;
}

test('two districts exchange updates through one shared folder, and end with the same record', async ({ browser }) => {
  test.setTimeout(240_000);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bytteordning-felles-e2e-'));
  const pair = await pairedDistricts(browser);
  const { stovner, gruner } = pair;
  try {
    await chooseFolder(stovner, 'Grünerløkka', folder);
    await expectAccessible(stovner, 'felles mappe under Innstillinger');
    await screenshot(stovner, 'felles-mappe-innstillinger');
    await chooseFolder(gruner, 'Stovner', folder);

    // Stovner: the candidate and the profile, marked sent, into the folder as update 1.
    const reference = await registerCandidate(stovner);
    await fillProfile(stovner);
    await sendProfile(stovner, today);
    await sendToFolder(stovner, reference, 1, 'Grünerløkka');
    const lane = path.join(folder, 'stovner-til-grunerlokka');
    expect(fs.readdirSync(lane)).toEqual([`${reference}-nr1.bytteordning`]);
    await screenshot(stovner, 'felles-mappe-sendt');

    // Grünerløkka fetches it: a new incoming exchange, reached from the result; the file is gone.
    const arrived = await fetchFromFolder(gruner, reference, 1, 'Stovner');
    await expectAccessible(gruner, 'hentet fra felles mappe');
    await screenshot(gruner, 'felles-mappe-hentet');
    expect(fs.readdirSync(lane)).toEqual([]);
    await arrived.getByRole('link', { name: `Åpne byttet ${reference}` }).click();
    await expect(gruner.getByRole('heading', { name: reference, level: 1 })).toBeVisible();
    await expect(gruner.getByText('Innkommende bytte fra Stovner')).toBeVisible();

    // Grünerløkka: no clarification meeting, answers yes, and sends it through the folder.
    await openStep(gruner, /Avklaringsmøte/);
    await gruner.getByLabel('Hvorfor trengs ikke møtet?').fill('Profilen var tydelig nok.');
    await gruner.getByRole('button', { name: 'Hopp over steget' }).click();
    await openStep(gruner, /Svar fra ny bydel/);
    await answer(gruner, true, today);
    await sendToFolder(gruner, reference, 1, 'Stovner');

    // Stovner fetches the answer.
    const answered = await fetchFromFolder(stovner, reference, 1, 'Grünerløkka');
    await answered.getByRole('link', { name: `Åpne byttet ${reference}` }).click();
    await expect(stovner.getByRole('heading', { name: reference, level: 1 })).toBeVisible();
    expect(fs.readdirSync(path.join(folder, 'grunerlokka-til-stovner'))).toEqual([]);

    // Stovner has everything Grünerløkka has, and Grünerløkka's update had all of Stovner's: the same facts.
    await openStep(stovner, 'Dokumenter');
    await expect(panel(stovner).getByTestId('sist-mottatt')).toContainText('Sist mottatt: oppdatering 1 fra Per Koordinator, bydel Grünerløkka');
    await expect(panel(stovner).getByTestId('enighet')).toHaveText('Dere og partnerbydelen har de samme opplysningene');
    // Grünerløkka cannot know yet that its answer arrived: it waits for Stovner's next update.
    await openStep(gruner, 'Dokumenter');
    await expect(panel(gruner).getByTestId('enighet')).toHaveAttribute('data-agreement', 'venter');
    // The two records, step by step, as each stepper shows them.
    expect(await stepStatuses(gruner)).toEqual(await stepStatuses(stovner));
    expect((await stepStatuses(stovner)).svar).toBe('done');
  } finally {
    await pair.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
