import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExchangeDetail } from '../../src/shared/contract';
import type { FactRow } from '../../src/shared/facts/rows';
import { PreviewPanel } from '../../src/renderer/documents/ImportScreen';
import { SettingsProvider } from '../../src/renderer/settings-context';
import { MoteStep } from '../../src/renderer/steps/MoteStep';
import { ProfilePreview } from '../../src/renderer/steps/ProfilePreview';
import { SvarStep } from '../../src/renderer/steps/SvarStep';
import { TildelingStep } from '../../src/renderer/steps/TildelingStep';
import { bolig, kandidat } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { base64, flat, make, type MadeDocument, outgoing, readBack, routineUntil, twoDistricts } from './support';

/**
 * One label for each fact: the step's summary on screen, the import preview the other district
 * confirms, and the PDF it is made from say the same words, read from each as a person sees
 * it — the screens rendered as markup, the PDF read back as text — for the same exchange.
 */

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'" };
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;|&lt;|&gt;|&quot;|&#x27;/g, (entity) => ENTITIES[entity] ?? entity);

/** The label/value rows of the first description list in the markup. */
function firstFacts(html: string): FactRow[] {
  const list = /<dl[^>]*>([\s\S]*?)<\/dl>/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<dt>([\s\S]*?)<\/dt><dd>([\s\S]*?)<\/dd>/g)].map((m): FactRow => [text(m[1] ?? ''), text(m[2] ?? '')]);
}

/** The rows under a heading of the markup (a section of a preview). */
function factsUnder(html: string, heading: string): FactRow[] {
  const at = html.indexOf(`<h4>${heading}</h4>`);
  expect(at, `«${heading}» is a heading`).toBeGreaterThanOrEqual(0);
  return firstFacts(html.slice(at));
}

/** The rows of one part of tildeling, as its step shows them. */
function substepFacts(html: string, substep: string): FactRow[] {
  const part = new RegExp(`<li data-substep="${substep}"[\\s\\S]*?</li>`).exec(html)?.[0] ?? '';
  return firstFacts(part);
}

/** Every row reads in the PDF as it reads on screen: the label, then its value. */
function expectInPdf(pdfText: string, rows: FactRow[]) {
  for (const [label, value] of rows) expect(pdfText).toContain(flat(`${label} ${value}`));
}

async function settingsOf(app: TestApp) {
  const settings = await app.ok('setup.get', {});
  if (!settings) throw new Error('the test app is set up');
  return settings;
}

async function render(app: TestApp, element: ReactElement): Promise<string> {
  const settings = { settings: await settingsOf(app), refresh: () => undefined, training: false };
  return renderToStaticMarkup(createElement(MemoryRouter, null, createElement(SettingsProvider, { value: settings, children: element })));
}

const step = (detail: ExchangeDetail) => ({ detail, onChange: () => undefined });

describe('one label for each fact on screen, in the import preview and in the PDF', () => {
  let apps: Awaited<ReturnType<typeof twoDistricts>>;
  let oldId: number;
  let newId: number;
  let profile: MadeDocument;

  beforeAll(async () => {
    apps = await twoDistricts();
    oldId = (await apps.stovner.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat })).id;
    for (const action of routineUntil('avklaringsmote.holdt')) await apps.stovner.ok('exchanges.act', { id: oldId, action });
    profile = await make(apps.stovner, oldId, 'brukerprofil');
  });
  afterAll(() => apps?.close());

  it('the profile: the preview before sending, the receiving district’s import preview and the PDF', async () => {
    const { stovner, gruner } = apps;
    const sent = await stovner.ok('exchanges.get', { id: oldId });
    const screen = await render(stovner, createElement(ProfilePreview, { detail: sent, profil: sent.state.brukerprofil?.profil ?? {} }));
    const preview = await gruner.ok('documents.previewImport', { base64: base64(profile.bytes) });
    const importScreen = await render(gruner, createElement(PreviewPanel, { preview, fileName: 'profil.pdf' }));
    const pdf = flat((await readBack(profile.bytes)).read.text);
    expect(preview.sections.length).toBeGreaterThan(0);
    for (const section of preview.sections) {
      const onScreen = factsUnder(screen, section.heading);
      expect(factsUnder(importScreen, section.heading)).toEqual(onScreen);
      expect(onScreen).toEqual(section.rows);
      expectInPdf(pdf, onScreen);
    }
    expect(factsUnder(screen, 'Økonomi').map(([label]) => label)).toEqual(['Inntektstype', 'Behov for bostøtte', 'Behov for fast trekk av husleie']);
    newId = (await gruner.ok('documents.import', { base64: base64(profile.bytes) })).exchangeId;
    await gruner.ok('exchanges.act', {
      id: newId,
      action: { type: 'steg.hopp_over', steg: 'avklaringsmote', grunn: 'Profilen var tydelig nok.', dato: '2026-03-06' },
    });
  });

  it('the answer: its step, the old district’s import preview and the answer’s PDF', async () => {
    const { stovner, gruner } = apps;
    const answered = await gruner.ok('exchanges.act', {
      id: newId,
      action: { type: 'svar.registrer', svar: { svar: 'ja', dato: '2026-03-15', kommentar: 'Vi har ledig kapasitet i oppfølgingen.' } },
    });
    const onScreen = firstFacts(await render(gruner, createElement(SvarStep, step(answered))));
    const { bytes } = await make(gruner, newId, 'svar');
    const preview = await stovner.ok('documents.previewImport', { base64: base64(bytes) });
    const inPreview = factsUnder(await render(stovner, createElement(PreviewPanel, { preview, fileName: 'svar.pdf' })), 'Svar fra ny bydel');
    expect(onScreen).toEqual([
      ['Svar', 'Ja, bydelen sier ja til byttet'],
      ['Dato for svaret', '15.03.2026'],
      ['Kommentar', 'Vi har ledig kapasitet i oppfølgingen.'],
    ]);
    expect(inPreview).toEqual(onScreen);
    expectInPdf(flat((await readBack(bytes)).read.text), onScreen);
    await stovner.ok('documents.import', { base64: base64(bytes) });
  });

  it('the dwelling and the decision: the tildeling step, the import preview and the delegation’s PDF', async () => {
    const { stovner, gruner } = apps;
    await stovner.ok('exchanges.act', { id: oldId, action: { type: 'tildeling.soknad', dato: '2026-03-22' } });
    await stovner.ok('exchanges.act', { id: oldId, action: { type: 'tildeling.vedtak', vedtak: { dato: '2026-04-01', referanse: '2026/1234', resultat: 'innvilget' } } });
    await gruner.ok('documents.import', { base64: base64((await make(stovner, oldId, 'oppdatering')).bytes) });
    const found = await gruner.ok('exchanges.act', { id: newId, action: { type: 'tildeling.bolig', bolig: bolig('BB-100200') } });
    const tildeling = await render(gruner, createElement(TildelingStep, step(found)));
    const dwelling = substepFacts(tildeling, 'bolig');
    const decision = substepFacts(tildeling, 'vedtak');
    const { bytes } = await make(gruner, newId, 'delegering');
    const preview = await stovner.ok('documents.previewImport', { base64: base64(bytes) });
    const inPreview = factsUnder(await render(stovner, createElement(PreviewPanel, { preview, fileName: 'delegering.pdf' })), 'Boligen og delegeringen');
    expect(dwelling).toEqual([
      ['Boligreferanse (Boligbygg)', 'BB-100200'],
      ['Type bolig', 'Ordinær bolig'],
      ['Antall rom', '2'],
      ['Boligen ble funnet', '10.04.2026'],
      ['Tildelingsmyndighet delegert', '11.04.2026'],
    ]);
    expect(decision).toEqual([
      ['Vedtaksdato', '01.04.2026'],
      ['Vedtaksreferanse', '2026/1234'],
      ['Resultat', 'Innvilget'],
    ]);
    expect(inPreview).toEqual(dwelling);
    expectInPdf(flat((await readBack(bytes)).read.text), [...dwelling, ...decision]);
  });
});

describe('one label for each fact of a meeting on its step and in its agenda', () => {
  let app: TestApp;
  afterAll(() => app?.close());

  it('the clarification meeting held: when, where and what was agreed read alike', async () => {
    let id: number;
    ({ app, id } = await outgoing(routineUntil('svar.registrer')));
    const held = await app.ok('exchanges.get', { id });
    const onScreen = firstFacts(await render(app, createElement(MoteStep, { ...step(held), kind: 'avklaringsmote' })));
    expect(onScreen.map(([label]) => label)).toEqual(['Tidspunkt for møtet', 'Møtested', 'Deltakere', 'Er bytte aktuelt?', 'Type bolig som er ønskelig', 'Behov for oppfølging']);
    const agenda = flat((await readBack((await make(app, id, 'agenda_avklaringsmote')).bytes)).read.text);
    // The agenda lists the participants in a table of their own, and asks whether the exchange is wanted.
    expectInPdf(agenda, onScreen.filter(([label]) => label !== 'Deltakere' && label !== 'Er bytte aktuelt?'));
    expect(agenda).toContain('Personen selv');
  });
});
