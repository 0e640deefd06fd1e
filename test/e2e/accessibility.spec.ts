import { expect, expectAccessible, setUp, test } from './fixtures';

/**
 * WCAG 2.1 AA on every step screen in every state training mode has: exchanges at every step,
 * outgoing and incoming, open and closed; forms empty, filled and with errors shown.
 */
test('every step screen in every state passes axe', async ({ page, server }) => {
  test.setTimeout(240_000);
  await server.open(page);
  await setUp(page, 'Stovner', 'Kari Koordinator', 'bolig@bsto.oslo.kommune.no');
  await page.getByRole('link', { name: 'Innstillinger' }).click();
  await page.getByRole('button', { name: 'Start øvingsmodus' }).click();
  await expect(page.getByTestId('ovingsmodus')).toBeVisible();
  await page.getByLabel('Status').selectOption('alle');
  await expect(page.locator('tbody tr')).toHaveCount(17);
  const links = await page.locator('tbody tr a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));

  const checked = new Set<string>();
  for (const href of links) {
    await page.goto(`${server.url}${href}`);
    const steps = page.getByRole('navigation', { name: 'Stegene i rutinen' });
    await expect(steps).toBeVisible();
    for (const step of await steps.locator('[data-step]').evaluateAll((as) => as.map((a) => `${a.getAttribute('data-step')}:${a.getAttribute('data-status')}`))) {
      if (checked.has(step)) continue;
      checked.add(step);
      await steps.locator(`[data-step="${step.split(':')[0]}"]`).click();
      await expect(page.locator('#steg-overskrift')).toBeFocused();
      await expectAccessible(page, step);
    }
  }
  // Each step was seen in more than one state.
  expect(checked.size).toBeGreaterThan(25);

  // Errors shown: submit an empty meeting form.
  await page.goto(`${server.url}#/?steg=avklaringsmote&retning=utgaende`);
  await page.locator('tbody tr a').first().click();
  await page.getByRole('navigation', { name: 'Stegene i rutinen' }).locator('[data-step="avklaringsmote"]').click();
  await page.getByRole('button', { name: 'Registrer møtet som holdt' }).click();
  await expect(page.getByText('Dette må rettes før du kan gå videre')).toBeVisible();
  await expect(page.locator('.bo-error-summary')).toBeFocused();
  await expectAccessible(page, 'avklaringsmøte med feil');
});
