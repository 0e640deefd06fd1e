import fs from 'node:fs';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { answer, fillProfile, openStep, registerCandidate, sendProfile } from './routine';
import { download, openImport, pairedDistricts } from './two-districts';

test('a profile crosses from Stovner to Grünerløkka and the answer comes back, through the documents', async ({ browser }) => {
  test.setTimeout(180_000);
  const pair = await pairedDistricts(browser);
  const { stovner, gruner } = pair;
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
  const todayNo = today.split('-').reverse().join('.');
  try {
    // Stovner: candidate, profile, mark it sent, then the PDF that carries it.
    const reference = await registerCandidate(stovner);
    await fillProfile(stovner);
    // LAR as a service, with a free text that is scanned for identifiers like the others.
    await stovner.getByRole('button', { name: 'Legg til tjeneste' }).click();
    await stovner.getByLabel('Tjeneste', { exact: true }).selectOption({ label: 'LAR (legemiddelassistert rehabilitering)' });
    const omTjenesten = stovner.getByLabel('Om tjenesten');
    await omTjenesten.fill('Henter medisiner. Ring 22 33 44 55.');
    await expect(stovner.getByTestId('funn-tjenester-0')).toContainText('22 33 44 55');
    await omTjenesten.fill('Henter medisiner på apoteket to ganger i uken.');
    await expect(stovner.getByTestId('funn-tjenester-0')).toHaveCount(0);
    await sendProfile(stovner, today);
    const profile = await download(stovner, 'Last ned brukerprofil (PDF)');
    expect(profile.name).toBe(`${reference}-nr1-brukerprofil.pdf`);
    expect(fs.readFileSync(profile.file).subarray(0, 5).toString()).toBe('%PDF-');
    await expect(stovner.getByRole('status').filter({ hasText: 'er lastet ned' })).toBeVisible();
    await screenshot(stovner, '19-brukerprofil-last-ned');

    // Grünerløkka: the import screen, empty, refusing a file that is not a PDF, then the preview.
    await openImport(gruner);
    await expectAccessible(gruner, 'importer dokument (tom)');
    const input = gruner.getByLabel('Velg PDF-filen fra partnerbydelen');
    // The picker is reached with the keyboard: the (visually hidden) file input itself takes focus.
    await input.focus();
    await expect(input).toBeFocused();
    await input.setInputFiles({ name: 'notat.txt', mimeType: 'text/plain', buffer: Buffer.from('Et notat, ikke en PDF.') });
    await expect(gruner.getByTestId('import-feil')).toContainText('Filen er ikke en PDF. Ingenting er importert.');
    await expectAccessible(gruner, 'importer dokument (feil)');
    await screenshot(gruner, '20-importer-feil');

    // A file dropped on the zone is read the same way.
    await gruner.getByTestId('slippsone').evaluate((zone) => {
      const data = new DataTransfer();
      data.items.add(new File(['%PDF-1.7 avkortet'], 'avkortet.pdf', { type: 'application/pdf' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await expect(gruner.getByTestId('import-feil')).toContainText('avkortet.pdf');
    await expect(gruner.getByTestId('import-feil')).toContainText('skadet eller ufullstendig');

    await input.setInputFiles(profile.file);
    const preview = gruner.getByTestId('import-forhandsvisning');
    await expect(preview).toContainText('Et nytt innkommende bytte fra bydel Stovner opprettes med oppdatering 1.');
    await expect(preview).toContainText(reference);
    await expect(preview).toContainText('Kari Koordinator, bolig@bsto.oslo.kommune.no');
    await expect(preview).toContainText('Boligbehov');
    await expect(preview).toContainText('Møter stabilt til avtaler. Liker å gå tur.');
    await expect(preview).toContainText('LAR (legemiddelassistert rehabilitering)');
    await expect(preview).toContainText('Henter medisiner på apoteket to ganger i uken.');
    await expectAccessible(gruner, 'importer dokument (forhåndsvisning)');
    await screenshot(gruner, '21-importer-forhandsvisning');
    await gruner.getByRole('button', { name: 'Importer dokumentet' }).click();
    await expect(gruner.getByRole('heading', { name: reference, level: 1 })).toBeVisible();
    await expect(gruner.getByText('Innkommende bytte fra Stovner')).toBeVisible();
    const grunerSteps = gruner.getByRole('navigation', { name: 'Stegene i rutinen' });
    await expect(grunerSteps.locator('[data-step="brukerprofil"]')).toHaveAttribute('data-status', 'done');

    // Grünerløkka answers yes (no clarification meeting needed) and downloads the answer.
    await openStep(gruner, /Avklaringsmøte/);
    await gruner.getByLabel('Hvorfor trengs ikke møtet?').fill('Profilen var tydelig nok.');
    await gruner.getByRole('button', { name: 'Hopp over steget' }).click();
    await openStep(gruner, /Svar fra ny bydel/);
    // Not before the profile was sent (today, by the real clock): the app refuses an earlier answer.
    await answer(gruner, true, '2026-01-01');
    await expect(gruner.getByText(/^Svaret 01\.01\.2026 kan ikke være datert før brukerprofilen ble sendt/).first()).toBeVisible();
    await answer(gruner, true, today);
    await expect(grunerSteps.locator('[data-step="svar"]')).toHaveAttribute('data-status', 'done');
    await openStep(gruner, 'Dokumenter');
    await expect(gruner.getByRole('heading', { name: 'Dokumenter', level: 2 })).toBeVisible();
    await expect(gruner.locator('[data-document="brukerprofil"]')).toHaveCount(0);
    await expect(gruner.locator('[data-document="delegering"]')).toContainText('Registrer boligen og delegeringen');
    // The received profile, to print: made here, never crossing (no update number in its name).
    const received = await download(gruner, 'Last ned brukerprofil (mottatt) (PDF)');
    expect(received.name).toBe(`${reference}-brukerprofil-mottatt.pdf`);
    const svar = await download(gruner, 'Last ned svar fra ny bydel (PDF)');
    expect(svar.name).toBe(`${reference}-nr1-svar.pdf`);
    await expect(gruner.getByTestId('dokumenter-laget')).toContainText('Svar fra ny bydel');
    await expectAccessible(gruner, 'dokumenter');
    await screenshot(gruner, '22-dokumenter');

    // Stovner imports the answer: the exchange moves on past svar.
    await openImport(stovner);
    await stovner.getByLabel('Velg PDF-filen fra partnerbydelen').setInputFiles(svar.file);
    const answerPreview = stovner.getByTestId('import-forhandsvisning');
    await expect(answerPreview).toContainText(`Oppdatering 1 fra bydel Grünerløkka registreres i byttet ${reference}.`);
    await expect(answerPreview).toContainText(`Ny bydel svarte ja ${todayNo}.`);
    await expect(answerPreview).toContainText('Registrert av Per Koordinator, bydel Grünerløkka, mottatt i oppdatering 1.');
    await expect(answerPreview).toContainText('Avklaringsmøte hoppet over');
    await stovner.getByRole('button', { name: 'Importer dokumentet' }).click();
    await expect(stovner.getByRole('heading', { name: reference, level: 1 })).toBeVisible();
    const stovnerSteps = stovner.getByRole('navigation', { name: 'Stegene i rutinen' });
    await expect(stovnerSteps.locator('[data-step="svar"]')).toHaveAttribute('data-status', 'done');
    await expect(stovner.getByTestId('neste-handling')).toContainText('Personen søker kommunal bolig i gammel bydel');

    // Stovner's own meeting step shows who registered the skip, read-only.
    await openStep(stovner, /Avklaringsmøte/);
    await expect(stovner.getByText(`Registrert av bydel Grünerløkka, mottatt ${todayNo}.`)).toBeVisible();

    // The same answer again: the app says it is already there and offers no import.
    await openImport(stovner);
    await stovner.getByLabel('Velg PDF-filen fra partnerbydelen').setInputFiles(svar.file);
    await expect(stovner.getByTestId('import-feil')).toContainText('Oppdatering 1 fra bydel Grünerløkka er allerede importert. Ingenting er endret.');
    await expect(stovner.getByRole('button', { name: 'Importer dokumentet' })).toHaveCount(0);
  } finally {
    await pair.close();
  }
});
