import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isSealed } from '../../../src/main/sync/sealed-box';
import { ERROR_MESSAGES } from '../../../src/shared/errors';
import type { ExchangeAction } from '../../../src/shared/exchange/actions';
import { fullRoutine, kandidat, mote } from '../../support/fixtures';
import { pair } from '../../support/pairing';
import { openTestApp, setUpAs, tempDir, type TestApp } from '../../support/test-app';

/**
 * The shared-folder transport on two real installations (Stovner and Grünerløkka), each with
 * its own encrypted database, both pointed at one temp folder as two districts at one network
 * drive: updates sealed to the partner, fetched in order, replays removed, a changed file
 * refused and kept, an update with findings held for the coordinator.
 */

let opened: TestApp[] = [];
let folders: string[] = [];
afterEach(() => {
  for (const a of opened) a.close();
  for (const f of folders) fs.rmSync(f, { recursive: true, force: true });
  opened = [];
  folders = [];
});

async function installations() {
  const stovner = openTestApp({ now: '2026-05-06T09:00:00Z' });
  const gruner = openTestApp({ now: '2026-05-06T09:00:00Z' });
  opened.push(stovner, gruner);
  await setUpAs(stovner, 'stovner');
  await setUpAs(gruner, 'grunerlokka');
  await pair(stovner, gruner);
  const folder = tempDir('bytteordning-felles-');
  folders.push(folder);
  return { stovner, gruner, folder };
}

const files = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);
const lastAudit = (app: TestApp) => app.db.prepare('SELECT action, detail FROM audit_log ORDER BY id DESC LIMIT 1').get();
const refusalCodes = (app: TestApp) => app.db.prepare("SELECT detail FROM audit_log WHERE action = 'dokument.avvist' ORDER BY id").pluck().all();
const auditCount = (app: TestApp, action: string) => (app.db.prepare('SELECT count(*) AS n FROM audit_log WHERE action = ?').get(action) as { n: number }).n;

describe('the shared folder', () => {
  it('is chosen per partner only when it exists and can be written to, and can be removed; each change is in the audit trail', async () => {
    const { stovner, folder } = await installations();
    const refused = async (input: { district: 'grunerlokka' | 'alna'; folder: string | null }) => {
      const r = await stovner.dispatch('partners.setFolder', input);
      return r.ok ? null : r.error;
    };
    expect(await refused({ district: 'grunerlokka', folder: path.join(folder, 'finnes-ikke') })).toMatchObject({
      code: 'FELLES_MAPPE_UGYLDIG',
      message: expect.stringMatching(/^Appen finner ikke mappen .*finnes-ikke\. Ingenting er lagret\./),
    });
    fs.writeFileSync(path.join(folder, 'en-fil.txt'), 'x');
    expect((await refused({ district: 'grunerlokka', folder: path.join(folder, 'en-fil.txt') }))?.message).toMatch(/er en fil, ikke en mappe/);
    expect((await refused({ district: 'grunerlokka', folder: 'relativ/sti' }))?.code).toBe('UGYLDIG_INNDATA');
    expect((await refused({ district: 'alna', folder }))?.code).toBe('PARTNER_IKKE_PARET');
    expect(auditCount(stovner, 'felles_mappe.lagret')).toBe(0);

    const saved = await stovner.ok('partners.setFolder', { district: 'grunerlokka', folder });
    expect(saved.partners).toMatchObject([{ district: 'grunerlokka', folder }]);
    expect(lastAudit(stovner)).toEqual({ action: 'felles_mappe.lagret', detail: 'grunerlokka' });
    // The write test leaves nothing behind.
    expect(files(folder)).toEqual(['en-fil.txt']);
    const created = await stovner.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
    expect((await stovner.ok('sync.status', { id: created.id })).sharedFolder).toBe(true);

    const removed = await stovner.ok('partners.setFolder', { district: 'grunerlokka', folder: null });
    expect(removed.partners[0]?.folder).toBeNull();
    expect(lastAudit(stovner)).toEqual({ action: 'felles_mappe.fjernet', detail: 'grunerlokka' });
    expect((await stovner.ok('sync.status', { id: created.id })).sharedFolder).toBe(false);
    for (const r of [await stovner.dispatch('sync.sendToFolder', { id: created.id }), await stovner.dispatch('sync.fetchFromFolder', {})]) {
      expect(r).toMatchObject({ ok: false, error: { code: 'FELLES_MAPPE_MANGLER' } });
    }
  }, 120_000);

  it('carries updates sealed, imports them in order, removes replays, keeps and logs a changed file, and holds one with findings', async () => {
    const { stovner, gruner, folder } = await installations();
    for (const app of [stovner, gruner]) await app.ok('partners.setFolder', { district: app === stovner ? 'grunerlokka' : 'stovner', folder });
    const lane = path.join(folder, 'stovner-til-grunerlokka');
    const created = await stovner.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
    const routine = fullRoutine();
    for (const action of routine.slice(0, routine.findIndex((a) => a.type === 'brukerprofil.sendt') + 1)) await stovner.ok('exchanges.act', { id: created.id, action });
    const reference = created.state.reference;

    // 1 and 2, written sealed where the partner reads.
    const first = await stovner.ok('sync.sendToFolder', { id: created.id });
    expect(first).toEqual({ seq: 1, file: path.join(lane, `${reference}-nr1.bytteordning`) });
    const sealed = fs.readFileSync(first.file);
    expect(isSealed(sealed)).toBe(true);
    expect(sealed.includes(Buffer.from(reference))).toBe(false);
    const plan = { type: 'mote.planlegg', steg: 'avklaringsmote', plan: { tidspunkt: '2026-03-10T10:00', sted: 'Bydelshuset', deltakere: mote('2026-03-10T10:00').deltakere } } as ExchangeAction;
    await stovner.ok('exchanges.act', { id: created.id, action: plan });
    expect((await stovner.ok('sync.sendToFolder', { id: created.id })).seq).toBe(2);
    expect(files(lane)).toEqual([`${reference}-nr1.bytteordning`, `${reference}-nr2.bytteordning`]);

    // Only 2 has arrived: it waits, and stays.
    const aside = path.join(folder, 'nr1-borte');
    fs.renameSync(first.file, aside);
    const waiting = await gruner.ok('sync.fetchFromFolder', {});
    expect(waiting.arrivals).toMatchObject([{ outcome: 'venter', partner: 'stovner', reference, message: expect.stringMatching(/^Oppdatering 2 venter på oppdatering 1/) }]);
    expect(gruner.count('exchanges')).toBe(0);
    expect(files(lane)).toEqual([`${reference}-nr2.bytteordning`]);

    // Both there now, with a changed copy and files that are not updates beside them.
    fs.renameSync(aside, first.file);
    const changed = Buffer.from(fs.readFileSync(path.join(lane, `${reference}-nr2.bytteordning`)));
    changed.writeUInt8(changed.readUInt8(changed.length - 10) ^ 0x01, changed.length - 10);
    fs.writeFileSync(path.join(lane, `${reference}-nr2-endret.bytteordning`), changed);
    fs.writeFileSync(path.join(lane, 'notater.txt'), 'ikke en oppdatering');
    fs.writeFileSync(path.join(lane, `.${reference}-nr3.bytteordning.abc.tmp`), 'halvskrevet');
    const eventsBefore = gruner.count('events');
    const fetched = await gruner.ok('sync.fetchFromFolder', {});
    // A file that cannot be opened is reported first; the rest in the order they were imported.
    expect(fetched.arrivals.map((a) => [path.basename(a.file), a.outcome])).toEqual([
      [`${reference}-nr2-endret.bytteordning`, 'avvist'],
      [`${reference}-nr1.bytteordning`, 'importert'],
      [`${reference}-nr2.bytteordning`, 'importert'],
    ]);
    const [refused, , second] = fetched.arrivals;
    expect(second?.message).toBe(`Oppdatering 2 fra bydel Stovner er importert i byttet ${reference}.`);
    expect(refused?.message).toBe(ERROR_MESSAGES.OPPDATERING_KAN_IKKE_APNES);
    expect(refusalCodes(gruner)).toEqual(['OPPDATERING_KAN_IKKE_APNES']);
    expect(files(lane)).toEqual([`.${reference}-nr3.bytteordning.abc.tmp`, `${reference}-nr2-endret.bytteordning`, 'notater.txt']);
    const id = second!.exchangeId!;
    expect(gruner.count('events')).toBeGreaterThan(eventsBefore);
    expect((await gruner.ok('exchanges.get', { id })).state.moteplaner?.avklaringsmote?.sted).toBe('Bydelshuset');
    fs.rmSync(path.join(lane, `${reference}-nr2-endret.bytteordning`));

    // Written again (a file thought lost): removed as a replay, counted, nothing logged as refused.
    await stovner.ok('sync.sendToFolder', { id: created.id });
    const replay = await gruner.ok('sync.fetchFromFolder', {});
    expect(replay).toEqual({ arrivals: [], alreadyImported: 1, unreachable: [] });
    expect(files(lane)).not.toContain(`${reference}-nr2.bytteordning`);
    expect(refusalCodes(gruner)).toEqual(['OPPDATERING_KAN_IKKE_APNES']);

    // A phone number in the meeting notes: held, the file kept for Importer dokument.
    for (const app of [stovner, gruner]) app.setNow('2026-03-12T12:00:00Z');
    const held = { type: 'avklaringsmote.holdt', mote: { ...mote('2026-03-12T10:00'), oppfolgingsbehov: 'Ring oppfølgeren på 912 34 567.' } } as ExchangeAction;
    await stovner.ok('exchanges.act', { id: created.id, action: held });
    const third = await stovner.ok('sync.sendToFolder', { id: created.id });
    const withFindings = await gruner.ok('sync.fetchFromFolder', {});
    expect(withFindings.arrivals).toMatchObject([{ outcome: 'funn', exchangeId: id, reference }]);
    expect(withFindings.arrivals[0]?.message).toMatch(/Importer dokument/);
    expect(files(lane)).toContain(path.basename(third.file));
    expect((await gruner.ok('sync.status', { id })).lastReceived?.seq).toBe(2);

    // Importer dokument takes the sealed file as it takes a PDF: the findings, then the decision.
    const base64 = fs.readFileSync(third.file).toString('base64');
    const preview = await gruner.ok('documents.previewImport', { base64 });
    expect(preview.seq).toBe(3);
    expect(preview.findings.map((f) => f.text)).toContain('912 34 567');
    expect(await gruner.dispatch('documents.import', { base64 })).toMatchObject({ ok: false, error: { code: 'OPPDATERING_HAR_FUNN' } });
    await gruner.ok('documents.import', { base64, acceptFindings: true });
    expect((await gruner.ok('sync.status', { id })).lastReceived?.seq).toBe(3);
    // And the next fetch clears it from the folder as a replay.
    expect(await gruner.ok('sync.fetchFromFolder', {})).toMatchObject({ arrivals: [], alreadyImported: 1 });
    expect(files(lane)).toEqual([`.${reference}-nr3.bytteordning.abc.tmp`, 'notater.txt']);
  }, 120_000);

  it('refuses a file larger than an import may be, and reports a folder it cannot read', async () => {
    const { stovner, gruner, folder } = await installations();
    await gruner.ok('partners.setFolder', { district: 'stovner', folder });
    await stovner.ok('partners.setFolder', { district: 'grunerlokka', folder });
    const lane = path.join(folder, 'stovner-til-grunerlokka');
    fs.mkdirSync(lane);
    fs.writeFileSync(path.join(lane, 'stor.bytteordning'), Buffer.alloc(1_500_000));
    const big = await gruner.ok('sync.fetchFromFolder', {});
    expect(big.arrivals).toMatchObject([{ outcome: 'avvist', message: ERROR_MESSAGES.DOKUMENT_FOR_STOR }]);
    expect(lastAudit(gruner)).toEqual({ action: 'dokument.avvist', detail: 'DOKUMENT_FOR_STOR' });
    expect(files(lane)).toEqual(['stor.bytteordning']);

    // The network drive is gone: said per partner, nothing else changes.
    fs.rmSync(folder, { recursive: true });
    const gone = await gruner.ok('sync.fetchFromFolder', {});
    expect(gone.arrivals).toEqual([]);
    expect(gone.unreachable).toMatchObject([{ district: 'stovner', message: expect.stringMatching(/^Appen fikk ikke lest mappen /) }]);
    const created = await stovner.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
    const routine = fullRoutine();
    for (const action of routine.slice(0, routine.findIndex((a) => a.type === 'brukerprofil.sendt') + 1)) await stovner.ok('exchanges.act', { id: created.id, action });
    expect(await stovner.dispatch('sync.sendToFolder', { id: created.id })).toMatchObject({
      ok: false,
      error: { code: 'FELLES_MAPPE_UTILGJENGELIG', message: expect.stringMatching(/^Oppdatering 1 ble laget, men appen fikk ikke skrevet den/) },
    });
  }, 120_000);
});
