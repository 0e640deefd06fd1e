import type { Page } from '@playwright/test';
import { expect, expectAccessible, setUp, test } from './fixtures';

/** The accessible name of the focused element, roughly as a screen reader would say it. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const input = el as HTMLInputElement;
    const label = input.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
    return `${el.tagName.toLowerCase()}:${label.replace(/\s+/g, ' ').trim()}`;
  });
}

/** Presses Tab until the focused element's name matches, as a keyboard user does. */
async function tabTo(page: Page, name: RegExp, max = 80): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const current = await focusedName(page);
    seen.push(current);
    if (name.test(current)) {
      // A visible focus indicator: the focused element has an outline or a box-shadow ring.
      const visible = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return (s.outlineStyle !== 'none' && s.outlineWidth !== '0px') || s.boxShadow !== 'none';
      });
      expect(visible, `visible focus on ${current}`).toBe(true);
      return;
    }
  }
  throw new Error(`Tab never reached ${name}; focus went through:\n${seen.join('\n')}`);
}

test('keyboard only: register a candidate and fill the profile', async ({ page, server }) => {
  await server.open(page);
  await setUp(page, 'Stovner', 'Kari Koordinator', 'bolig@bsto.oslo.kommune.no');

  await tabTo(page, /^a:Ny kandidat$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Registrer ny kandidat for bytte' })).toBeVisible();

  await tabTo(page, /^select:Partnerbydel/);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Partnerbydel (ny bydel)')).toHaveValue('grunerlokka');
  await tabTo(page, /^input:Rus$/);
  await page.keyboard.press('Space');
  await tabTo(page, /^input:Personen ønsker kommunal bolig/);
  await page.keyboard.press('Space');
  await tabTo(page, /^textarea:Hvorfor ønsker personen å flytte/);
  await page.keyboard.type('Ønsker å komme nærmere familien.');
  await tabTo(page, /^input:Personen har samtykket/);
  await page.keyboard.press('Space');
  await tabTo(page, /^button:Registrer kandidat$/);
  await page.keyboard.press('Enter');

  // The wizard moves focus to the step heading of the profile.
  await expect(page.getByRole('heading', { name: 'Brukerprofil', level: 2 })).toBeVisible();

  await tabTo(page, /^select:Aldersgruppe/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, /^select:Husstand/);
  await page.keyboard.press('ArrowDown');
  await tabTo(page, /^select:Nåværende bosituasjon/);
  await page.keyboard.press('ArrowDown');
  await tabTo(page, /^input:Bort fra rusmiljø$/);
  await page.keyboard.press('Space');
  await tabTo(page, /^input:Ordinær bolig$/);
  await page.keyboard.press('Space');
  await tabTo(page, /^select:Størrelse/);
  await page.keyboard.press('ArrowDown');
  await tabTo(page, /^select:Inntektstype/);
  await page.keyboard.press('ArrowDown');
  await tabTo(page, /^textarea:Ressurser og hva som fungerer godt/);
  await page.keyboard.type('Møter stabilt til avtaler.');
  await expect(page.getByTestId('autolagring')).toContainText('Utkast lagret');
  await expect(page.getByLabel('Aldersgruppe')).toHaveValue('26-35');

  await tabTo(page, /^input:Dato sendt/, 120);
  await tabTo(page, /^button:Marker som sendt$/);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Brukerprofilen ble sendt til den nye bydelen')).toBeVisible();
  await expectAccessible(page, 'brukerprofil sendt');
});
