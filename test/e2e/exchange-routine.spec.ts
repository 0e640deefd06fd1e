import { expect, expectAccessible, screenshot, setUp, test } from './fixtures';
import { allocate, answer, fillProfile, heldMeetingForm, holdMeeting, openStep, registerCandidate, sendProfile, viewing } from './routine';

test('a full outgoing exchange Stovner → Grünerløkka, from Kandidat to Avsluttet (gjennomført)', async ({ page, server }) => {
  await server.open(page);
  await setUp(page, 'Stovner', 'Kari Koordinator', 'bolig@bsto.oslo.kommune.no');
  const reference = await registerCandidate(page);
  const steps = page.getByRole('navigation', { name: 'Stegene i rutinen' });

  // Brukerprofil: an identifier typed in free text is marked and blocks sending until dismissed.
  await fillProfile(page);
  await page.getByLabel('Annen informasjon').fill('Kan ringes på 412 34 567 ved behov.');
  await expect(page.getByTestId('funn-annet')).toContainText('Telefonnummer');
  await expect(page.getByTestId('profil-mangler')).toContainText('Vurder 1 mulige personopplysninger');
  await expect(page.getByRole('button', { name: 'Marker som sendt' })).toHaveCount(0);
  await expectAccessible(page, 'brukerprofil med funn');
  await screenshot(page, '04-brukerprofil-funn');
  await page.getByLabel('Annen informasjon').fill('Kan kontaktes via koordinator.');
  await expect(page.getByTestId('funn-annet')).toHaveCount(0);
  await page.getByRole('button', { name: 'Forhåndsvis det den nye bydelen ser' }).click();
  await expect(page.getByTestId('forhandsvisning')).toContainText('Profilen er anonym');
  await expect(page.getByTestId('forhandsvisning')).toContainText(reference);
  await sendProfile(page);
  await expect(steps.locator('[data-step="brukerprofil"]')).toHaveAttribute('data-status', 'done');

  // Avklaringsmøte held.
  await openStep(page, /Avklaringsmøte/);
  await holdMeeting(page, '2026-03-12T10:00');
  await expect(steps.locator('[data-step="avklaringsmote"]')).toHaveAttribute('data-status', 'done');
  await expect(page.getByText('12.03.2026 kl. 10.00')).toBeVisible();

  // Svar: ja, as reported by Grünerløkka.
  await openStep(page, /Svar fra ny bydel/);
  await expect(page.getByText('Dette steget utføres av Grünerløkka')).toBeVisible();
  await answer(page, true);
  await expect(steps.locator('[data-step="svar"]')).toHaveAttribute('data-status', 'done');

  // Møte etter ja: skipped with a reason.
  await openStep(page, /Møte etter ja/);
  await page.getByLabel('Hvorfor trengs ikke møtet?').fill('Tjenestene ble koblet på i avklaringsmøtet.');
  await page.getByRole('button', { name: 'Hopp over steget' }).click();
  await expect(steps.locator('[data-step="mote_etter_ja"]')).toHaveAttribute('data-status', 'skipped');

  // Tildeling in its fixed order.
  await openStep(page, /Tildeling av bolig/);
  await expect(page.locator('[data-substep="vedtak"]')).toHaveAttribute('data-state', 'Venter');
  await page.getByLabel('Dato personen søkte kommunal bolig i gammel bydel').fill('2026-03-20');
  await page.getByRole('button', { name: 'Registrer søknaden' }).click();
  await page.getByLabel('Vedtaksdato').fill('2026-04-01');
  await page.getByLabel('Vedtaksreferanse (saksnummer)').fill('2026/1234');
  await page.getByRole('button', { name: 'Registrer vedtaket' }).click();
  await expectAccessible(page, 'tildeling');
  await allocate(page, 'BB-100200', '2026-04-10');
  await expect(steps.locator('[data-step="tildeling"]')).toHaveAttribute('data-status', 'done');

  // Visning 1: declined → back to finding a dwelling.
  await openStep(page, /Visning/);
  await viewing(page, '2026-04-15T12:00', false, { navn: 'Berit Utleier', kontakt: 'tlf. 23 48 00 00' });
  await expect(steps.locator('[data-step="tildeling"]')).toHaveAttribute('data-status', 'current');
  await openStep(page, /Tildeling av bolig/);
  await expect(page.getByText('Personen takket nei til en bolig på visning.')).toBeVisible();
  await allocate(page, 'BB-100300', '2026-04-20');

  // Visning 2: accepted.
  await openStep(page, /Visning/);
  await expect(page.getByText('takket nei (Standard eller tilstand: For mørk leilighet.)')).toBeVisible();
  await viewing(page, '2026-04-23T12:00', true);
  await expect(steps.locator('[data-step="visning"]')).toHaveAttribute('data-status', 'done');
  await screenshot(page, '05-visning');

  // Overføringsmøte held (the clarification meeting was long ago, so the app suggests holding it).
  await openStep(page, /Overføringsmøte/);
  await expect(page.getByTestId('overforing-forslag')).toContainText('Forslag: Hold overføringsmøte');
  // Called first (for the agenda and the invitation), then held: the held form starts from the plan.
  await page.getByRole('button', { name: 'Planlegg møtet (for agenda og kalenderinvitasjon)' }).click();
  const plan = page.getByRole('form', { name: 'Planlegg møtet' });
  await plan.getByLabel('Tidspunkt for møtet').fill('2026-04-28T09:00');
  await plan.getByLabel('Møtested').fill('Grünerløkka bydelshus');
  await plan.getByRole('button', { name: 'Legg til personen selv' }).click();
  await plan.getByRole('button', { name: 'Lagre planen' }).click();
  await expect(page.getByRole('region', { name: 'Planlagt møte' })).toContainText('28.04.2026 kl. 09.00');
  await expect(heldMeetingForm(page).getByLabel('Møtested')).toHaveValue('Grünerløkka bydelshus');
  await expectAccessible(page, 'overføringsmøte planlagt');
  await holdMeeting(page, '2026-04-28T09:00');
  await expect(steps.locator('[data-step="overforingsmote"]')).toHaveAttribute('data-status', 'done');

  // Ansvar gammel bydel: seven items and the move-in date.
  await openStep(page, /Ansvar gammel bydel/);
  await page.getByLabel('Innflyttingsdato').fill('2026-05-01');
  const items = page.locator('[data-punkt]');
  await expect(items).toHaveCount(7);
  for (let i = 0; i < 7; i++) {
    const item = items.nth(i);
    if ((await item.getAttribute('data-punkt')) === 'fast_trekk') {
      await item.getByLabel('Ikke relevant').check();
      await item.getByLabel('Hvorfor er punktet ikke relevant?').fill('Husleien betales med avtalegiro.');
    } else {
      await item.getByLabel('Gjort', { exact: true }).check();
    }
  }
  await page.getByRole('button', { name: 'Lagre sjekklisten' }).click();
  await expect(steps.locator('[data-step="ansvar_gammel"]')).toHaveAttribute('data-status', 'done');
  await expectAccessible(page, 'ansvar gammel bydel');
  await screenshot(page, '06-ansvar-gammel');

  // Ansvar ny bydel: transfer and first follow-up; days from move-in shown.
  await openStep(page, /Ansvar ny bydel/);
  await page.getByLabel('Dato saken ble overført til ny bydel').fill('2026-05-05');
  await page.getByLabel('Dato for første oppfølgingskontakt').fill('2026-05-04');
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.locator('dd').filter({ hasText: /^3$/ })).toBeVisible();

  // Avsluttet: gjennomført.
  await openStep(page, /Avsluttet/);
  await page.getByLabel('Gjennomført – personen er overført til ny bydel').check();
  await page.getByRole('button', { name: 'Avslutt byttet' }).click();
  await expect(page.getByTestId('neste-handling')).toContainText('Gjennomført');
  await expect(steps.locator('[data-status="done"]')).toHaveCount(10);
  await expect(steps.locator('[data-status="skipped"]')).toHaveCount(1);

  // The history has every change, with who and when.
  await page.getByRole('link', { name: /Historikk/ }).click();
  const history = page.getByRole('list', { name: 'Historikk' });
  // One event per change; profile drafts are saved as the coordinator types, so those vary.
  await expect(history.getByRole('listitem').filter({ hasNotText: 'Utkast til brukerprofil lagret' })).toHaveCount(20);
  await expect(history).toContainText('Overføringsmøte planlagt: 28.04.2026 kl. 09.00');
  await expect(history.getByRole('listitem').filter({ hasText: 'Utkast til brukerprofil lagret' }).first()).toBeVisible();
  await expect(history).toContainText('Personen takket nei til boligen');
  await expect(history).toContainText('Kari Koordinator, bydel Stovner');
  await expectAccessible(page, 'historikk');
  await screenshot(page, '07-historikk');

  // The overview lists it under closed exchanges.
  await page.getByRole('link', { name: 'Oversikt', exact: true }).click();
  await page.getByLabel('Status').selectOption('avsluttet');
  await expect(page.locator(`tr[data-reference="${reference}"]`)).toContainText('Gjennomført');
});

test('an exchange answered no ends as avslått', async ({ page, server }) => {
  await server.open(page);
  await setUp(page, 'Stovner', 'Kari Koordinator', 'bolig@bsto.oslo.kommune.no');
  const reference = await registerCandidate(page);
  await fillProfile(page);
  await sendProfile(page);
  await openStep(page, /Avklaringsmøte/);
  await page.getByLabel('Hvorfor trengs ikke møtet?').fill('Profilen var tydelig nok.');
  await page.getByRole('button', { name: 'Hopp over steget' }).click();
  await openStep(page, /Svar fra ny bydel/);
  await answer(page, false);
  await expect(page.getByTestId('neste-handling')).toContainText('Avslått');
  await expect(page.getByText('Byttet er avsluttet som avslått')).toBeVisible();
  await page.getByRole('link', { name: 'Oversikt', exact: true }).click();
  await expect(page.locator(`tr[data-reference="${reference}"]`)).toHaveCount(0);
  await page.getByLabel('Status').selectOption('avsluttet');
  await expect(page.locator(`tr[data-reference="${reference}"]`)).toContainText('Avslått');
});

test('an incoming exchange worked from Grünerløkka, the new district', async ({ page, server }) => {
  await server.open(page);
  await setUp(page, 'Grünerløkka', 'Per Koordinator', 'bolig@bgrl.oslo.kommune.no');
  await page.getByRole('link', { name: 'Registrer innkommende' }).click();
  await page.getByLabel('Gammel bydel (avsender)').selectOption({ label: 'Stovner' });
  await page.getByLabel('Referanse fra brukerprofilen').fill('BYTTE-AB12-CD34');
  await page.getByLabel('Psykisk helse').check();
  await expectAccessible(page, 'registrer innkommende');
  await page.getByRole('button', { name: 'Registrer innkommende bytte' }).click();
  await expect(page.getByRole('heading', { name: 'BYTTE-AB12-CD34', level: 1 })).toBeVisible();
  await expect(page.getByText('Innkommende bytte fra Stovner')).toBeVisible();
  await expect(page.getByTestId('neste-handling')).toContainText('Partnerbydelen (Stovner)');

  // The old district's profile, registered as reported by them.
  await openStep(page, /Brukerprofil/);
  await expect(page.getByText('Dette steget utføres av Stovner')).toBeVisible();
  await fillProfile(page);
  await sendProfile(page, '2026-03-05');
  await openStep(page, /Avklaringsmøte/);
  await page.getByLabel('Hvorfor trengs ikke møtet?').fill('Ikke behov.');
  await page.getByRole('button', { name: 'Hopp over steget' }).click();

  // Our own step: the answer.
  await openStep(page, /Svar fra ny bydel/);
  await expect(page.getByText('Dette steget utføres av Stovner')).toHaveCount(0);
  await answer(page, true);
  await expect(page.getByTestId('neste-handling')).toContainText('Personen søker kommunal bolig i gammel bydel');
  await expect(page.getByTestId('neste-handling')).toContainText('Partnerbydelen (Stovner)');

  // The old district's a and b, then our c: finding a dwelling is ours.
  await openStep(page, /Tildeling av bolig/);
  await page.getByLabel('Dato personen søkte kommunal bolig i gammel bydel').fill('2026-03-20');
  await page.getByRole('button', { name: 'Registrer søknaden' }).click();
  await page.getByLabel('Vedtaksdato').fill('2026-04-01');
  await page.getByLabel('Vedtaksreferanse (saksnummer)').fill('2026/77');
  await page.getByRole('button', { name: 'Registrer vedtaket' }).click();
  await expect(page.getByTestId('neste-handling')).toContainText('Ny bydel finner bolig og delegerer tildelingsmyndighet');
  await expect(page.getByTestId('neste-handling')).toContainText('Vår bydel');
  await screenshot(page, '08-innkommende-tildeling');

  await page.getByRole('link', { name: 'Oversikt', exact: true }).click();
  await page.getByRole('link', { name: /^Innkommende/ }).click();
  const row = page.locator('tr[data-reference="BYTTE-AB12-CD34"]');
  await expect(row).toContainText('Stovner');
  await expect(row).toContainText('Vår bydel');
});
