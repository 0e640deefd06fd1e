import { expect, expectAccessible, screenshot, setUp, test } from './fixtures';

test('first-run setup, register a candidate, and it survives a restart', async ({ page, server }) => {
  await server.open(page);
  await expectAccessible(page, 'oppsett');
  await screenshot(page, '01-oppsett');

  // Submitting empty shows the errors at their fields and in a summary.
  await page.getByRole('button', { name: 'Fullfør oppsett' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Dette må rettes' })).toBeVisible();
  await expect(page.getByText('Velg en bydel fra listen.').first()).toBeVisible();
  await expectAccessible(page, 'oppsett med feil');

  await setUp(page, 'Stovner', 'Kari Koordinator', 'bolig@bsto.oslo.kommune.no');
  await expect(page.getByText('Ingen bytter her ennå.')).toBeVisible();
  // The overview asked before setup was done; it asks again, and shows no error.
  await expect(page.getByText('Appen er ikke satt opp ennå')).toHaveCount(0);
  await expectAccessible(page, 'tom oversikt');

  await page.getByRole('button', { name: 'Ny kandidat' }).click();
  await expect(page.getByRole('heading', { name: 'Registrer ny kandidat for bytte' })).toBeVisible();
  await expectAccessible(page, 'ny kandidat');

  // Invalid input: a clear Norwegian message at the field, nothing lost.
  await page.getByLabel('Hvorfor ønsker personen å flytte?').fill('Ønsker å bo nærmere familien.');
  await page.getByRole('button', { name: 'Registrer kandidat' }).click();
  await expect(page.getByText('Velg minst én målgruppe.').first()).toBeVisible();
  await expect(page.getByText('Personen må samtykke til at en anonym brukerprofil deles med den nye bydelen.').first()).toBeVisible();
  await expect(page.getByLabel('Hvorfor ønsker personen å flytte?')).toHaveValue('Ønsker å bo nærmere familien.');
  await expectAccessible(page, 'ny kandidat med feil');
  await screenshot(page, '03-ny-kandidat-feil');

  await page.getByLabel('Partnerbydel (ny bydel)').selectOption({ label: 'Grünerløkka' });
  await page.getByLabel('Rus', { exact: true }).check();
  await page.getByLabel('Psykisk helse').check();
  await page.getByLabel('Personen ønsker kommunal bolig i den nye bydelen').check();
  await page.getByLabel('Personen har samtykket til at en anonym brukerprofil deles med den nye bydelen').check();
  await page.getByRole('button', { name: 'Registrer kandidat' }).click();

  // Straight on to the profile step, with the stepper showing every step's status.
  await expect(page.getByRole('heading', { name: 'Brukerprofil', level: 2 })).toBeVisible();
  const steps = page.getByRole('navigation', { name: 'Stegene i rutinen' });
  await expect(steps.locator('[data-step="kandidat"]')).toHaveAttribute('data-status', 'done');
  await expect(steps.locator('[data-step="kandidat"]')).toContainText('Fullført');
  await expect(steps.locator('[data-step="brukerprofil"]')).toContainText('Pågår');
  await expect(steps.locator('[data-step="svar"]')).toContainText('Ikke startet');
  // The eleven steps of the routine, then the exchange's Dokumenter and Historikk.
  await expect(steps.locator('[data-step]')).toHaveCount(11);
  const reference = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  expect(reference).toMatch(/^BYTTE-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

  await page.getByRole('link', { name: 'Oversikt', exact: true }).click();
  await page.getByRole('link', { name: /^Utgående/ }).click();
  const row = page.locator(`tr[data-reference="${reference}"]`);
  await expect(row).toContainText('Grünerløkka');
  await expect(row).toContainText('Brukerprofil');
  await expect(row).toContainText('Fyll ut og send brukerprofilen');
  await expectAccessible(page, 'oversikt med bytte');
  await screenshot(page, '02-oversikt');

  // Close the app and start it again on the same data folder.
  await server.restart();
  await server.open(page);
  await expect(page.locator(`tr[data-reference="${reference}"]`)).toContainText('Grünerløkka');
  await page.getByRole('link', { name: /^Innkommende/ }).click();
  await expect(page.getByText('Ingen bytter her ennå.')).toBeVisible();
});

test('browser mode: no cookie to leak, the login link works once, a tab after a restart says what to do', async ({ page, browser, server }) => {
  const link = server.loginUrl;
  await server.open(page);
  await expect(page.getByRole('heading', { name: 'Velkommen til Bytteordning' })).toBeVisible();
  // The code has left the address bar, and nothing was stored that the browser sends by itself.
  expect(new URL(page.url()).search).toBe('');
  expect(await page.context().cookies()).toEqual([]);

  // The same link in another browser profile (or from the history) no longer logs in.
  const other = await browser.newContext();
  try {
    const stranger = await other.newPage();
    await stranger.goto(link);
    await expect(stranger.getByText('Ingen kontakt med Bytteordning')).toBeVisible();
    await expect(stranger.getByText('Innloggingslenken er allerede brukt')).toBeVisible();
    // The next link, printed for another browser, does.
    await stranger.goto(server.loginUrl);
    await expect(stranger.getByRole('heading', { name: 'Velkommen til Bytteordning' })).toBeVisible();
  } finally {
    await other.close();
  }

  // After a restart (a new port and session) the open tab cannot reach the app any more: the
  // next thing the coordinator does says which address to open.
  await setUp(page, 'Stovner', 'Kari Koordinator', 'bolig@bsto.oslo.kommune.no');
  await server.restart();
  await page.getByLabel('Status').selectOption('avsluttet');
  const banner = page.getByTestId('ingen-kontakt-banner');
  await expect(banner).toContainText('Ingen kontakt med Bytteordning');
  await expect(banner).toContainText('Åpne så adressen den skriver ut; nettlesermodus får en ny adresse ved hver oppstart.');
  await expectAccessible(page, 'ingen kontakt');
  await screenshot(page, '30-fane-etter-omstart');
});
