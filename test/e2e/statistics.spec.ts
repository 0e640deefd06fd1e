import fs from 'node:fs';
import type { Page } from '@playwright/test';
import type { ChannelOutput } from '../../src/shared/contract';
import { DURATION_LABELS } from '../../src/shared/i18n/stats-text';
import { seedPilotYear } from '../support/stats-dataset';
import { expect, expectAccessible, screenshot, setUp, test } from './fixtures';

/** The app's own API, as the page would call it: with the session the page got at login. */
function apiOf(page: Page, baseUrl: string) {
  return async (channel: string, input: unknown) => {
    const token = await page.evaluate(() => localStorage.getItem('bytteordning.tilgang'));
    const res = await page.request.post(`${baseUrl}api/${channel}`, { data: input, headers: { 'x-bytteordning-token': token ?? '' } });
    const body = (await res.json()) as { ok: boolean; data?: unknown; error?: { message: string } };
    if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`);
    return body.data as ChannelOutput<never>;
  };
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [event] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: event.suggestedFilename(), bytes: fs.readFileSync((await event.path())!) };
}

test('statistics for a pilot year: balance, outcomes, days between steps, exports, all accessible', async ({ page, server }) => {
  await server.open(page);
  await setUp(page, 'Stovner', 'Kari Koordinator', 'bolig@bsto.oslo.kommune.no');
  await seedPilotYear(apiOf(page, server.url) as Parameters<typeof seedPilotYear>[0]);

  await page.getByRole('link', { name: 'Statistikk' }).click();
  await expect(page.getByRole('heading', { name: 'Statistikk', level: 1 })).toBeVisible();
  await page.getByLabel('Fra og med').fill('2026-01-01');
  await page.getByLabel('Til og med').fill('2026-12-31');
  await expect(page.getByTestId('statistikk-klar')).toBeAttached();

  // Balance: Stovner sent four, Grünerløkka one (hidden); Grünerløkka gave three dwellings.
  const balance = page.getByTestId('tabell-balanse-grunerlokka');
  await expect(balance.getByRole('row', { name: /^2026/ })).toHaveText(/20264færre enn 3færre enn 33/);
  await expect(page.getByRole('img', { name: /Boliger gitt, Stovner og Grünerløkka\. 2026: Stovner færre enn 3, Grünerløkka 3/ })).toBeVisible();
  // With counts hidden, the balance still says which way it leans, never by how much.
  await expect(page.getByTestId('merknad-balanse-grunerlokka')).toHaveText(
    'Balansen i perioden: Stovner har sendt flere personer enn Grünerløkka (for få til å si hvor mange flere). Grünerløkka har gitt flere boliger enn Stovner (for få til å si hvor mange flere).',
  );
  // Nobody withdrew: 0, not «færre enn 3».
  await expect(page.getByTestId('tabell-bytter').getByRole('row', { name: /Avsluttet som trukket/ })).toHaveText(/Avsluttet som trukket0/);

  // Days between steps, with the same figures in the chart's name and in the table.
  await expect(page.getByTestId('tabell-tid').getByRole('row', { name: /Fra ja til tildelt bolig/ })).toHaveText(/Fra ja til tildelt bolig438,535,8413244/);
  await expect(page.getByRole('img', { name: /Fra ja til tildelt bolig: median 38,5 dager, midterste halvdel 35,8 til 41, korteste 32, lengste 44, 4 bytter/ })).toBeVisible();
  // One refusal: hidden, reason and total alike.
  await expect(page.getByTestId('tabell-nei').getByRole('row', { name: /Nei i alt/ })).toContainText('færre enn 3');
  // Four dwellings declined, all as too small: in the table and in the chart.
  await expect(page.getByTestId('tabell-visninger').getByRole('row', { name: /Størrelse eller planløsning/ })).toHaveText(/Størrelse eller planløsning4/);
  await expect(page.getByRole('img', { name: /Visninger der personen takket nei, etter grunn\..*Størrelse eller planløsning: 4/ })).toBeVisible();
  await expectAccessible(page, 'statistikk');
  await screenshot(page, '11-statistikk');

  // A period that ends before it starts is pointed out, and the last good figures stay.
  await page.getByLabel('Til og med').fill('2025-12-31');
  await expect(page.getByText('Til-datoen kan ikke være før fra-datoen.')).toBeVisible();
  await expect(page.getByTestId('tabell-tid')).toBeVisible();
  await expectAccessible(page, 'statistikk med feil periode');
  await page.getByLabel('Til og med').fill('2026-12-31');

  const csv = await download(page, 'Last ned som CSV (Excel)');
  expect(csv.name).toBe('bytteordning-statistikk-2026-01-01-2026-12-31.csv');
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.bytes.toString('utf8')).toContain('Fra ja til tildelt bolig;4;38,5;35,8;41;32;44');
  await expect(page.getByRole('status').filter({ hasText: 'er lastet ned' })).toBeVisible();
  const pdf = await download(page, 'Last ned som PDF');
  expect(pdf.name).toBe('bytteordning-statistikk-2026-01-01-2026-12-31.pdf');
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // A year with nothing in it: zeros, and an axis of whole days (it read «0.6000000000000001» over «0.4»).
  await page.getByLabel('Fra og med').fill('2025-01-01');
  await page.getByLabel('Til og med').fill('2025-12-31');
  await expect(page.getByTestId('tabell-tid').getByRole('row', { name: /Fra ja til tildelt bolig/ })).toHaveText('Fra ja til tildelt bolig0–––––');
  const days = page.getByRole('img', { name: /Median og spredning, i dager/ });
  await expect(days).toHaveAccessibleName(/Fra ja til tildelt bolig: 0 bytter/);
  expect(await days.locator('text').allTextContents()).toEqual(['0', '1', 'dager', ...Object.values(DURATION_LABELS).flatMap((label) => [label, '0 bytter'])]);

  // The overview finds exchanges by when they were registered.
  await page.getByRole('link', { name: 'Oversikt', exact: true }).click();
  await page.getByLabel('Status').selectOption('alle');
  await expect(page.locator('tbody tr')).toHaveCount(5);
  await page.getByLabel('Registrert til og med').fill('2020-12-31');
  await expect(page.getByText('Ingen bytter passer med søket.')).toBeVisible();
  await expectAccessible(page, 'oversikt filtrert på dato');
});
