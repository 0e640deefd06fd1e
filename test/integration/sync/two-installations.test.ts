import { generateKeyPairSync } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { afterEach, describe, expect, it } from 'vitest';
import { readPdf } from '../../../src/main/documents/read-pdf';
import type { ExchangeAction } from '../../../src/shared/exchange/actions';
import { FACT_OWNERS, factOfAction, type Party } from '../../../src/shared/exchange/ownership';
import { canonicalJson } from '../../../src/shared/documents/payload';
import { sharedFactsText } from '../../../src/shared/sync/shared-facts';
import { UPDATE_ATTACHMENT_NAME } from '../../../src/shared/sync/update';
import { enteredBy, fullRoutine, kandidat, mote } from '../../support/fixtures';
import { pair } from '../../support/pairing';
import { openTestApp, setUpAs, type TestApp } from '../../support/test-app';

/**
 * One exchange on two installations (Stovner and Grünerløkka), each a real app on its own
 * encrypted database, the documents crossing only as PDF files: each fact entered only by its
 * owner, every change crossing in a signed update, and at the end the same record on both sides.
 */

const b64 = (bytes: Uint8Array | Buffer) => Buffer.from(bytes).toString('base64');

interface Installation {
  app: TestApp;
  id: number | null;
}

let opened: TestApp[] = [];
afterEach(() => {
  for (const a of opened) a.close();
  opened = [];
});

async function installations() {
  const stovner = openTestApp({ now: '2026-05-06T09:00:00Z' });
  const gruner = openTestApp({ now: '2026-05-06T09:00:00Z' });
  opened.push(stovner, gruner);
  await setUpAs(stovner, 'stovner');
  await setUpAs(gruner, 'grunerlokka');
  await pair(stovner, gruner);
  return { gammel: { app: stovner, id: null } as Installation, ny: { app: gruner, id: null } as Installation };
}

/** The next update from one side as the PDF file it is, or null when nothing is waiting. */
async function updateFile(from: Installation): Promise<Buffer | null> {
  const status = await from.app.ok('sync.status', { id: from.id! });
  if (status.unsent === 0) return null;
  const made = await from.app.ok('documents.make', { id: from.id!, kind: 'oppdatering' });
  return Buffer.from(made.base64, 'base64');
}

async function importFile(to: Installation, file: Buffer): Promise<void> {
  const preview = await to.app.ok('documents.previewImport', { base64: b64(file) });
  const done = await to.app.ok('documents.import', { base64: b64(file), acceptFindings: preview.findings.length > 0 });
  to.id = done.exchangeId;
}

async function refusal(app: TestApp, file: Buffer) {
  const before = { exchanges: app.count('exchanges'), events: app.count('events'), updates: app.count('sync_updates') };
  const r = await app.dispatch('documents.import', { base64: b64(file) });
  expect(r.ok).toBe(false);
  // Nothing written, and the refusal is in the audit trail with its code.
  expect({ exchanges: app.count('exchanges'), events: app.count('events'), updates: app.count('sync_updates') }).toEqual(before);
  const code = !r.ok ? r.error.code : '';
  const last = app.db.prepare('SELECT action, detail FROM audit_log ORDER BY id DESC LIMIT 1').get();
  expect(last).toEqual({ action: 'dokument.avvist', detail: code });
  return !r.ok ? r.error : null;
}

async function forgedPdf(attachment: string): Promise<Buffer> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.text('Svar fra ny bydel: ja');
  doc.file(Buffer.from(attachment), { name: UPDATE_ATTACHMENT_NAME, type: 'application/json' });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

async function attachmentOf(file: Buffer): Promise<{ format: string; version: number; update: Record<string, unknown>; signature: string; fingerprint: string }> {
  const read = await readPdf(file, { text: false });
  return JSON.parse(new TextDecoder().decode(read.attachments[UPDATE_ATTACHMENT_NAME])) as never;
}

describe('one exchange, two installations, one record', () => {
  it('walks the whole routine, each fact entered by its owner, every change crossing as a file, and ends with equal records', async () => {
    const r = await installations();
    const created = await r.gammel.app.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
    r.gammel.id = created.id;
    let side: Party = 'gammel';
    const cross = async (from: Party) => {
      const to: Party = from === 'gammel' ? 'ny' : 'gammel';
      if (r[from].id === null) return;
      const file = await updateFile(r[from]);
      if (file) await importFile(r[to], file);
    };
    for (const action of fullRoutine()) {
      const by = enteredBy(action);
      if (by !== side) {
        await cross(side);
        side = by;
      }
      // A fact with a fixed owner cannot be entered on the other side.
      const other = r[by === 'gammel' ? 'ny' : 'gammel'];
      const fact = factOfAction(action);
      if (other.id !== null && fact !== null && FACT_OWNERS[fact] === by) {
        const refused = await other.app.dispatch('exchanges.act', { id: other.id, action });
        expect(refused).toMatchObject({ ok: false, error: { code: 'EIES_AV_PARTNER' } });
      }
      await r[by].app.ok('exchanges.act', { id: r[by].id!, action });
    }
    await cross(side);
    await cross(side === 'gammel' ? 'ny' : 'gammel');

    const old = await r.gammel.app.ok('exchanges.get', { id: r.gammel.id! });
    const neu = await r.ny.app.ok('exchanges.get', { id: r.ny.id! });
    expect(sharedFactsText(neu.state)).toBe(sharedFactsText(old.state));
    expect(old.state.avsluttet?.utfall).toBe('gjennomfort');
    // What never leaves Stovner did not: the candidate's reasons and internal reference.
    expect(neu.state.kandidat.grunner).not.toBe(kandidat.grunner);
    for (const inst of [r.gammel, r.ny]) {
      const status = await inst.app.ok('sync.status', { id: inst.id! });
      expect(status.unsent).toBe(0);
      expect(status.conflicts).toEqual([]);
    }
    // The side that imported last knows the two records agree.
    const last = await r[side === 'gammel' ? 'ny' : 'gammel'].app.ok('sync.status', { id: r[side === 'gammel' ? 'ny' : 'gammel'].id! });
    expect(last.agreement).toBe('enige');
    // One history event per fact that arrived, naming the partner's coordinator and district.
    const history = await r.ny.app.ok('exchanges.history', { id: r.ny.id! });
    expect(history.some((e) => e.action === 'tildeling.vedtak' && e.actor === 'Kari Koordinator, bydel Stovner')).toBe(true);
    // About twenty PDFs made and read back in import workers: 17 s on a quiet 2-core machine.
  }, 120_000);

  it('refuses a forged, altered, unsigned, foreign-signed, replayed or out-of-order update, writing nothing and logging each', async () => {
    const r = await installations();
    const created = await r.gammel.app.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
    r.gammel.id = created.id;
    const routine = fullRoutine();
    const upToSent = routine.findIndex((a) => a.type === 'brukerprofil.sendt');
    for (const action of routine.slice(0, upToSent + 1)) await r.gammel.app.ok('exchanges.act', { id: created.id, action });
    const first = (await updateFile(r.gammel))!;
    await r.gammel.app.ok('exchanges.act', { id: created.id, action: { type: 'mote.planlegg', steg: 'avklaringsmote', plan: { tidspunkt: '2026-03-10T10:00', sted: 'Bydelshuset', deltakere: mote('2026-03-10T10:00').deltakere } } as ExchangeAction });
    const second = (await updateFile(r.gammel))!;

    // Out of order: the second before the first.
    expect((await refusal(r.ny.app, second))?.message).toMatch(/^Oppdatering 1 fra bydel Stovner mangler: be om den\./);

    // Altered: the genuine attachment with one fact changed, signature kept.
    const genuine = await attachmentOf(first);
    const altered = structuredClone(genuine);
    (altered.update.sender as { coordinatorName: string }).coordinatorName = 'Noen andre';
    expect((await refusal(r.ny.app, await forgedPdf(JSON.stringify(altered))))?.code).toBe('DOKUMENT_FEIL_SIGNATUR');

    // Forged: a stranger's key signs a well-formed update.
    const stranger = generateKeyPairSync('ed25519');
    const { sign } = await import('node:crypto');
    const forged = { ...genuine, signature: sign(null, Buffer.from(canonicalJson(genuine.update)), stranger.privateKey).toString('base64') };
    expect((await refusal(r.ny.app, await forgedPdf(JSON.stringify(forged))))?.code).toBe('DOKUMENT_FEIL_SIGNATUR');

    // Unsigned: the old, checksummed format.
    const unsigned = JSON.stringify({ format: 'no.oslo.bytteordning/svar', version: 1, payload: {}, sha256: '0'.repeat(64) });
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
    doc.text('Svar');
    doc.file(Buffer.from(unsigned), { name: 'bytteordning.json', type: 'application/json' });
    doc.end();
    await ended;
    expect((await refusal(r.ny.app, Buffer.concat(chunks)))?.code).toBe('DOKUMENT_USIGNERT');

    // From a district this installation has not paired with.
    const third = openTestApp();
    opened.push(third);
    await setUpAs(third, 'grunerlokka');
    await third.ok('pairs.save', { districtA: 'grunerlokka', districtB: 'stovner', active: true });
    expect((await refusal(third, first))?.code).toBe('PARTNER_IKKE_PARET');

    // In order it is taken; again, it is a replay.
    await importFile(r.ny, first);
    expect((await refusal(r.ny.app, first))?.code).toBe('OPPDATERING_FINNES');
    await importFile(r.ny, second);
  });

  it('keeps both versions when both sides registered the same meeting, and shows the conflict', async () => {
    const r = await installations();
    const created = await r.gammel.app.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
    r.gammel.id = created.id;
    const routine = fullRoutine();
    const upToSent = routine.findIndex((a) => a.type === 'brukerprofil.sendt');
    for (const action of routine.slice(0, upToSent + 1)) await r.gammel.app.ok('exchanges.act', { id: created.id, action });
    await importFile(r.ny, (await updateFile(r.gammel))!);
    const held = routine.find((a) => a.type === 'avklaringsmote.holdt')!;
    await r.gammel.app.ok('exchanges.act', { id: r.gammel.id, action: held });
    await r.ny.app.ok('exchanges.act', { id: r.ny.id!, action: { ...held, mote: { ...(held as { mote: object }).mote, sted: 'Et annet sted' } } as ExchangeAction });
    await importFile(r.ny, (await updateFile(r.gammel))!);
    await importFile(r.gammel, (await updateFile(r.ny))!);
    for (const inst of [r.gammel, r.ny]) {
      const status = await inst.app.ok('sync.status', { id: inst.id! });
      expect(status.conflicts.map((c) => c.fact)).toEqual(['avklaringsmote']);
      // Each kept its own: nothing was chosen silently.
      const own = await inst.app.ok('exchanges.get', { id: inst.id! });
      expect(own.state.avklaringsmote?.mote?.sted).toBe(inst === r.gammel ? (held as { mote: { sted: string } }).mote.sted : 'Et annet sted');
    }
    const status = await r.gammel.app.ok('sync.status', { id: r.gammel.id });
    expect(status.agreement).toBe('ulike');
    expect(status.differing).toContain('avklaringsmote');
  });
});
