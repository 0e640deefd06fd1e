import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_FILE, openApp } from '../../src/main/app';
import { type ChainedFields, GENESIS_HASH, rowHash, verifyAuditChain } from '../../src/main/audit/chain';
import { headFileOf, readHeadFile } from '../../src/main/audit/head';
import { openEncrypted } from '../../src/main/db/database';
import { KeyStoreError, loadOrCreateSigningKey as loadSealedSigningKey, SEALED_SIGNING_KEY_FILE } from '../../src/main/electron/key-store';
import { createSigningKey, exportSigningKey, fingerprint, type SigningKey } from '../../src/main/identity/signing-key';
import { ENCRYPTED_SIGNING_KEY_FILE, loadOrCreateKey, loadOrCreateSigningKey, SIGNING_KEY_FILE } from '../../src/main/web/key-file';
import { auditProblemText } from '../../src/renderer/i18n/audit-labels';
import type { AuditVerification } from '../../src/shared/privacy/audit';
import { FakeSafeStorage } from '../unit/electron/fake-electron';
import { fullRoutine, kandidat, profil } from '../support/fixtures';
import { openTestApp, setUpAs, type TestApp, tempDir } from '../support/test-app';

/**
 * The audit trail against someone who holds the database key (and so can run any SQL on the
 * file) but not the installation's signing key: every rewrite the issue found reported as
 * intact must now be reported, on a real encrypted SQLite file with the real key.
 */

let app: TestApp;
afterEach(() => {
  app?.close();
  vi.restoreAllMocks();
});

type StoredRow = ChainedFields & { prev_hash: string; hash: string; sig: Buffer | null };
const allRows = (a: TestApp) => a.db.prepare('SELECT * FROM audit_log ORDER BY id').all() as StoredRow[];
const verify = (a: TestApp) => verifyAuditChain(a.db, a.signingKey.publicKey);
const failure = (r: AuditVerification) => {
  if (r.ok) throw new Error('expected the check to fail');
  return r;
};

/** What an attacker with the database key does first: the guards are SQL, so they can be dropped. */
function dropGuards(a: TestApp) {
  a.db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_next_id;');
}

/** Writes `rows` back as a consistent chain from id 1: each prev_hash and hash recomputed, the signatures left as they were. */
function rewriteChain(a: TestApp, rows: StoredRow[]) {
  a.db.transaction(() => {
    a.db.prepare('DELETE FROM audit_log').run();
    const insert = a.db.prepare(`INSERT INTO audit_log (id, at, actor, action, step, exchange_id, reference, detail, event_id, event_digest, prev_hash, hash, sig)
      VALUES (@id, @at, @actor, @action, @step, @exchange_id, @reference, @detail, @event_id, @event_digest, @prev_hash, @hash, @sig)`);
    let prev = GENESIS_HASH;
    for (const r of rows) {
      const hash = rowHash(prev, r);
      insert.run({ ...r, prev_hash: prev, hash });
      prev = hash;
    }
    a.db.prepare("UPDATE sqlite_sequence SET seq = ? WHERE name = 'audit_log'").run(rows.at(-1)?.id ?? 0);
  })();
}

/** A set-up installation with one exchange and `openings` more openings of it: 3 + openings rows. */
async function withRows(openings: number, a: TestApp = openTestApp()) {
  app = a;
  await setUpAs(app);
  const d = await app.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
  for (let i = 0; i < openings; i++) await app.ok('exchanges.get', { id: d.id });
  return d;
}

const revisjonsloggWarnings = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('[revisjonslogg]'));

describe('the signed audit trail', () => {
  it('(a) a row edited, with its hash and every later hash recomputed, is reported as endret at that row', async () => {
    await withRows(40);
    expect(verify(app)).toEqual({ ok: true, checked: 43 });
    dropGuards(app);
    const rows = allRows(app);
    rows[19] = { ...rows[19]!, actor: 'Noen andre' };
    rewriteChain(app, rows);
    // Every hash and link holds now; only the signatures, which need the installation's key, do not.
    const r = failure(verify(app));
    expect(r).toEqual({ ok: false, problem: 'endret', checked: 19, firstBadId: 20 });
    expect(await app.ok('audit.verify', {})).toMatchObject({ ok: false, problem: 'endret', firstBadId: 20 });
    expect(auditProblemText(r)).toBe(
      'Loggen er ikke i orden: rad 20 er endret etter at den ble skrevet, eller den er ikke signert med denne installasjonens nøkkel. Noen har endret databasen utenfor appen.',
    );

    // Removing the signatures of the rewritten rows does not help.
    app.db.prepare('UPDATE audit_log SET sig = NULL WHERE id >= 20').run();
    expect(verify(app)).toMatchObject({ ok: false, problem: 'endret', firstBadId: 20 });
  });

  it('(b) the last 50 rows deleted and sqlite_sequence lowered is reported as avkortet by the signed head, also after a restart and more writes', async () => {
    const d = await withRows(77);
    expect(verify(app)).toEqual({ ok: true, checked: 80 });
    dropGuards(app);
    app.db.prepare('DELETE FROM audit_log WHERE id > 30').run();
    app.db.prepare("UPDATE sqlite_sequence SET seq = 30 WHERE name = 'audit_log'").run();
    const r = failure(verify(app));
    expect(r).toEqual({ ok: false, problem: 'avkortet', checked: 30, firstBadId: 31, signedHeadId: 80 });
    expect(auditProblemText(r)).toContain('den slutter ved rad 30, men appen har skrevet den minst til rad 80');

    // The app keeps working; the head is not moved back to hide the cut.
    const { dataDir, key } = app;
    app.close();
    app = openTestApp({ dataDir, key });
    // An opening during the check at start is logged once the check has passed.
    expect(await app.integrityChecked()).toBe(true);
    await app.ok('exchanges.get', { id: d.id });
    expect(verify(app)).toEqual({ ok: false, problem: 'avkortet', checked: 31, firstBadId: 32, signedHeadId: 80 });
    expect(readHeadFile(headFileOf(path.join(dataDir, DATABASE_FILE)), app.signingKey.publicKey)?.head.id).toBe(80);
  });

  it("(c) every 'apnet' row removed and the rest renumbered and rehashed is reported as omnummerert", async () => {
    const d = await withRows(5);
    for (const action of fullRoutine().slice(0, 3)) {
      await app.ok('exchanges.act', { id: d.id, action });
      await app.ok('exchanges.get', { id: d.id });
    }
    const before = allRows(app);
    const firstOpening = before.find((r) => r.action === 'apnet')!.id;
    dropGuards(app);
    rewriteChain(
      app,
      before.filter((r) => r.action !== 'apnet').map((r, i) => ({ ...r, id: i + 1 })),
    );
    expect(app.count('audit_log')).toBeLessThan(before.length);
    const r = failure(verify(app));
    expect(r).toEqual({ ok: false, problem: 'omnummerert', checked: firstOpening - 1, firstBadId: firstOpening });
    expect(auditProblemText(r)).toBe(
      `Loggen er ikke i orden: rader er fjernet, og radene etter er nummerert om for å skjule det. Første rad som ikke stemmer, er rad ${firstOpening}.`,
    );
  });

  it('(d) an edited history event is reported as historikk_endret, naming the exchange', async () => {
    const d = await withRows(2);
    await app.ok('exchanges.act', { id: d.id, action: { type: 'brukerprofil.lagre', profil, avvisteFunn: [] } });
    const other = await app.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
    expect(verify(app)).toMatchObject({ ok: true });

    expect(() => app.db.prepare("UPDATE events SET actor = 'Noen andre' WHERE exchange_id = ?").run(d.id)).toThrow(/append-only/);
    app.db.exec('DROP TRIGGER events_no_update');
    app.db.prepare("UPDATE events SET actor = 'Noen andre' WHERE exchange_id = ? AND action = 'brukerprofil.lagre'").run(d.id);
    const r = failure(verify(app));
    expect(r).toEqual({ ok: false, problem: 'historikk_endret', checked: app.count('audit_log'), reference: d.state.reference });
    expect(auditProblemText(r)).toContain(`historikken til byttet ${d.state.reference} stemmer ikke med loggen`);

    // An event slipped into another exchange's history is found too.
    app.db.prepare("UPDATE events SET actor = 'Kari Koordinator, bydel Stovner' WHERE exchange_id = ? AND action = 'brukerprofil.lagre'").run(d.id);
    expect(verify(app)).toMatchObject({ ok: true });
    app.db
      .prepare("INSERT INTO events (exchange_id, at, actor, action, step, summary) VALUES (?, '2026-03-02T09:00:00.000Z', 'K', 'avslutt', NULL, 'Avsluttet')")
      .run(other.id);
    expect(verify(app)).toMatchObject({ ok: false, problem: 'historikk_endret', reference: other.state.reference });
  });

  it('(e) stays intact after many writes, a restart and a retention run, with no false alarm at any start', async () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const d = await withRows(30);
    for (const action of fullRoutine()) await app.ok('exchanges.act', { id: d.id, action });
    const { dataDir, key } = app;
    app.close();

    app = openTestApp({ dataDir, key, now: '2026-06-01T09:00:00Z' });
    const kept = await app.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
    for (let i = 0; i < 20; i++) await app.ok('exchanges.get', { id: kept.id });
    app.setNow('2028-01-01T09:00:00Z');
    expect((await app.ok('retention.run', {})).deleted.map((x) => x.id)).toEqual([d.id]);
    const after = await app.ok('audit.verify', {});
    expect(after).toEqual({ ok: true, checked: app.count('audit_log'), fingerprint: fingerprint(app.signingKey.publicKey) });
    app.close();

    app = openTestApp({ dataDir, key, now: '2028-01-02T09:00:00Z' });
    await app.maintenance();
    expect(verify(app)).toEqual({ ok: true, checked: app.count('audit_log') });
    expect(revisjonsloggWarnings(warn)).toEqual([]);
    expect(revisjonsloggWarnings(error)).toEqual([]);
  });

  it('warns at start only when the head of a signed trail really went missing, and makes it again', async () => {
    const warn = vi.spyOn(console, 'warn');
    await withRows(3);
    const { dataDir, key } = app;
    const headFile = headFileOf(path.join(dataDir, DATABASE_FILE));
    expect(fs.existsSync(headFile)).toBe(true);
    app.close();
    app = openTestApp({ dataDir, key });
    app.close();
    expect(revisjonsloggWarnings(warn)).toEqual([]);

    fs.rmSync(headFile);
    app = openTestApp({ dataDir, key });
    expect(revisjonsloggWarnings(warn)).toEqual(['[revisjonslogg] den signerte slutten av loggen manglet ved siden av databasen; den er laget på nytt fra rad 6']);
    expect(readHeadFile(headFile, app.signingKey.publicKey)?.head.id).toBe(6);
  });

  it('(f) a backup carries its head and a restore brings it: the restored trail verifies, and an old copy put in place by hand does not', async () => {
    const d = await withRows(4);
    const { backups } = await app.ok('backup.now', {});
    const folder = (await app.ok('backup.list', {})).folder;
    const backupFile = path.join(folder, backups[0]!.file);
    const backupHead = readHeadFile(headFileOf(backupFile), app.signingKey.publicKey)!.head;
    // The head as it stood when the copy was made: the copy's last row.
    expect(backupHead.id).toBe(7);
    for (let i = 0; i < 10; i++) await app.ok('exchanges.get', { id: d.id });

    // Put in place by hand, the old copy is a trail cut short of the live head.
    const { dataDir, key } = app;
    const dbFile = path.join(dataDir, DATABASE_FILE);
    app.close();
    const liveBytes = fs.readFileSync(dbFile);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${dbFile}${suffix}`, { force: true });
    fs.copyFileSync(backupFile, dbFile);
    app = openTestApp({ dataDir, key });
    expect(verify(app)).toMatchObject({ ok: false, problem: 'avkortet', checked: 7, signedHeadId: 18 });
    app.close();
    fs.writeFileSync(dbFile, liveBytes);

    // Restored by the app, the backup's own head comes with it.
    app = openTestApp({ dataDir, key });
    expect(verify(app)).toMatchObject({ ok: true });
    const { copyOfPrevious } = await app.ok('backup.restore', { file: backups[0]!.file });
    expect(readHeadFile(headFileOf(path.join(folder, copyOfPrevious.file)), app.signingKey.publicKey)?.head.id).toBe(18);
    expect(readHeadFile(headFileOf(dbFile), app.signingKey.publicKey)?.head).toMatchObject({ id: backupHead.id + 1 });
    expect(verify(app)).toEqual({ ok: true, checked: backupHead.id + 1 });
    await app.ok('exchanges.get', { id: d.id });
    app.close();
    app = openTestApp({ dataDir, key });
    expect(verify(app)).toEqual({ ok: true, checked: backupHead.id + 2 });
  });

  it("(g) another installation's signing key does not verify the trail, and a trail continued under it records the break", async () => {
    const d = await withRows(3);
    const stranger = createSigningKey();
    expect(verifyAuditChain(app.db, stranger.publicKey)).toEqual({ ok: false, problem: 'endret', checked: 0, firstBadId: 1 });

    // The data folder opened with another key: the app writes on, but says so in the trail.
    const { dataDir, key } = app;
    app.close();
    fs.rmSync(path.join(dataDir, SIGNING_KEY_FILE));
    app = openTestApp({ dataDir, key });
    expect(fingerprint(app.signingKey.publicKey)).not.toBe(fingerprint(stranger.publicKey));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await app.integrityChecked()).toBe(true);
    await app.ok('exchanges.get', { id: d.id });
    expect(allRows(app).at(-2)).toMatchObject({ action: 'revisjonslogg.brudd', detail: '6' });
    expect(verify(app)).toMatchObject({ ok: false, problem: 'endret', firstBadId: 1 });
  });
});

describe('where the signing key lives', () => {
  const PASSPHRASE = 'Grønn trikk til Vålerenga 1987!';

  /** Every form the private key could be stored in. */
  function secretForms(k: SigningKey): Buffer[] {
    const seed = Buffer.from(k.privateKey.export({ format: 'jwk' }).d!, 'base64url');
    const pkcs8 = exportSigningKey(k);
    return [seed, Buffer.from(seed.toString('hex')), Buffer.from(seed.toString('base64')), Buffer.from(seed.toString('base64url')), Buffer.from(pkcs8.toString('base64'))];
  }
  const holds = (bytes: Buffer, k: SigningKey) => secretForms(k).some((s) => bytes.includes(s));

  it('(h) in browser mode: encrypted with the passphrase in the data folder, never in the database', async () => {
    const dataDir = tempDir();
    const signingKey = loadOrCreateSigningKey(dataDir, PASSPHRASE);
    expect(fs.readdirSync(dataDir)).toEqual([ENCRYPTED_SIGNING_KEY_FILE]);
    const stored = fs.readFileSync(path.join(dataDir, ENCRYPTED_SIGNING_KEY_FILE));
    expect(holds(stored, signingKey)).toBe(false);
    if (process.platform !== 'win32') expect(fs.statSync(path.join(dataDir, ENCRYPTED_SIGNING_KEY_FILE)).mode & 0o077).toBe(0);
    expect(fingerprint(loadOrCreateSigningKey(dataDir, PASSPHRASE).publicKey)).toBe(fingerprint(signingKey.publicKey));
    expect(() => loadOrCreateSigningKey(dataDir, `${PASSPHRASE}x`)).toThrow(expect.objectContaining({ code: 'FEIL_NOKKEL' }));

    // The database key made from the same passphrase opens the database, and nothing in it is the signing key.
    const key = loadOrCreateKey(dataDir, false, PASSPHRASE);
    const opened = openApp({ dataDir, key, signingKey, checkOutput: true });
    const setup = await opened.dispatch('setup.save', { district: 'stovner', coordinatorName: 'Kari Koordinator', coordinatorContact: 'kari@oslo.kommune.no' });
    expect(setup.ok).toBe(true);
    expect(await opened.dispatch('audit.verify', {})).toMatchObject({ data: { ok: true, checked: 2 } });
    opened.close();
    const db = openEncrypted({ file: path.join(dataDir, DATABASE_FILE), key }, true);
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
      for (const table of tables) {
        for (const row of db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]) {
          for (const v of Object.values(row)) {
            if (typeof v === 'string' || Buffer.isBuffer(v)) expect(holds(Buffer.from(v as string), signingKey), table).toBe(false);
          }
        }
      }
    } finally {
      db.close();
    }
  });

  it('(h) in Electron: sealed by the key store (safeStorage) in a file of its own, and refused, never replaced, when it cannot be unsealed', async () => {
    const dir = tempDir();
    const safeStorage = new FakeSafeStorage();
    const signingKey = await loadSealedSigningKey({ safeStorage, dir });
    expect(fs.readdirSync(dir)).toEqual([SEALED_SIGNING_KEY_FILE]);
    const sealed = fs.readFileSync(path.join(dir, SEALED_SIGNING_KEY_FILE));
    expect(holds(sealed, signingKey)).toBe(false);
    expect(fingerprint((await loadSealedSigningKey({ safeStorage, dir })).publicKey)).toBe(fingerprint(signingKey.publicKey));

    // Another user's key store cannot open it, and the file is left as it was.
    const otherUser = new FakeSafeStorage();
    otherUser.failDecrypt = true;
    await expect(loadSealedSigningKey({ safeStorage: otherUser, dir })).rejects.toSatisfy(
      (err: unknown) => err instanceof KeyStoreError && err.code === 'SIGNERINGSNOKKEL_ULESELIG',
    );
    expect(fs.readFileSync(path.join(dir, SEALED_SIGNING_KEY_FILE)).equals(sealed)).toBe(true);
  });
});
