import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Helpers that do one step of the routine through the UI, as a coordinator would. */

export async function openStep(page: Page, label: RegExp | string) {
  await page.getByRole('navigation', { name: 'Stegene i rutinen' }).getByRole('link', { name: label }).click();
}

export async function registerCandidate(page: Page, partner = 'Grünerløkka'): Promise<string> {
  await page.getByRole('link', { name: 'Ny kandidat' }).click();
  await page.getByLabel('Partnerbydel (ny bydel)').selectOption({ label: partner });
  await page.getByLabel('Rus', { exact: true }).check();
  await page.getByLabel('Personen ønsker kommunal bolig i den nye bydelen').check();
  await page.getByLabel('Hvorfor ønsker personen å flytte?').fill('Ønsker en ny start i en annen bydel.');
  await page.getByLabel('Personen har samtykket til at en anonym brukerprofil deles med den nye bydelen').check();
  // Consent comes before the profile is sent, which the routines date from 05.03.2026.
  await page.getByLabel('Dato for samtykke').fill('2026-03-02');
  await page.getByRole('button', { name: 'Registrer kandidat' }).click();
  await expect(page.getByRole('heading', { name: 'Brukerprofil', level: 2 })).toBeVisible();
  return (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
}

export async function fillProfile(page: Page) {
  await page.getByLabel('Aldersgruppe').selectOption('36-45');
  await page.getByLabel('Husstand').selectOption('alene');
  await page.getByLabel('Nåværende bosituasjon').selectOption('kommunal_bolig');
  await page.getByLabel('Bort fra rusmiljø').check();
  await page.getByLabel('Ordinær bolig').check();
  await page.getByLabel('Størrelse').selectOption('1_rom');
  await page.getByLabel('Inntektstype').selectOption('uforetrygd');
  await page.getByLabel('Ressurser og hva som fungerer godt').fill('Møter stabilt til avtaler. Liker å gå tur.');
  await expect(page.getByTestId('autolagring')).toContainText('Utkast lagret');
}

export async function sendProfile(page: Page, date = '2026-03-05') {
  await page.getByLabel('Dato sendt').fill(date);
  await page.getByRole('button', { name: 'Marker som sendt' }).click();
  await expect(page.getByText('Brukerprofilen ble sendt til den nye bydelen')).toBeVisible();
}

/** The form that registers a meeting as held (not the one that plans it). */
export function heldMeetingForm(page: Page) {
  return page.getByRole('form', { name: /^Registrer (avklaringsmøte|møte etter ja|overføringsmøte)$/ });
}

export async function holdMeeting(page: Page, when: string) {
  const form = heldMeetingForm(page);
  await form.getByLabel('Tidspunkt for møtet').fill(when);
  await form.getByLabel('Møtested').fill('Bydelshuset, møterom 2');
  await form.getByRole('button', { name: 'Legg til personen selv' }).click();
  await form.getByRole('button', { name: 'Legg til deltaker' }).click();
  await form.getByLabel('Navn').last().fill('Koordinator i ny bydel');
  // Only the clarification meeting asks whether the exchange is relevant; after the yes it is.
  const relevant = form.getByText(/^Er bytte aktuelt\?/);
  if ((await form.getAttribute('aria-label')) === 'Registrer avklaringsmøte') {
    await expect(relevant.first()).toBeVisible();
    await form.getByLabel('Ja', { exact: true }).check();
  } else {
    await expect(relevant).toHaveCount(0);
    await expect(form.getByText(/^Type bolig som er ønskelig/)).toHaveCount(0);
  }
  await form.getByRole('button', { name: 'Registrer møtet som holdt' }).click();
}

export async function answer(page: Page, yes: boolean, date = '2026-03-15') {
  if (!yes) {
    await page.getByLabel('Nei', { exact: true }).check();
    await page.getByLabel('Grunn til nei').selectOption('ingen_egnet_bolig');
    await page.getByLabel('Utdyping av grunnen').fill('Ingen ledige boliger som passer nå.');
  }
  await page.getByLabel('Dato for svaret').fill(date);
  await page.getByRole('button', { name: 'Registrer svaret' }).click();
}

/** The new district's part of tildeling: the dwelling it found, and the delegation to the old district. */
export async function registerDwelling(page: Page, dwelling: string, day: string) {
  await page.getByLabel('Boligreferanse (Boligbygg)').fill(dwelling);
  await page.getByLabel('Antall rom').fill('2');
  await page.getByLabel('Dato boligen ble funnet').fill(day);
  await page.getByLabel('Dato tildelingsmyndighet ble delegert til gammel bydel').fill(day);
  await page.getByRole('button', { name: 'Registrer bolig og delegering' }).click();
}

/** The old district's part, once the delegation is there: it allocates the dwelling. */
export async function registerAllocation(page: Page, day: string) {
  await page.getByLabel('Dato gammel bydel tildelte boligen').fill(day);
  await page.getByRole('button', { name: 'Registrer tildelingen' }).click();
}

/** Both parts on one installation, as when the partner is not paired and its facts are entered here. */
export async function allocate(page: Page, dwelling: string, day: string) {
  await registerDwelling(page, dwelling, day);
  await registerAllocation(page, day);
}

export async function viewing(page: Page, when: string, accepted: boolean, boligbygg?: { navn: string; kontakt: string }) {
  await page.getByLabel('Dato og klokkeslett for visningen').fill(when);
  await page.getByLabel('Oppmøtested').fill('Ved inngangen');
  if (boligbygg) {
    await page.getByLabel('Kontaktperson i Boligbygg').fill(boligbygg.navn);
    await page.getByLabel('Telefon eller e-post til kontaktpersonen i Boligbygg').fill(boligbygg.kontakt);
  }
  await page.getByRole('button', { name: 'Lagre visningen' }).click();
  // The plan as registered, Boligbygg's contact on one line.
  if (boligbygg) await expect(page.getByText(`${boligbygg.navn}, ${boligbygg.kontakt}`)).toBeVisible();
  // The outcome's own form, once it is there: its date must be the viewing's, not today's.
  const outcome = page.getByRole('form', { name: 'Utfall av visningen' });
  await expect(outcome).toBeVisible();
  if (!accepted) {
    await outcome.getByLabel('Nei, personen takket nei').check();
    await outcome.getByLabel('Hvorfor takket personen nei?').selectOption({ label: 'Standard eller tilstand' });
    await outcome.getByLabel('Utdyping').fill('For mørk leilighet.');
  }
  await outcome.getByLabel(/^Dato/).fill(when.slice(0, 10));
  await expect(outcome.getByLabel(/^Dato/)).toHaveValue(when.slice(0, 10));
  await outcome.getByRole('button', { name: 'Registrer utfallet' }).click();
}
