import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ChannelOutput } from '../../src/shared/contract';
import type { DocumentKind } from '../../src/shared/documents/catalog';
import type { ExchangeAction } from '../../src/shared/exchange/actions';
import { type SignedUpdate, type Update, UPDATE_ATTACHMENT_NAME } from '../../src/shared/sync/update';
import { inspectPdf } from '../../src/main/documents/engine/pdfa-check';
import { readPdf, type ReadPdfResult } from '../../src/main/documents/read-pdf';
import { fullRoutine, kandidat } from '../support/fixtures';
import { pair } from '../support/pairing';
import { openTestApp, setUpAs, type TestApp } from '../support/test-app';

export const OUT = fileURLToPath(new URL('../../test-results/documents/', import.meta.url));

/** Whitespace-insensitive text, so values that wrap across lines still match. */
export const flat = (s: string): string => s.replace(/\s+/g, ' ');

/** The actions of fullRoutine() up to, not including, the first of `type` (its nth occurrence). */
export function routineUntil(type: ExchangeAction['type'], nth = 1): ExchangeAction[] {
  const all = fullRoutine();
  let seen = 0;
  const at = all.findIndex((a) => a.type === type && ++seen === nth);
  if (at < 0) throw new Error(`fullRoutine has no ${type} #${nth}`);
  return all.slice(0, at);
}

/** Stovner's app with an outgoing exchange to Grünerløkka, worked through `actions`. */
export async function outgoing(actions: ExchangeAction[], app: TestApp = openTestApp()) {
  await setUpAs(app, 'stovner');
  const created = await app.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat: { ...kandidat, internReferanse: 'INTERN-4711' } });
  for (const action of actions) await app.ok('exchanges.act', { id: created.id, action });
  return { app, id: created.id, reference: created.state.reference };
}

export interface MadeDocument {
  made: ChannelOutput<'documents.make'>;
  bytes: Buffer;
}

export async function make(app: TestApp, id: number, kind: DocumentKind): Promise<MadeDocument> {
  const made = await app.ok('documents.make', { id, kind });
  return { made, bytes: Buffer.from(made.base64, 'base64') };
}

/** Keeps the file under test-results/documents for people to look at. */
export function keep(name: string, bytes: Uint8Array): string {
  mkdirSync(OUT, { recursive: true });
  const file = `${OUT}${name}`;
  writeFileSync(file, bytes);
  return file;
}

export function renderPage1(pdfFile: string, pngBase: string): string {
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdfFile, pngBase]);
  return `${pngBase}.png`;
}

/** The fonts of a PDF: their names as in the file, and whether every one has its program in the file (PDF/A). */
export function fontsOf(bytes: Uint8Array): { embedded: boolean; names: string[] } {
  const { fonts } = inspectPdf(bytes);
  return { embedded: fonts.every((f) => f.fontFile !== null), names: fonts.map((f) => f.baseFont) };
}

/** A document read back as the partner's app reads it: its text, and the signed update it carries. */
export async function readBack(bytes: Uint8Array): Promise<{ read: ReadPdfResult; signed: SignedUpdate | undefined; update: Update | undefined }> {
  const read = await readPdf(bytes);
  const attached = read.attachments[UPDATE_ATTACHMENT_NAME];
  const signed = attached ? (JSON.parse(new TextDecoder().decode(attached)) as SignedUpdate) : undefined;
  return { read, signed, update: signed?.update as Update | undefined };
}

/** Stovner (old district) and Grünerløkka (new), each its own app, as two installations are, paired. */
export async function twoDistricts() {
  const stovner = openTestApp();
  const gruner = openTestApp();
  await setUpAs(stovner, 'stovner');
  await setUpAs(gruner, 'grunerlokka');
  await pair(stovner, gruner);
  return {
    stovner,
    gruner,
    close() {
      stovner.close();
      gruner.close();
    },
  };
}

export const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

/** The rows of the case tables a document import could touch. */
export function caseCounts(app: TestApp) {
  return { exchanges: app.count('exchanges'), events: app.count('events'), documents: app.count('documents') };
}

export function lastAuditId(app: TestApp): number {
  return (app.db.prepare('SELECT coalesce(max(id), 0) AS id FROM audit_log').get() as { id: number }).id;
}

/** The audit rows after row `afterId`, as action and detail. */
export function auditSince(app: TestApp, afterId: number) {
  return app.db.prepare('SELECT action, detail FROM audit_log WHERE id > ? ORDER BY id').all(afterId);
}

/**
 * The profile crossed: Stovner makes and sends it, Grünerløkka imports it and skips the
 * clarification meeting. Returns both apps and each side's exchange id.
 */
export async function profileCrossed() {
  const apps = await twoDistricts();
  const created = await apps.stovner.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
  const reference = created.state.reference;
  for (const action of routineUntil('avklaringsmote.holdt')) await apps.stovner.ok('exchanges.act', { id: created.id, action });
  const profile = await make(apps.stovner, created.id, 'brukerprofil');
  const imported = await apps.gruner.ok('documents.import', { base64: base64(profile.bytes) });
  await apps.gruner.ok('exchanges.act', {
    id: imported.exchangeId,
    action: { type: 'steg.hopp_over', steg: 'avklaringsmote', grunn: 'Profilen var tydelig nok.', dato: '2026-03-06' },
  });
  return { ...apps, reference, oldId: created.id, newId: imported.exchangeId, profile };
}
