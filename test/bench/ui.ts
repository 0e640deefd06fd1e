/**
 * The routine as a coordinator feels it: built browser mode on the seeded folder, driven by
 * Playwright in Chromium with the CPU throttled 4× (DevTools Emulation.setCPUThrottlingRate),
 * as on a slow municipal PC. For each interaction:
 *
 * - input to next paint: the longest Event Timing entry (PerformanceObserver, type 'event',
 *   durationThreshold 16, buffered) of the interaction's inputs, as INP counts one interaction;
 *   an interaction with no entry at or above 16 ms (the observer's floor) counts as 16;
 * - time to content: from the input's timestamp to the first frame in which the screen's
 *   content is there (checked every animation frame); for typing, from the last key.
 *
 * Runs are rounds of the whole walk; the table gives p50, p95 and max over them.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import type { App } from '../../src/main/app';
import type { Channel, ChannelInput, ChannelOutput } from '../../src/shared/contract';
import { districtName, type DistrictId } from '../../src/shared/districts';
import { STEP_LABELS } from '../../src/shared/i18n/labels';
import { withControlDigits } from '../support/fodselsnummer';
import { kandidat, profil } from '../support/fixtures';
import { CLI, stop, waitReady } from './cold-start';
import { summarize } from './measure';

export const THROTTLE = 4;

/** The seeded exchanges the walk uses. */
export interface UiTargets {
  /** Outgoing, at ansvar_gammel: its checklist is saved. */
  checklist: { id: number; reference: string };
  /** Outgoing to the paired partner, its profile sent through the app, so its PDF can be made again. */
  sentProfileId: number;
  /** Outgoing, at brukerprofil, a draft: the identifier guard runs as the coordinator types. */
  draftId: number;
  /** Seven characters of references to search for, one per round. */
  searches: string[];
  /** A partner district to filter by, one per round: each the first district of its initial. */
  partners: DistrictId[];
  /** A profile from the paired partner, not yet imported (see incoming.ts). */
  importPdf: Buffer;
}

export interface UiFigure {
  name: string;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  contentP95Ms: number;
  /** The main side's p95 for the same action (from the handler bench), or null when it asks nothing. */
  handlerP95Ms: number | null;
}

/** What must be on screen for the content to count as there. */
interface Content {
  selector: string;
  /** The element's text (or `attr`) must equal this, include this, or differ from this. */
  text?: string;
  includes?: string;
  attr?: string;
  /** Every element the selector finds must match, not only the first. */
  every?: boolean;
}

interface Sample {
  inpMs: number;
  contentMs: number;
}

/** Interactions by name, each with the handler whose answer it waits for (looked up in the handler table). */
export const UI_INTERACTIONS = [
  ['Åpne oversikten', 'Oversikt, første side'],
  ['Filtrere på partnerbydel', 'Oversikt, filtrert og sortert'],
  ['Søke (7 tegn)', 'Søk på referanse'],
  ['Åpne et bytte', 'Åpne et bytte med historikk'],
  ['Gå mellom steg', null],
  ['Lagre et stegs skjema', 'Registrer et steg'],
  ['Skrive i brukerprofilen (identifikatorsjekk)', null],
  ['Forhåndsvise import av en profil', 'Forhåndsvisning av import'],
  ['Laste ned brukerprofilen som PDF', 'Brukerprofil som PDF'],
  ['Åpne statistikken', 'Statistikk for ett år'],
] as const;
type InteractionName = (typeof UI_INTERACTIONS)[number][0];

interface BenchWindow {
  __bench: { entries: { name: string; startTime: number; duration: number; interactionId: number }[]; inputs: { type: string; t: number }[] };
  __watch?: Promise<number>;
}

/** Runs in the page before the app: records Event Timing entries and the timestamps of inputs. */
function instrument(): void {
  const w = window as unknown as BenchWindow;
  w.__bench = { entries: [], inputs: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { interactionId?: number })[]) {
      w.__bench.entries.push({ name: e.name, startTime: e.startTime, duration: e.duration, interactionId: e.interactionId ?? 0 });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  for (const type of ['pointerdown', 'keydown', 'input', 'change']) {
    addEventListener(type, (e) => w.__bench.inputs.push({ type, t: e.timeStamp }), { capture: true });
  }
}

/** One interaction, timed: `act` does the input(s); `content` is what must then be on screen. */
async function timed(page: Page, content: Content, act: () => Promise<unknown>, { fromLastKey = false } = {}): Promise<Sample> {
  const mark = await page.evaluate(() => performance.now());
  // Typing is timed from its last key: the watch starts once the keys are in (content already there counts as at once).
  if (!fromLastKey) await watch(page, content);
  await act();
  if (fromLastKey) await watch(page, content);
  return page.evaluate(
    async ({ mark, fromLastKey }) => {
      const w = window as unknown as BenchWindow;
      const at = await w.__watch!;
      // Event Timing entries are reported after their frame is painted: let them arrive.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100))));
      const inputs = w.__bench.inputs.filter((i) => i.t >= mark);
      const keys = inputs.filter((i) => i.type === 'keydown');
      const from = fromLastKey && keys.length > 0 ? keys[keys.length - 1]!.t : (inputs[0]?.t ?? mark);
      // As INP: the entries of interactions (a file chosen has none, so its input and change count).
      const durations = w.__bench.entries.filter((e) => e.startTime >= mark && (e.interactionId > 0 || e.name === 'input' || e.name === 'change')).map((e) => e.duration);
      return { inpMs: Math.max(16, ...durations), contentMs: Math.max(0, at - from) };
    },
    { mark, fromLastKey },
  );
}

/** Starts checking, every animation frame, whether `content` is on screen; `__watch` settles with the time it first is. */
async function watch(page: Page, content: Content): Promise<void> {
  await page.evaluate((c: Content) => {
    const w = window as unknown as BenchWindow;
    const matches = (el: Element) => {
      const value = (c.attr ? el.getAttribute(c.attr) : el.textContent)?.trim() ?? '';
      return (c.text === undefined || value === c.text) && (c.includes === undefined || value.includes(c.includes));
    };
    const there = () => {
      const found = c.every ? [...document.querySelectorAll(c.selector)] : [document.querySelector(c.selector)].filter((e) => e !== null);
      return found.length > 0 && found.every(matches);
    };
    const started = performance.now();
    w.__watch = new Promise<number>((resolve, reject) => {
      const frame = () => {
        if (there()) resolve(performance.now());
        else if (performance.now() - started > 60_000) reject(new Error(`no ${JSON.stringify(c)} on screen: ${document.querySelector('main')?.textContent?.slice(0, 600)}`));
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  }, content);
}

/** Waits for a screen's content without timing it (setting up the next interaction). */
async function settled(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().waitFor({ state: 'visible', timeout: 120_000 });
}

const ROWS = 'table.bo-table tbody tr[data-reference]';
const STEP_HEADING = '#steg-overskrift';

/**
 * The exchanges the walk uses, found in the seeded database; the one whose profile PDF is
 * downloaded is made through the app (its partner paired by incoming.ts), since a PDF that
 * crosses carries the signed updates the app has queued, which seeded rows lack.
 */
export async function uiTargets(app: App, today: string, importPdf: Buffer): Promise<UiTargets> {
  const ok = async <C extends Channel>(channel: C, input: ChannelInput<C>) => {
    const r = await app.dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
    return r.data as ChannelOutput<C>;
  };
  const created = await ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat: { ...kandidat, samtykkeDato: today } });
  await ok('exchanges.act', { id: created.id, action: { type: 'brukerprofil.lagre', profil, avvisteFunn: [] } });
  await ok('exchanges.act', { id: created.id, action: { type: 'brukerprofil.sendt', dato: today } });
  const outgoingAt = (step: string) =>
    app.db.prepare("SELECT id, reference FROM exchanges WHERE status = 'aktiv' AND direction = 'utgaende' AND current_step = ? ORDER BY id LIMIT 1").get(step) as {
      id: number;
      reference: string;
    };
  const refs = app.db.prepare("SELECT reference FROM exchanges WHERE status = 'aktiv' AND id % 7 = 0 LIMIT 20").pluck().all() as string[];
  return {
    checklist: outgoingAt('ansvar_gammel'),
    sentProfileId: created.id,
    draftId: outgoingAt('brukerprofil').id,
    searches: refs.map((r) => r.slice(6, 13)),
    partners: ['alna', 'bjerke', 'frogner', 'gamle-oslo'],
    importPdf,
  };
}

/** One round of the routine's walk; the samples by interaction name. */
async function round(page: Page, t: UiTargets, n: number, add: (name: InteractionName, s: Sample) => void): Promise<void> {
  const nav = (name: string) => page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name, exact: true });
  const step = (label: string) => page.getByRole('navigation', { name: 'Stegene i rutinen' }).getByRole('link', { name: new RegExp(`^${label}`) });

  add('Åpne statistikken', await timed(page, { selector: '[data-testid="statistikk-klar"] #balanse' }, () => nav('Statistikk').click()));
  add('Åpne oversikten', await timed(page, { selector: ROWS }, () => nav('Oversikt').click()));

  // By the keyboard (a script's selectOption is no input to the browser): the first letter picks the first district with it.
  const partner = t.partners[n % t.partners.length]!;
  const select = page.locator('select[id^="filter-partner"]');
  add(
    'Filtrere på partnerbydel',
    await timed(page, { selector: `${ROWS} td:nth-child(3)`, text: districtName(partner), every: true }, () => select.press(districtName(partner).charAt(0))),
  );
  await select.selectOption('');
  await page.waitForFunction(([sel, name]) => [...document.querySelectorAll(sel)].some((r) => r.children[2]?.textContent !== name), [ROWS, districtName(partner)] as const);

  const search = t.searches[n % t.searches.length]!;
  add(
    'Søke (7 tegn)',
    await timed(page, { selector: ROWS, attr: 'data-reference', includes: search, every: true }, () => page.locator('input[id^="sok"]').pressSequentially(search, { delay: 100 }), {
      fromLastKey: true,
    }),
  );
  await page.locator('input[id^="sok"]').fill('');
  await page.evaluate((id) => (window.location.hash = `#/?sok=${encodeURIComponent(id)}`), t.checklist.reference);
  await settled(page, `${ROWS}[data-reference="${t.checklist.reference}"]`);

  add(
    'Åpne et bytte',
    await timed(page, { selector: STEP_HEADING, text: STEP_LABELS.ansvar_gammel }, () => page.getByRole('link', { name: t.checklist.reference, exact: true }).click()),
  );
  add(
    'Gå mellom steg',
    await timed(page, { selector: '[data-document-button="brukerprofil"]' }, () => step(STEP_LABELS.brukerprofil).click()),
  );
  add('Gå mellom steg', await timed(page, { selector: 'form[aria-label="Sjekkliste for gammel bydel"]' }, () => step(STEP_LABELS.ansvar_gammel).click()));

  // Each round changes one item, so the saved checklist's count says the save is through.
  const item = page.locator('[data-punkt="strom_avtalegiro"]');
  const done = await item.getByLabel('Gjort', { exact: true }).isChecked();
  const before = Number(/(\d) av 7 punkter/.exec((await page.locator('section.bo-card').textContent()) ?? '')?.[1]);
  await item.getByLabel(done ? 'Ikke gjort ennå' : 'Gjort', { exact: true }).check();
  add(
    'Lagre et stegs skjema',
    await timed(page, { selector: 'section.bo-card', includes: `${done ? before - 1 : before + 1} av 7 punkter` }, () =>
      page.getByRole('button', { name: 'Lagre sjekklisten' }).click(),
    ),
  );

  await page.evaluate((id) => (window.location.hash = `#/bytte/${id}/brukerprofil`), t.sentProfileId);
  const download = page.locator('[data-document-button="brukerprofil"]');
  await download.waitFor({ state: 'visible', timeout: 120_000 });
  // Its status line is empty until the file is made, then says so.
  add('Laste ned brukerprofilen som PDF', await timed(page, { selector: '.bo-download__status', includes: '.pdf' }, () => download.click()));

  await page.evaluate((id) => (window.location.hash = `#/bytte/${id}/brukerprofil`), t.draftId);
  const field = page.getByLabel('Ressurser og hva som fungerer godt');
  await field.waitFor({ state: 'visible', timeout: 120_000 });
  await field.fill('');
  await page.locator('[data-testid="funn-ressurser"]').waitFor({ state: 'detached' });
  // A fødselsnummer typed at the end of a sentence: the guard marks it as it is completed.
  const fnr = withControlDigits(`${String(10 + (n % 18)).padStart(2, '0')}0385123`) ?? withControlDigits('010385123')!;
  add(
    'Skrive i brukerprofilen (identifikatorsjekk)',
    await timed(page, { selector: '[data-testid="funn-ressurser"]' }, () => field.pressSequentially(`Liker turer ${fnr}`, { delay: 100 }), { fromLastKey: true }),
  );

  await nav('Importer dokument').click();
  await settled(page, 'input[type="file"]');
  add(
    'Forhåndsvise import av en profil',
    await timed(page, { selector: '[data-testid="import-forhandsvisning"]' }, () =>
      page.locator('input[type="file"]').setInputFiles({ name: 'brukerprofil.pdf', mimeType: 'application/pdf', buffer: t.importPdf }),
    ),
  );
}

/**
 * The walk in built browser mode on `dataDir` (which must hold no other running app), `runs`
 * rounds after `warmup` unrecorded ones. `handlerP95` gives the main side's p95 by the start of
 * a handler row's name.
 */
export async function uiBench(
  dataDir: string,
  browser: Browser,
  targets: UiTargets,
  { warmup, runs }: { warmup: number; runs: number },
  handlerP95: (prefix: string) => number | null,
): Promise<UiFigure[]> {
  if (!fs.existsSync(CLI)) throw new Error('dist/main/web/cli.js mangler: kjør «npm run build» først.');
  const proc = spawn(process.execPath, [CLI, '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  const context = await browser.newContext({ acceptDownloads: true, locale: 'nb-NO', timezoneId: 'Europe/Oslo', viewport: { width: 1366, height: 900 } });
  try {
    const loginUrl = await waitReady(proc);
    // tsx keeps function names with a helper the page lacks; the functions sent there need it.
    await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await context.addInitScript(instrument);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await page.goto(loginUrl);
    await settled(page, ROWS);
    // Writes wait for the integrity check in the background: let it finish before timing saves.
    await page.evaluate(async () => {
      const token = localStorage.getItem('bytteordning.tilgang') ?? '';
      await fetch('./api/database.checked', { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-bytteordning-token': token }, body: '{}' });
    });

    const samples = new Map<InteractionName, Sample[]>(UI_INTERACTIONS.map(([name]) => [name, []]));
    for (let n = 0; n < warmup + runs; n++) {
      await round(page, targets, n, (name, s) => {
        if (n >= warmup) samples.get(name)!.push(s);
      });
    }
    return UI_INTERACTIONS.map(([name, handler]) => {
      const s = samples.get(name)!;
      const inp = summarize(s.map((x) => x.inpMs));
      return {
        name,
        p50Ms: inp.p50,
        p95Ms: inp.p95,
        maxMs: Math.max(...s.map((x) => x.inpMs)),
        contentP95Ms: summarize(s.map((x) => x.contentMs)).p95,
        handlerP95Ms: handler ? handlerP95(handler) : null,
      };
    });
  } finally {
    await context.close();
    await stop(proc);
  }
}
