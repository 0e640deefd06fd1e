import { createHash, generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { formatFingerprint } from '../../src/shared/identity/fingerprint';
import { PARTNER_KEY_FORMAT, PARTNER_KEY_VERSION } from '../../src/shared/sync/partner-key';
import { expect, expectAccessible, screenshot, setUp, startAppServer, test } from './fixtures';
import { fillProfile, registerCandidate, sendProfile } from './routine';
import { district, download, DOWNLOADS, keyInput, openSettings, ownFingerprint, pin } from './two-districts';

/** The pairing section alone, at full size, for people to look at after a run. */
async function section(page: Page, name: string, selector = 'section[aria-labelledby="partnere-tittel"]') {
  await page.locator(selector).screenshot({ path: path.resolve('test-results/screenshots', `${name}.png`) });
}

/** A partner key file as another installation would make it, with its fingerprint computed independently. */
function makeKeyFile(districtId: string, coordinator: string): { file: { name: string; mimeType: string; buffer: Buffer }; fingerprint: string } {
  const signing = generateKeyPairSync('ed25519');
  const encryption = generateKeyPairSync('x25519');
  const spki = (k: typeof signing.publicKey) => k.export({ type: 'spki', format: 'der' }).toString('base64');
  const content = {
    format: PARTNER_KEY_FORMAT,
    version: PARTNER_KEY_VERSION,
    district: districtId,
    coordinator,
    signingKey: spki(signing.publicKey),
    encryptionKey: spki(encryption.publicKey),
    createdAt: new Date().toISOString(),
  };
  const raw = Buffer.from(signing.publicKey.export({ format: 'jwk' }).x!, 'base64url');
  const fingerprint = formatFingerprint(createHash('sha512').update('bytteordning-installasjon:v1\n').update(raw).digest());
  return { file: { name: `partnernokkel-${districtId}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) }, fingerprint };
}

test('two districts pair through their key files, a signed profile crosses, and a changed key is a re-pairing', async ({ browser }) => {
  test.setTimeout(180_000);
  fs.mkdirSync(DOWNLOADS, { recursive: true });
  const stovnerServer = await startAppServer();
  const grunerServer = await startAppServer();
  try {
    const stovner = await district(browser, stovnerServer);
    await setUp(stovner, 'Stovner', 'Kari Koordinator', 'bolig@bsto.oslo.kommune.no');
    const gruner = await district(browser, grunerServer);
    await setUp(gruner, 'Grünerløkka', 'Per Koordinator', 'bolig@bgrl.oslo.kommune.no');

    // Stovner: its own fingerprint, its key file, and its own file refused.
    await openSettings(stovner);
    const stovnerFp = await ownFingerprint(stovner);
    await expect(stovner.getByText('Dere har ikke paret med noen bydel ennå.')).toBeVisible();
    const stovnerKey = (await download(stovner, 'Last ned vår partnernøkkel')).file;
    await expect(stovner.getByRole('status').filter({ hasText: 'partnernokkel-stovner.json er lastet ned' })).toBeVisible();
    expect(JSON.parse(fs.readFileSync(stovnerKey, 'utf8'))).toMatchObject({ format: PARTNER_KEY_FORMAT, district: 'stovner', coordinator: expect.stringContaining('Kari Koordinator') });
    await keyInput(stovner).setInputFiles(stovnerKey);
    await expect(stovner.getByTestId('nokkel-feil')).toContainText('Dette er deres egen partnernøkkel.');
    await expect(stovner.getByTestId('nokkel-forhandsvisning')).toHaveCount(0);
    await expectAccessible(stovner, 'innstillinger: egen nøkkel avvist');

    // Grünerløkka imports Stovner's key: the fingerprint shown is the one Stovner reads aloud.
    await openSettings(gruner);
    const grunerFp = await ownFingerprint(gruner);
    expect(grunerFp).not.toBe(stovnerFp);
    await keyInput(gruner).setInputFiles(stovnerKey);
    const preview = gruner.getByTestId('nokkel-forhandsvisning');
    await expect(preview).toBeVisible();
    await expect(preview.getByTestId('partner-fingeravtrykk')).toHaveText(stovnerFp);
    await expect(preview).toContainText('Kari Koordinator');
    await expect(preview.getByTestId('nokkel-bytte')).toHaveCount(0);
    // Not without the comparison: the checkbox is required, and says so.
    await preview.getByRole('button', { name: 'Godkjenn nøkkelen' }).click();
    await expect(preview.getByText('Kryss av for at dere har sammenlignet fingeravtrykket på telefon.')).toBeVisible();
    await expect(preview.getByLabel('Vi har sammenlignet fingeravtrykket på telefon, og det er likt')).toBeFocused();
    await expectAccessible(gruner, 'innstillinger: partnernøkkel til sammenligning');
    await screenshot(gruner, 'paring-1-sammenlign');
    await section(gruner, 'paring-1-sammenlign-utsnitt');
    await pin(gruner, stovnerKey, { district: 'Stovner', fingerprint: stovnerFp, button: 'Godkjenn nøkkelen' });
    const grunerTable = gruner.getByTestId('parede-bydeler');
    await expect(grunerTable.getByRole('row', { name: /Stovner/ })).toContainText(stovnerFp);
    await expect(grunerTable.getByRole('row', { name: /Stovner/ })).toContainText('Per Koordinator');
    await expectAccessible(gruner, 'innstillinger: paret');
    await screenshot(gruner, 'paring-2-paret');
    await section(gruner, 'paring-2-paret-utsnitt');

    // Stovner imports Grünerløkka's key the same way: paired both ways.
    const grunerKey = (await download(gruner, 'Last ned vår partnernøkkel')).file;
    await pin(stovner, grunerKey, { district: 'Grünerløkka', fingerprint: grunerFp, button: 'Godkjenn nøkkelen' });
    await expect(stovner.getByTestId('parede-bydeler').getByRole('row', { name: /Grünerløkka/ })).toContainText(grunerFp);
    // The same key again changes nothing and offers nothing to confirm.
    await keyInput(stovner).setInputFiles(grunerKey);
    await expect(stovner.getByTestId('nokkel-forhandsvisning')).toContainText('Denne nøkkelen er allerede godkjent.');
    await expect(stovner.getByRole('button', { name: 'Godkjenn nøkkelen' })).toHaveCount(0);
    await stovner.getByTestId('nokkel-forhandsvisning').getByRole('button', { name: 'Avbryt' }).click();

    // A new key for Grünerløkka at Stovner: a re-pairing, with the old fingerprint beside the new one.
    // The profile below goes the other way, checked against Grünerløkka's pin of Stovner's key.
    const replacement = makeKeyFile('grunerlokka', 'Per Koordinator, Bydel Grünerløkka');
    await keyInput(stovner).setInputFiles(replacement.file);
    const warning = stovner.getByTestId('nokkel-bytte');
    await expect(warning).toContainText('Denne nøkkelen erstatter nøkkelen dere har for bydelen');
    await expect(warning.getByTestId('gammelt-fingeravtrykk')).toHaveText(grunerFp);
    await expect(stovner.getByTestId('partner-fingeravtrykk')).toHaveText(replacement.fingerprint);
    await expect(stovner.getByRole('button', { name: 'Godkjenn nøkkelen' })).toHaveCount(0);
    await expectAccessible(stovner, 'innstillinger: nøkkel byttes');
    await screenshot(stovner, 'paring-4-bytt-nokkel');
    await section(stovner, 'paring-4-bytt-nokkel-utsnitt');
    await pin(stovner, replacement.file, { district: 'Grünerløkka', fingerprint: replacement.fingerprint, button: 'Bytt nøkkel' });
    await expect(stovner.getByTestId('nokkel-status')).toContainText('er byttet');
    const row = stovner.getByTestId('parede-bydeler').getByRole('row', { name: /Grünerløkka/ });
    await expect(row).toContainText(replacement.fingerprint);
    await expect(row).not.toContainText(grunerFp);

    // Stovner sends a profile whose free text holds a phone number it judged harmless.
    const reference = await registerCandidate(stovner);
    await fillProfile(stovner);
    await stovner.getByLabel('Ressurser og hva som fungerer godt').fill('Møter stabilt til avtaler. Treffes på 41 23 45 67.');
    await stovner.getByLabel('Hvorfor er «41 23 45 67» ikke en personopplysning?').fill('Nummeret til bydelens vakttelefon.');
    await stovner.getByRole('button', { name: 'Avvis funnet' }).click();
    await expect(stovner.getByText('Alle funn er vurdert')).toBeVisible();
    await expect(stovner.getByTestId('autolagring')).toContainText('Utkast lagret');
    await sendProfile(stovner, new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date()));
    const profile = (await download(stovner, 'Last ned brukerprofil (PDF)')).file;

    // Grünerløkka: update 1 from Stovner, the finding held for the coordinator's decision.
    await gruner.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Importer dokument' }).click();
    await gruner.getByLabel('Velg PDF-filen fra partnerbydelen').setInputFiles(profile);
    const importPreview = gruner.getByTestId('import-forhandsvisning');
    await expect(importPreview).toContainText('Oppdatering nr. 1 fra bydel Stovner');
    await expect(importPreview).toContainText(reference);
    const findings = gruner.getByTestId('import-funn');
    await expect(findings).toContainText('Mulige personopplysninger i teksten fra partnerbydelen');
    await expect(findings).toContainText('41 23 45 67');
    await gruner.getByRole('button', { name: 'Importer dokumentet' }).click();
    await expect(gruner.getByText('Kryss av for at du har sett funnene før du importerer.')).toBeVisible();
    await expect(gruner.getByLabel('Jeg har sett funnene og vil importere likevel')).toBeFocused();
    await expectAccessible(gruner, 'importer dokument: funn');
    await screenshot(gruner, 'paring-3-import-funn');
    await section(gruner, 'paring-3-import-funn-utsnitt', 'main');
    await gruner.getByLabel('Jeg har sett funnene og vil importere likevel').check();
    await gruner.getByRole('button', { name: 'Importer dokumentet' }).click();
    await expect(gruner.getByRole('heading', { name: reference, level: 1 })).toBeVisible();

    // The same file again is refused: nothing is imported twice.
    await gruner.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Importer dokument' }).click();
    await gruner.getByLabel('Velg PDF-filen fra partnerbydelen').setInputFiles(profile);
    await expect(gruner.getByTestId('import-feil')).toContainText('Oppdatering 1 fra bydel Stovner er allerede importert. Ingenting er endret.');

    await stovner.context().close();
    await gruner.context().close();
  } finally {
    await stovnerServer.stop();
    await grunerServer.stop();
    for (const s of [stovnerServer, grunerServer]) fs.rmSync(s.dataDir, { recursive: true, force: true });
  }
});
