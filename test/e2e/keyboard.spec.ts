import type { Page } from '@playwright/test';
import { expect, expectAccessible, setUp, test } from './fixtures';
import { fillProfile, registerCandidate, sendProfile } from './routine';

/** What has focus, as a screen reader would name it. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'body', text: '', id: '', inStepper: false };
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 80),
      id: el.id,
      inStepper: !!el.closest('nav[aria-label="Stegene i rutinen"]'),
    };
  });
}

/** Tabs until `done` holds for the focused element; fails after `max` presses. Returns the presses. */
async function tabUntil(page: Page, done: (f: Awaited<ReturnType<typeof focused>>) => boolean, max: number, seen: string[] = []): Promise<number> {
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    seen.push(`${f.tag}:${f.text}`);
    if (done(f)) return n;
  }
  throw new Error(`not reached in ${max} Tab presses: ${seen.join(' → ')}`);
}

test('keyboard only: past the stepper with the skip link, a whole step, errors a screen reader can reach', async ({ page, server }) => {
  await server.open(page);
  await setUp(page, 'Stovner', 'Kari Koordinator', 'bolig@bsto.oslo.kommune.no');

  // A select's error is where its aria-errormessage points, and says what to do.
  await page.getByRole('link', { name: 'Ny kandidat' }).click();
  await page.getByRole('button', { name: 'Registrer kandidat' }).click();
  const partner = page.getByLabel('Partnerbydel (ny bydel)');
  await expect(partner).toHaveAttribute('aria-invalid', 'true');
  const partnerError = await partner.getAttribute('aria-errormessage');
  await expect(page.locator(`[id="${partnerError}"]`)).toContainText('Velg');
  await page.getByRole('link', { name: 'Oversikt' }).first().click();

  await registerCandidate(page);
  await fillProfile(page);
  await sendProfile(page);
  // Focus does not fall to the page after «Marker som sendt»: it is on the step.
  await expect.poll(async () => (await focused(page)).tag).not.toBe('body');
  const reference = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();

  // From the overview, by keyboard alone, into the exchange.
  await page.getByRole('link', { name: 'Oversikt' }).first().click();
  await expect(page.getByRole('heading', { name: 'Oversikt over bytter' })).toBeVisible();
  await page.locator('body').focus();
  await tabUntil(page, (f) => f.text === reference, 60);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Avklaringsmøte', level: 2 })).toBeVisible();
  // Opened without a step, the address names the current one, so saving never moves the view.
  await expect(page).toHaveURL(/\/bytte\/\d+\/avklaringsmote$/);

  // The page's first stop is the skip link; the exchange's own skip link passes the thirteen step links.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Avklaringsmøte', level: 2 })).toBeVisible();
  await page.keyboard.press('Tab');
  expect((await focused(page)).text).toBe('Hopp til hovedinnholdet');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const skip = await focused(page);
  expect(skip.text).toBe('Hopp over stegene, til skjemaet for steget');
  await expect(page.getByRole('link', { name: 'Hopp over stegene, til skjemaet for steget' })).toBeVisible();
  await page.keyboard.press('Enter');
  expect((await focused(page)).text).toBe('Avklaringsmøte');

  // The whole step by keyboard: the meeting is not needed, with a reason. No Tab lands in the stepper.
  const path: string[] = [];
  await tabUntil(page, (f) => f.text === '' && f.tag === 'textarea' && f.id.includes('grunn'), 40, path);
  expect(path.some((p) => p.startsWith('a:') && /Kandidat|Brukerprofil|Svar fra ny bydel/.test(p)), path.join(' → ')).toBe(false);

  // Sent empty first: the error is announced where aria-errormessage points.
  const reason = page.getByLabel('Hvorfor trengs ikke møtet?');
  await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Hopp over steget', 5);
  await page.keyboard.press('Enter');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  const reasonError = await reason.getAttribute('aria-errormessage');
  await expect(page.locator(`[id="${reasonError}"]`)).toBeVisible();
  await expect(page.locator(`[id="${reasonError}"]`)).not.toBeEmpty();
  await expectAccessible(page, 'hopp over med feil');

  await reason.focus();
  await page.keyboard.type('Personen og begge bydeler kjenner hverandre godt fra før.');
  await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Hopp over steget', 5);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Stegene i rutinen' }).locator('[data-step="avklaringsmote"]')).toHaveAttribute('data-status', 'skipped');
  // The form gave way to the summary; focus went back to the step, and the view stayed.
  await expect.poll(async () => (await focused(page)).tag).not.toBe('body');
  await expect(page).toHaveURL(/\/bytte\/\d+\/avklaringsmote$/);
  await expect(page.getByRole('heading', { name: 'Avklaringsmøte', level: 2 })).toBeVisible();
});
