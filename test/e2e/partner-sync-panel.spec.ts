import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { PARTNER_KEY_FORMAT, PARTNER_KEY_VERSION } from '../../src/shared/sync/partner-key';
import { expect, expectAccessible, screenshot, setUp, test } from './fixtures';
import { fillProfile, heldMeetingForm, holdMeeting, openStep, registerCandidate, sendProfile } from './routine';

/** Grünerløkka's «partnernøkkel» file, as its installation would make it: fresh Ed25519 and X25519 public keys. */
function grunerlokkaKeyFile(): string {
  const spki = (k: KeyObject) => k.export({ type: 'spki', format: 'der' }).toString('base64');
  const file = {
    format: PARTNER_KEY_FORMAT,
    version: PARTNER_KEY_VERSION,
    district: 'grunerlokka',
    coordinator: 'Per Partner, bydel Grünerløkka',
    signingKey: spki(generateKeyPairSync('ed25519').publicKey),
    encryptionKey: spki(generateKeyPairSync('x25519').publicKey),
    createdAt: new Date().toISOString(),
  };
  return Buffer.from(JSON.stringify(file)).toString('base64');
}

/** Pins the partner's key through the API with this page's session, as Innstillinger would after the phone call. */
async function pinGrunerlokka(page: Page, baseUrl: string): Promise<void> {
  const token = (await page.evaluate(() => localStorage.getItem('bytteordning.tilgang'))) ?? '';
  const post = async (channel: string, data: unknown) => {
    const res = await page.request.post(`${baseUrl}api/${channel}`, { data, headers: { 'x-bytteordning-token': token } });
    const body = (await res.json()) as { ok: boolean; data?: { fingerprint?: string }; error?: { message: string } };
    if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`);
    return body.data!;
  };
  const base64 = grunerlokkaKeyFile();
  const preview = await post('partners.previewKey', { base64 });
  await post('partners.pinKey', { base64, fingerprint: preview.fingerprint });
}

async function openExchange(page: Page, reference: string): Promise<void> {
  await page.getByRole('link', { name: 'Oversikt' }).first().click();
  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { name: reference, level: 1 })).toBeVisible();
}

test('the partner panel: unpaired as before; paired, the partner’s facts are read-only and «Send oppdatering» empties the queue', async ({ page, server }) => {
  await server.open(page);
  await setUp(page, 'Stovner', 'Kari Koordinator', 'bolig@bsto.oslo.kommune.no');
  const panel = page.getByRole('region', { name: 'Partnerbydelen' });

  // Unpaired: Grünerløkka is not on the app with us, so its facts are recorded here by hand, as before.
  const first = await registerCandidate(page);
  await fillProfile(page);
  await sendProfile(page);
  await openStep(page, /Avklaringsmøte/);
  await holdMeeting(page, '2026-03-12T10:00');
  await expect(page.getByText('12.03.2026 kl. 10.00')).toBeVisible();
  await openStep(page, 'Dokumenter');
  await expect(panel.getByTestId('ikke-paret')).toHaveText(
    'Bydel Grünerløkka er ikke paret med dere. Det bydel Grünerløkka gjør i byttet, registrerer du derfor selv her når de har meldt fra om det.',
  );
  await expect(panel.getByRole('link', { name: 'Innstillinger → Partnerbydeler og nøkler' })).toHaveAttribute('href', /innstillinger/);
  await expect(panel.getByRole('button', { name: 'Send oppdatering til partnerbydelen' })).toHaveCount(0);
  await expect(page.getByTestId('ikke-sendt-kort')).toHaveCount(0);
  await expectAccessible(page, 'dokumenter med partnerpanel, ikke paret');
  await screenshot(page, 'partner-panel-ikke-paret');
  await openStep(page, /Svar fra ny bydel/);
  await expect(page.getByText('Dette steget utføres av Grünerløkka. Registrer det Grünerløkka har meldt til dere.')).toBeVisible();
  await expect(page.getByRole('form', { name: 'Registrer svar' })).toBeVisible();
  await expect(page.getByTestId('eies-av-partner')).toHaveCount(0);

  await pinGrunerlokka(page, server.url);

  // Paired: the answer is Grünerløkka's, and what was recorded before pairing waits to be sent.
  await openExchange(page, first);
  await expect(page.getByTestId('ikke-sendt-kort')).toHaveText('2 endringer er ikke sendt · Send oppdatering til partnerbydelen');
  await openStep(page, /Svar fra ny bydel/);
  await expect(page.getByTestId('eies-av-partner')).toHaveText('Registreres av bydel Grünerløkka. Kommer hit når de sender en oppdatering.');
  await expect(page.getByRole('form', { name: 'Registrer svar' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Registrer svaret' })).toHaveCount(0);
  await expect(page.getByText('Dette steget utføres av Grünerløkka')).toHaveCount(0);
  await expectAccessible(page, 'svar eies av partnerbydelen');
  await screenshot(page, 'partner-svar-eies-av-partner');

  // A new exchange after pairing: nothing crosses until the profile is sent.
  const second = await registerCandidate(page);
  await fillProfile(page);
  await expect(page.getByTestId('ikke-sendt-kort')).toHaveText('Alle endringer er sendt.');
  await sendProfile(page);
  await expect(page.getByTestId('ikke-sendt-kort')).toHaveText('1 endring er ikke sendt · Send oppdatering til partnerbydelen');
  // A meeting belongs to the side that registers it first: open to both until then, and it says so.
  await openStep(page, /Avklaringsmøte/);
  await expect(page.getByText('Den bydelen som registrerer dette først, eier opplysningene')).toBeVisible();
  await expect(heldMeetingForm(page)).toBeVisible();
  await page.getByTestId('ikke-sendt-kort').getByRole('link', { name: 'Send oppdatering til partnerbydelen' }).click();
  await expect(page.getByRole('heading', { name: 'Dokumenter', level: 2 })).toBeVisible();
  await expect(panel.getByTestId('ikke-sendt')).toHaveAttribute('data-unsent', '1');
  await expect(panel.getByRole('list', { name: 'Endringer som ikke er sendt' }).getByRole('listitem')).toHaveText([
    'Brukerprofilen er sendt til ny bydel 05.03.2026.',
  ]);
  await expect(panel.getByTestId('sist-mottatt')).toHaveText('Ingen oppdatering mottatt ennå.');
  await expect(panel.getByTestId('enighet')).toHaveAttribute('data-agreement', 'venter');
  await expectAccessible(page, 'dokumenter med partnerpanel, paret');
  await screenshot(page, 'partner-panel-ikke-sendt');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Send oppdatering til partnerbydelen' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${second}-nr1-oppdatering.pdf`);
  const pdf = fs.readFileSync((await download.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // The readable face says what changed, for a person at Grünerløkka.
  const text = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString();
  expect(text).toContain(second);
  expect(text).toContain('Brukerprofilen er sendt til ny bydel 05.03.2026.');

  await expect(panel.getByRole('status')).toHaveText(
    `Oppdatering nr. 1 er lastet ned som ${second}-nr1-oppdatering.pdf. Send filen til bydel Grünerløkka, for eksempel på e-post, så de kan importere den.`,
  );
  await expect(panel.getByTestId('ikke-sendt')).toHaveAttribute('data-unsent', '0');
  await expect(panel.getByTestId('ikke-sendt')).toHaveText('Alle endringer er sendt.');
  await expect(panel.getByTestId('sist-sendt')).toContainText('Sist sendt: oppdatering 1, ');
  await expect(page.getByTestId('ikke-sendt-kort')).toHaveText('Alle endringer er sendt.');
  await expect(page.getByTestId('dokumenter-laget').getByRole('row', { name: /Oppdatering til partnerbydelen/ })).toContainText(`${second}-nr1-oppdatering.pdf`);
  // The file can be made again as it was, if it got lost on the way.
  await expect(panel.getByRole('button', { name: 'Last ned oppdatering nr. 1 på nytt' })).toBeVisible();
  await expectAccessible(page, 'dokumenter med partnerpanel, sendt');
  await screenshot(page, 'partner-panel-sendt');

  // The overview: what waits per exchange, and when the partner last sent anything.
  await page.getByRole('link', { name: 'Oversikt' }).first().click();
  const table = page.getByRole('table', { name: 'Oversikt over bytter' });
  await expect(table.getByRole('columnheader', { name: 'Ikke sendt' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Sist mottatt' })).toBeVisible();
  const rowOf = (reference: string) => table.locator(`tr[data-reference="${reference}"]`);
  await expect(rowOf(first).locator('[data-column="ikke-sendt"]')).toHaveText('2');
  await expect(rowOf(first).getByRole('link', { name: '2 endringer er ikke sendt til partnerbydelen' })).toBeVisible();
  await expect(rowOf(second).locator('[data-column="ikke-sendt"]')).toHaveText('');
  await expect(rowOf(second).locator('[data-column="sist-mottatt"]')).toHaveText('–Ingen oppdatering mottatt');
  await expectAccessible(page, 'oversikt med ikke sendt og sist mottatt');
  await screenshot(page, 'partner-oversikt');
});
