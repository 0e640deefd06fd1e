import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { answer, fillProfile, holdMeeting, openStep, registerAllocation, registerCandidate, registerDwelling, sendProfile, viewing } from './routine';
import { download, importFile, openImport, pairedDistricts } from './two-districts';

/**
 * One exchange on two installations, walked through the real UI: Stovner (old district) and
 * Grünerløkka (new district), each on its own browser-mode server. Each fact is entered only on
 * its owner's side, and every change crosses only as a PDF file downloaded on one side and
 * imported through «Importer dokument» on the other. The UI twin of
 * test/integration/sync/two-installations.test.ts.
 */

// The servers run on the real clock and refuse what happened in the future, so every date is
// today in Oslo, and a held meeting is at the start of the current hour (never after now).
const [today, hour] = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo', dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' })
  .format(new Date())
  .split(' ') as [string, string];
const heldAt = `${today}T${hour.slice(0, 2)}:00`;
const shownToday = today.split('-').reverse().join('.');

const steps = (page: Page) => page.getByRole('navigation', { name: 'Stegene i rutinen' });
const panel = (page: Page) => page.getByRole('region', { name: 'Partnerbydelen' });

function stepStatus(page: Page, step: string) {
  return steps(page).locator(`[data-step="${step}"]`);
}

/** Every step's status in the stepper, as this side's record has it. */
async function stepStatuses(page: Page): Promise<Record<string, string>> {
  const links = steps(page).locator('[data-step]');
  await expect(links).toHaveCount(11);
  const out: Record<string, string> = {};
  for (const link of await links.all()) out[(await link.getAttribute('data-step'))!] = (await link.getAttribute('data-status'))!;
  return out;
}

/** «Send oppdatering til partnerbydelen» under Dokumenter: the file with every change not sent yet. */
async function sendUpdate(page: Page, reference: string, seq: number) {
  await openStep(page, 'Dokumenter');
  await expect(panel(page).getByTestId('ikke-sendt')).not.toHaveAttribute('data-unsent', '0');
  const file = await download(page, panel(page).getByRole('button', { name: 'Send oppdatering til partnerbydelen' }));
  expect(file.name).toBe(`${reference}-nr${seq}-oppdatering.pdf`);
  await expect(panel(page).getByTestId('ikke-sendt')).toHaveAttribute('data-unsent', '0');
  return file;
}

/** The partner's fact as the other side sees it: who registered it and when it arrived, and nothing to edit. */
function receivedFrom(scope: Page | Locator, district: string) {
  return scope.getByTestId('eies-av-partner').filter({ hasText: `Registrert av bydel ${district}, mottatt ${shownToday}.` });
}

test('one exchange on two installations: each fact entered by its owner, every change crossing as a file, and the same record at the end', async ({ browser }) => {
  test.setTimeout(300_000);
  const pair = await pairedDistricts(browser);
  const { stovner, gruner } = pair;
  try {
    // 1. Stovner: candidate and profile, marked sent; the profile PDF carries update 1.
    const reference = await registerCandidate(stovner);
    await fillProfile(stovner);
    await sendProfile(stovner, today);
    await expect(stepStatus(stovner, 'brukerprofil')).toHaveAttribute('data-status', 'done');
    await expect(stovner.getByTestId('ikke-sendt-kort')).toHaveText('1 endring er ikke sendt · Send oppdatering til partnerbydelen');
    const profile = await download(stovner, 'Last ned brukerprofil (PDF)');
    expect(profile.name).toMatch(new RegExp(`^${reference}.*\\.pdf$`));
    await expect(stovner.getByTestId('ikke-sendt-kort')).toHaveText('Alle endringer er sendt.');

    // Grünerløkka: the profile creates a new incoming exchange, the profile read-only and Stovner's.
    await importFile(gruner, profile.file, reference);
    await expect(gruner.getByText('Innkommende bytte fra Stovner')).toBeVisible();
    await openStep(gruner, /Brukerprofil/);
    await expect(receivedFrom(gruner, 'Stovner')).toHaveAttribute('data-fact', 'brukerprofil');
    await expect(gruner.getByRole('button', { name: 'Marker som sendt' })).toHaveCount(0);
    await expect(stepStatus(gruner, 'brukerprofil')).toHaveAttribute('data-status', 'done');

    // 3. Grünerløkka: no clarification meeting needed, answers yes, no meeting after yes either;
    // the answer PDF carries all three.
    await openStep(gruner, /Avklaringsmøte/);
    await gruner.getByLabel('Hvorfor trengs ikke møtet?').fill('Profilen var tydelig nok.');
    await gruner.getByRole('button', { name: 'Hopp over steget' }).click();
    await expect(stepStatus(gruner, 'avklaringsmote')).toHaveAttribute('data-status', 'skipped');
    await openStep(gruner, /Svar fra ny bydel/);
    await answer(gruner, true, today);
    await expect(stepStatus(gruner, 'svar')).toHaveAttribute('data-status', 'done');
    await openStep(gruner, /Møte etter ja/);
    await gruner.getByLabel('Hvorfor trengs ikke møtet?').fill('Tjenestene i ny bydel kobles på ved overføringen.');
    await gruner.getByRole('button', { name: 'Hopp over steget' }).click();
    await expect(stepStatus(gruner, 'mote_etter_ja')).toHaveAttribute('data-status', 'skipped');
    await openStep(gruner, /Svar fra ny bydel/);
    const svar = await download(gruner, 'Last ned svar fra ny bydel (PDF)');
    await expect(gruner.getByTestId('ikke-sendt-kort')).toHaveText('Alle endringer er sendt.');

    // Stovner imports it: the answer is Grünerløkka's, shown read-only.
    await importFile(stovner, svar.file, reference);
    await openStep(stovner, /Svar fra ny bydel/);
    await expect(receivedFrom(stovner, 'Grünerløkka')).toHaveAttribute('data-fact', 'svar');
    await expect(stovner.getByRole('form', { name: 'Registrer svar' })).toHaveCount(0);
    await expect(stepStatus(stovner, 'avklaringsmote')).toHaveAttribute('data-status', 'skipped');
    await expect(stepStatus(stovner, 'mote_etter_ja')).toHaveAttribute('data-status', 'skipped');

    // 4. Stovner: application and decision, sent as an update.
    await openStep(stovner, /Tildeling av bolig/);
    await stovner.getByLabel('Dato personen søkte kommunal bolig i gammel bydel').fill(today);
    await stovner.getByRole('button', { name: 'Registrer søknaden' }).click();
    await stovner.getByLabel('Vedtaksdato').fill(today);
    await stovner.getByLabel('Vedtaksreferanse (saksnummer)').fill('2026/4711');
    await stovner.getByRole('button', { name: 'Registrer vedtaket' }).click();
    await expect(stovner.locator('[data-substep="bolig"]')).toContainText('Registreres av bydel Grünerløkka. Kommer hit når de sender en oppdatering.');
    await expect(stovner.getByRole('button', { name: 'Registrer bolig og delegering' })).toHaveCount(0);
    const decision = await sendUpdate(stovner, reference, 2);

    // Grünerløkka: the update's preview says what will be stored, and who registered it.
    await openImport(gruner);
    await gruner.getByLabel('Velg PDF-filen fra partnerbydelen').setInputFiles(decision.file);
    const preview = gruner.getByTestId('import-forhandsvisning');
    await expect(preview).toContainText('Oppdatering nr. 2 fra bydel Stovner');
    await expect(preview).toContainText(`Oppdatering 2 fra bydel Stovner registreres i byttet ${reference}.`);
    await expect(preview.getByRole('listitem').filter({ hasText: 'Registrert av Kari Koordinator, bydel Stovner, mottatt i oppdatering 2.' })).toHaveCount(2);
    await expect(preview).toContainText(`Vedtak om kommunal bolig registrert (${shownToday}, innvilget).`);
    await expectAccessible(gruner, 'forhåndsvisning av en oppdatering');
    await screenshot(gruner, 'to-installasjoner-import-oppdatering');
    await gruner.getByRole('button', { name: 'Importer dokumentet' }).click();
    await expect(gruner.getByRole('heading', { name: reference, level: 1 })).toBeVisible();

    // 2. The decision is Stovner's: read-only here, with who registered it and when it came.
    await openStep(gruner, /Tildeling av bolig/);
    const vedtak = gruner.locator('[data-substep="vedtak"]');
    await expect(receivedFrom(vedtak, 'Stovner')).toHaveAttribute('data-fact', 'tildeling.vedtak');
    await expect(vedtak).toContainText('2026/4711');
    await expect(gruner.getByRole('form', { name: /vedtak/i })).toHaveCount(0);
    await expect(gruner.getByRole('button', { name: 'Registrer vedtaket' })).toHaveCount(0);
    await expect(gruner.getByRole('button', { name: 'Registrer søknaden' })).toHaveCount(0);
    await expectAccessible(gruner, 'vedtaket, registrert av partnerbydelen');
    await screenshot(gruner, 'to-installasjoner-tildeling-partnerens-vedtak');

    // Grünerløkka: the dwelling and the delegation, sent as the delegation PDF.
    await registerDwelling(gruner, 'BB-204060', today);
    await expect(gruner.locator('[data-substep="tildelt"]')).toContainText('Registreres av bydel Stovner. Kommer hit når de sender en oppdatering.');
    await expect(gruner.getByRole('button', { name: 'Registrer tildelingen' })).toHaveCount(0);
    await openStep(gruner, 'Dokumenter');
    const delegation = await download(gruner, 'Last ned delegering av tildelingsmyndighet (PDF)');
    await expect(panel(gruner).getByTestId('ikke-sendt')).toHaveAttribute('data-unsent', '0');

    // Stovner: imports the delegation and allocates; one viewing, accepted; its own checklist.
    await importFile(stovner, delegation.file, reference);
    await openStep(stovner, /Tildeling av bolig/);
    await expect(receivedFrom(stovner.locator('[data-substep="bolig"]'), 'Grünerløkka')).toHaveAttribute('data-fact', 'tildeling.bolig');
    await expect(stovner.locator('[data-substep="bolig"]')).toContainText('BB-204060');
    await registerAllocation(stovner, today);
    await expect(stepStatus(stovner, 'tildeling')).toHaveAttribute('data-status', 'done');
    await openStep(stovner, /Visning/);
    await viewing(stovner, heldAt, true);
    await expect(stepStatus(stovner, 'visning')).toHaveAttribute('data-status', 'done');
    await openStep(stovner, /Ansvar gammel bydel/);
    await stovner.getByLabel('Innflyttingsdato').fill(today);
    const items = stovner.locator('[data-punkt]');
    await expect(items).toHaveCount(7);
    for (const item of await items.all()) {
      if ((await item.getAttribute('data-punkt')) === 'fast_trekk') {
        await item.getByLabel('Ikke relevant').check();
        await item.getByLabel('Hvorfor er punktet ikke relevant?').fill('Husleien betales med avtalegiro.');
      } else {
        await item.getByLabel('Gjort', { exact: true }).check();
      }
    }
    await stovner.getByRole('button', { name: 'Lagre sjekklisten' }).click();
    await expect(stepStatus(stovner, 'ansvar_gammel')).toHaveAttribute('data-status', 'done');
    // The hand-over meeting is Grünerløkka's to register here, by agreement; Stovner leaves it.
    const allocated = await sendUpdate(stovner, reference, 3);

    // Grünerløkka: the checklist is Stovner's (read-only); the hand-over meeting and its own part.
    await importFile(gruner, allocated.file, reference);
    await openStep(gruner, /Ansvar gammel bydel/);
    await expect(receivedFrom(gruner, 'Stovner')).toHaveAttribute('data-fact', 'ansvar_gammel');
    await expect(gruner.getByRole('button', { name: 'Lagre sjekklisten' })).toHaveCount(0);
    await openStep(gruner, /Visning/);
    await expect(receivedFrom(gruner, 'Stovner')).toHaveAttribute('data-fact', 'visning');
    await expect(gruner.getByRole('button', { name: 'Registrer utfallet' })).toHaveCount(0);
    await openStep(gruner, /Overføringsmøte/);
    await holdMeeting(gruner, heldAt);
    await expect(stepStatus(gruner, 'overforingsmote')).toHaveAttribute('data-status', 'done');
    await openStep(gruner, /Ansvar ny bydel/);
    await gruner.getByLabel('Dato saken ble overført til ny bydel').fill(today);
    await gruner.getByLabel('Dato for første oppfølgingskontakt').fill(today);
    await gruner.getByRole('button', { name: 'Lagre', exact: true }).click();
    await expect(stepStatus(gruner, 'ansvar_ny')).toHaveAttribute('data-status', 'done');
    const handedOver = await sendUpdate(gruner, reference, 3);

    // Stovner: imports, sees the meeting as Grünerløkka's, and closes the exchange as done.
    await importFile(stovner, handedOver.file, reference);
    await openStep(stovner, /Overføringsmøte/);
    await expect(receivedFrom(stovner, 'Grünerløkka')).toHaveAttribute('data-fact', 'overforingsmote');
    await openStep(stovner, /Avsluttet/);
    await stovner.getByLabel('Gjennomført – personen er overført til ny bydel').check();
    await stovner.getByRole('button', { name: 'Avslutt byttet' }).click();
    await expect(stovner.getByTestId('neste-handling')).toContainText('Gjennomført');
    const closed = await sendUpdate(stovner, reference, 4);
    await importFile(gruner, closed.file, reference);
    await expect(gruner.getByTestId('neste-handling')).toContainText('Gjennomført');
    // What arrived is in Grünerløkka's history under Stovner's coordinator, not its own.
    await openStep(gruner, /Historikk/);
    await expect(
      gruner.getByRole('list', { name: 'Historikk' }).getByRole('listitem').filter({ hasText: `Vedtak om kommunal bolig registrert (${shownToday}, innvilget)` }),
    ).toContainText('Registrert av Kari Koordinator, bydel Stovner, mottatt i oppdatering 2.');

    // 5. Nothing waits on either side, nothing was left out, and the last importer knows both agree.
    for (const page of [stovner, gruner]) {
      await openStep(page, 'Dokumenter');
      await expect(panel(page).getByTestId('ikke-sendt')).toHaveAttribute('data-unsent', '0');
      await expect(panel(page).getByTestId('konflikter')).toHaveCount(0);
    }
    await expect(panel(gruner).getByTestId('sist-mottatt')).toContainText('Sist mottatt: oppdatering 4 fra Kari Koordinator, bydel Stovner');
    await expect(panel(gruner).getByTestId('enighet')).toHaveAttribute('data-agreement', 'enige');
    await expect(panel(gruner).getByTestId('enighet')).toHaveText('Dere og partnerbydelen har de samme opplysningene');
    // Stovner's closing is not acknowledged until Grünerløkka sends again, so it cannot know yet.
    await expect(panel(stovner).getByTestId('enighet')).toHaveAttribute('data-agreement', 'venter');
    await expect(panel(stovner).getByTestId('sist-mottatt')).toContainText('Sist mottatt: oppdatering 3 fra Per Koordinator, bydel Grünerløkka');
    await screenshot(gruner, 'to-installasjoner-enige');

    // The two records, step by step, as each stepper shows them.
    const expected = {
      kandidat: 'done',
      brukerprofil: 'done',
      avklaringsmote: 'skipped',
      svar: 'done',
      mote_etter_ja: 'skipped',
      tildeling: 'done',
      visning: 'done',
      overforingsmote: 'done',
      ansvar_gammel: 'done',
      ansvar_ny: 'done',
      avsluttet: 'done',
    };
    expect(await stepStatuses(stovner)).toEqual(expected);
    expect(await stepStatuses(gruner)).toEqual(expected);
  } finally {
    await pair.close();
  }
});
