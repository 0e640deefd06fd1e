import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { punktAssetsDir } from '../../src/main/documents/engine/fonts';
import { ourSender } from '../../src/main/documents/common';
import { makeDocument } from '../../src/main/documents/make';
import { actorOf } from '../../src/main/handlers/exchange-state';
import type { SigningKey } from '../../src/main/identity/signing-key';
import type { Outgoing } from '../../src/main/sync/outgoing';
import { sharedHashOf, signUpdate } from '../../src/main/sync/signed-update';
import type { ExchangeDetail } from '../../src/shared/contract';
import { profileContent } from '../../src/shared/documents/profile-content';
import type { Settings } from '../../src/shared/settings';
import { sharedFacts, sharedFactsText } from '../../src/shared/sync/shared-facts';
import { type Update, updateSchema } from '../../src/shared/sync/update';
import { summarize, type Timing } from './measure';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The profile's content as a print-ready HTML page, with the same Oslo Sans embedded. */
export function profileHtml(detail: ExchangeDetail, settings: Settings): string {
  const state = detail.state;
  const c = profileContent(state, state.brukerprofil!.profil, settings, state.brukerprofil!.sendtDato!);
  const font = (file: string, weight: number) =>
    `@font-face { font-family: 'Oslo Sans'; font-weight: ${weight}; src: url(data:font/woff;base64,${fs
      .readFileSync(path.join(punktAssetsDir(), 'dist', 'fonts', file))
      .toString('base64')}) format('woff'); }`;
  const rows = (r: [string, string][]) => r.map(([k, v]) => `<tr><th scope="row">${escape(k)}</th><td>${escape(v)}</td></tr>`).join('');
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>${escape(c.title)}</title><style>
    ${font('OsloSans-Regular.woff', 400)} ${font('OsloSans-Medium.woff', 500)} ${font('OsloSans-Bold.woff', 700)}
    @page { size: A4; margin: 20mm 18mm; }
    body { font-family: 'Oslo Sans'; font-size: 10pt; color: #2a2859; }
    h1 { font-size: 18pt; font-weight: 500; } h2 { font-size: 13pt; font-weight: 500; margin-top: 16pt; }
    table { width: 100%; border-collapse: collapse; } th, td { text-align: left; vertical-align: top; padding: 4pt 6pt; border-bottom: 0.5pt solid #ccc; }
    th { width: 34%; font-weight: 500; } .notice { background: #f1fdff; border-left: 3pt solid #1f42aa; padding: 8pt; margin: 12pt 0; }
  </style></head><body><p>Oslo kommune</p><h1>${escape(c.title)}</h1><table>${rows(c.meta)}</table>
  <p class="notice">${escape(c.notice)}</p>
  ${c.sections.map((s) => `<section><h2>${escape(s.heading)}</h2><table>${rows(s.rows)}</table></section>`).join('')}
  </body></html>`;
}

/** The first update of a sent profile, as «Marker som sendt» queues it and the PDF carries it, signed. */
function profileUpdate(detail: ExchangeDetail, settings: Settings, signingKey: SigningKey, now: Date): Outgoing {
  const s = detail.state;
  const update: Update = updateSchema.parse({
    reference: s.reference,
    oldDistrict: s.oldDistrict,
    newDistrict: s.newDistrict,
    from: 'gammel',
    seq: 1,
    prevHash: null,
    createdAt: now.toISOString(),
    sender: ourSender(settings),
    changes: [
      {
        at: now.toISOString(),
        actor: actorOf(settings),
        action: { type: 'brukerprofil.delt', profil: s.brukerprofil!.profil, malgruppe: s.kandidat.malgruppe, dato: s.brukerprofil!.sendtDato! },
      },
    ],
    ack: 0,
    sharedHash: sharedHashOf(sharedFactsText(s)),
    shared: sharedFacts(s),
  });
  return { update, signed: signUpdate(update, signingKey), fresh: true };
}

export interface PdfTimings {
  ours: Timing;
  chromium: Timing;
}

/**
 * The anonymous profile as the app makes it (the engine, with its JSON attachment) beside
 * Chromium printing the same content, page already open, so only rendering is timed.
 */
export async function timeProfilePdf(
  detail: ExchangeDetail,
  settings: Settings,
  signingKey: SigningKey,
  browser: Browser,
  { warmup, runs }: { warmup: number; runs: number },
): Promise<PdfTimings> {
  const src = { detail, history: [], settings, now: new Date(), training: false };
  const outgoing = profileUpdate(detail, settings, signingKey, src.now);
  const ours: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = performance.now();
    const file = await makeDocument(src, 'brukerprofil', outgoing);
    if (file.bytes.length === 0) throw new Error('empty PDF');
    if (i >= warmup) ours.push(performance.now() - t0);
  }
  const page = await browser.newPage();
  const html = profileHtml(detail, settings);
  const chromium: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = performance.now();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    if (pdf.length === 0) throw new Error('empty PDF');
    if (i >= warmup) chromium.push(performance.now() - t0);
  }
  await page.close();
  return { ours: summarize(ours), chromium: summarize(chromium) };
}
