import fs from 'node:fs';
import path from 'node:path';
import { expect, expectAccessible, screenshot, setUp, test } from './fixtures';
import { openStep, registerCandidate } from './routine';

test('the exchange shows its audit trail; Settings checks the log, takes and restores backups, and shows retention', async ({ page, server }) => {
  await server.open(page);
  await setUp(page, 'Stovner', 'Kari Koordinator', 'bolig@bsto.oslo.kommune.no');
  const reference = await registerCandidate(page);

  // The exchange's log: who opened and changed it, with no content.
  await openStep(page, 'Historikk');
  const trail = page.getByTestId('revisjonsspor');
  await expect(page.getByRole('heading', { name: 'Logg (revisjonsspor)' })).toBeVisible();
  await expect(trail).toContainText('Byttet er registrert');
  await expect(trail).toContainText('Kari Koordinator, bydel Stovner');
  await expectAccessible(page, 'historikk med revisjonsspor');
  await screenshot(page, '11-revisjonsspor');

  await page.getByRole('link', { name: 'Innstillinger' }).click();
  await expect(page.getByRole('heading', { name: 'Sletting av avsluttede bytter' })).toBeVisible();
  await expect(page.getByText('Ingen bytter skal slettes de neste 30 dagene.')).toBeVisible();
  await expect(page.getByLabel('Måneder etter avslutning (gjennomført, trukket eller avbrutt)')).toHaveValue('12');
  await expect(page.getByLabel('Måneder etter avslutning når ny bydel sa nei (avslått)')).toHaveValue('3');

  await page.getByRole('button', { name: 'Kontroller loggen' }).click();
  await expect(page.getByTestId('loggkontroll')).toContainText('Loggen er i orden');

  // A backup, then a new exchange, then the backup restored: the new exchange is gone.
  await page.getByRole('button', { name: 'Ta sikkerhetskopi nå' }).click();
  await expect(page.getByTestId('kopi-status')).toContainText('Sikkerhetskopien er tatt');
  await expect(page.getByTestId('sikkerhetskopier').locator('tbody tr')).toHaveCount(1);
  await expectAccessible(page, 'innstillinger med sikkerhetskopier');
  await screenshot(page, '12-sikkerhetskopier');

  const second = await registerCandidate(page);
  await page.getByRole('link', { name: 'Innstillinger' }).click();
  await page.getByTestId('sikkerhetskopier').getByRole('button', { name: /Gjenopprett/ }).first().click();
  await expect(page.getByText(/Gjenopprette sikkerhetskopien fra/)).toBeFocused();
  await page.getByRole('button', { name: 'Ja, gjenopprett' }).click();
  await expect(page.getByTestId('kopi-status')).toContainText('Databasen er gjenopprettet');
  await expect(page.getByTestId('sikkerhetskopier')).toContainText('Før gjenoppretting');

  await page.getByRole('link', { name: 'Oversikt' }).click();
  await expect(page.getByText(reference)).toBeVisible();
  await expect(page.getByText(second)).toHaveCount(0);
});

test('a database found damaged at start leads to the way out: the backups, a restore, and the overview again', async ({ page, server }) => {
  await server.open(page);
  await setUp(page, 'Stovner', 'Kari Koordinator', 'bolig@bsto.oslo.kommune.no');
  const reference = await registerCandidate(page);
  await page.getByRole('link', { name: 'Innstillinger' }).click();
  await page.getByRole('button', { name: 'Ta sikkerhetskopi nå' }).click();
  await expect(page.getByTestId('kopi-status')).toContainText('Sikkerhetskopien er tatt');

  // Between two launches, a page of the file is overwritten (a disk fault, say).
  await server.stop();
  const fd = fs.openSync(path.join(server.dataDir, 'bytteordning.db'), 'r+');
  fs.writeSync(fd, Buffer.from('skadet!skadet!skadet!'), 0, 21, 3 * 4096 + 200);
  fs.closeSync(fd);
  await server.restart();
  await server.open(page);

  // The check runs after start: the overview may already be up, and then a banner leads on.
  const banner = page.getByTestId('database-skadet-banner');
  const recovery = page.getByTestId('database-skadet');
  await expect(banner.or(recovery)).toBeVisible();
  if (await banner.isVisible()) await banner.getByRole('link', { name: 'Gjenopprett en sikkerhetskopi' }).click();
  await expect(page.getByRole('heading', { name: 'Saksdatabasen er skadet' })).toBeFocused();
  await expect(recovery).toContainText('lagrer appen ingenting i den skadede databasen');
  await expect(recovery.getByTestId('sikkerhetskopier').locator('tbody tr')).toHaveCount(1);
  await expectAccessible(page, 'skadet database');
  await screenshot(page, '13-database-skadet');

  await recovery.getByRole('button', { name: /Gjenopprett/ }).click();
  await page.getByRole('button', { name: 'Ja, gjenopprett' }).click();
  await expect(recovery.getByRole('status').filter({ hasText: 'Databasen er gjenopprettet' })).toBeVisible();
  await page.getByRole('button', { name: 'Gå til oversikten' }).click();
  await expect(page.getByRole('heading', { name: 'Oversikt over bytter' })).toBeVisible();
  await expect(page.getByText(reference)).toBeVisible();
  await expect(banner).toHaveCount(0);
});
