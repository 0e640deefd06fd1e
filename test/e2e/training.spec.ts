import { expect, expectAccessible, screenshot, setUp, test } from './fixtures';

test('training mode shows fictional exchanges at every step, clearly marked, and leaves real data alone', async ({ page, server }) => {
  await server.open(page);
  await setUp(page, 'Stovner', 'Kari Koordinator', 'bolig@bsto.oslo.kommune.no');
  await page.getByRole('link', { name: 'Innstillinger' }).click();
  await expect(page.getByRole('heading', { name: 'Innstillinger', level: 1 })).toBeVisible();
  await expectAccessible(page, 'innstillinger');
  await screenshot(page, '09-innstillinger');

  // A settings form: refused with the reason at the field, then saved.
  const frister = page.getByRole('form', { name: 'Frister' });
  await frister.getByLabel('Et steg regnes som stoppet etter (dager)').fill('0');
  await frister.getByRole('button', { name: 'Lagre' }).click();
  await expect(frister.getByText('Skriv et tall fra 1 til 180.').first()).toBeVisible();
  await expectAccessible(page, 'innstillinger med feil');
  await frister.getByLabel('Et steg regnes som stoppet etter (dager)').fill('21');
  await frister.getByRole('button', { name: 'Lagre' }).click();
  await expect(frister.getByRole('status')).toHaveText('Innstillingene er lagret.');
  await page.reload();
  await expect(page.getByRole('form', { name: 'Frister' }).getByLabel('Et steg regnes som stoppet etter (dager)')).toHaveValue('21');
  await page.getByRole('button', { name: 'Start øvingsmodus' }).click();

  await expect(page.getByTestId('ovingsmodus')).toContainText('ØVINGSMODUS – fiktive bytter.');
  await expect(page.getByText('Bydel Stovner · øvingsmodus')).toBeVisible();
  const rows = page.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThanOrEqual(10);
  await expectAccessible(page, 'oversikt i øvingsmodus');
  await screenshot(page, '10-ovingsmodus');

  // The banner follows the coordinator into an exchange.
  await rows.first().getByRole('link', { name: /^BYTTE-/ }).click();
  await expect(page.getByTestId('ovingsmodus')).toBeVisible();
  await expectAccessible(page, 'bytte i øvingsmodus');

  await page.getByRole('button', { name: 'Avslutt øvingsmodus' }).first().click();
  await expect(page.getByTestId('ovingsmodus')).toHaveCount(0);
  await expect(page.getByText('Ingen bytter her ennå.')).toBeVisible();
});
