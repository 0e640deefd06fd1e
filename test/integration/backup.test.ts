import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_FILE } from '../../src/main/app';
import { verifyAuditChain } from '../../src/main/audit/chain';
import { headFileOf } from '../../src/main/audit/head';
import { listBackups } from '../../src/main/db/backup';
import { DEFAULT_BACKUP_FOLDER } from '../../src/main/db/backup-config';
import { openEncrypted } from '../../src/main/db/database';
import { LATEST_VERSION } from '../../src/main/db/migrations';
import { schedule } from '../../src/main/maintenance';
import { restoreBeforeStart } from '../../src/main/restore-before-start';
import { recoveryHelp } from '../../src/main/web/recovery';
import { fullRoutine, kandidat, profil } from '../support/fixtures';
import { dumpTables } from '../support/db-dump';
import { openTestApp, setUpAs, type TestApp, tempDir } from '../support/test-app';

let app: TestApp;
afterEach(() => app?.close());

const folderOf = (a: TestApp) => path.join(a.dataDir, DEFAULT_BACKUP_FOLDER);

/** Exchanges answered yes: the app's clock must be on or after the answer (15.03.2026). */
async function withCases(a: TestApp, n = 2) {
  await setUpAs(a);
  for (let i = 0; i < n; i++) {
    const d = await a.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
    for (const action of fullRoutine().slice(0, 4)) await a.ok('exchanges.act', { id: d.id, action });
  }
}

/** Overwrites bytes inside a page past the header: the page's HMAC no longer matches. */
function damage(file: string, page = 2): void {
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.from('skadet!skadet!skadet!'), 0, 21, page * 4096 + 200);
  fs.closeSync(fd);
}

describe('backups', () => {
  it('are encrypted with the same key: unreadable without it, whole with it', async () => {
    app = openTestApp();
    await withCases(app);
    const { backups } = await app.ok('backup.now', {});
    const file = path.join(folderOf(app), backups[0]!.file);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toContain('SQLite format 3');
    expect(bytes.includes(Buffer.from(profil.bosituasjonKommentar!))).toBe(false);
    expect(bytes.includes(Buffer.from('BYTTE-'))).toBe(false);
    expect(() => new Database(file).prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
    expect(() => openEncrypted({ file, key: randomBytes(32) }, true)).toThrow(expect.objectContaining({ code: 'FEIL_NOKKEL' }));
    const copy = openEncrypted({ file, key: app.key }, true);
    expect(copy.prepare('SELECT count(*) AS n FROM exchanges').get()).toEqual({ n: 2 });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    expect(fs.statSync(file).mode & 0o077).toBe(0);
  });

  it('restore brings back exactly the backed-up state, keeps a copy of the current one, and the app carries on', async () => {
    app = openTestApp({ now: '2026-11-02T09:00:00Z' });
    await withCases(app);
    const backedUp = dumpTables(app.db);
    const { backups } = await app.ok('backup.now', {});
    const file = backups[0]!.file;

    app.setNow('2026-11-03T10:00:00Z');
    const later = await app.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
    await app.ok('exchanges.act', { id: 1, action: fullRoutine()[4]! });
    await app.ok('retention.saveSettings', { closedMonths: 6, refusedMonths: 1 });
    const changed = dumpTables(app.db);

    const r = await app.ok('backup.restore', { file });
    expect(r.restored.file).toBe(file);
    expect(r.copyOfPrevious).toMatchObject({ kind: 'gjenoppretting', createdAt: '2026-11-03T10:00:00.000Z' });

    const restored = dumpTables(app.db);
    const { audit_log: restoredLog, ...restoredData } = restored;
    const { audit_log: backedUpLog, ...backedUpData } = backedUp;
    expect(restoredData).toEqual(backedUpData);
    // The log is the backup's, continued by the restore itself.
    expect(restoredLog!.slice(0, -1)).toEqual(backedUpLog);
    expect(restoredLog!.at(-1)).toMatchObject({ action: 'sikkerhetskopi.gjenopprettet', detail: file });
    expect(verifyAuditChain(app.db, app.signingKey.publicKey)).toMatchObject({ ok: true });
    expect(await app.dispatch('exchanges.get', { id: later.id })).toMatchObject({ ok: false, error: { code: 'BYTTE_FINNES_IKKE' } });

    // The app works on the restored database, through every path.
    expect((await app.ok('exchanges.list', { status: 'alle' })).total).toBe(2);
    await app.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
    expect(app.count('exchanges')).toBe(3);

    // And the restore can be undone from the copy it kept.
    await app.ok('backup.restore', { file: r.copyOfPrevious.file });
    const { audit_log: _a, ...undone } = dumpTables(app.db);
    const { audit_log: _b, ...changedData } = changed;
    expect(undone).toEqual(changedData);
  });

  it('refuses a damaged backup, one made with another key, and one that is no database, changing nothing', async () => {
    app = openTestApp();
    await withCases(app);
    const folder = folderOf(app);
    const { backups } = await app.ok('backup.now', {});
    const damaged = backups[0]!.file;
    damage(path.join(folder, damaged));

    const other = openTestApp({ now: '2026-04-01T00:00:00Z' });
    await withCases(other, 1);
    const otherFile = (await other.ok('backup.now', {})).backups[0]!.file;
    other.close();
    fs.copyFileSync(path.join(folderOf(other), otherFile), path.join(folder, otherFile));
    const junk = 'bytteordning-2025-12-31T23-00-00-000Z-manuell.db';
    fs.writeFileSync(path.join(folder, junk), randomBytes(8192));

    const before = dumpTables(app.db);
    const listed = (await app.ok('backup.list', {})).backups.length;
    for (const file of [damaged, otherFile, junk]) {
      expect(await app.dispatch('backup.restore', { file })).toMatchObject({ ok: false, error: { code: 'SIKKERHETSKOPI_UGYLDIG' } });
    }
    expect(dumpTables(app.db)).toEqual(before);
    expect((await app.ok('backup.list', {})).backups).toHaveLength(listed);
    expect(fs.readdirSync(app.dataDir).filter((n) => n.includes('gjenoppretting'))).toEqual([]);
  });

  it('restores only a listed backup, by name', async () => {
    app = openTestApp();
    await withCases(app, 1);
    expect(await app.dispatch('backup.restore', { file: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'UGYLDIG_INNDATA' } });
    expect(await app.dispatch('backup.restore', { file: 'bytteordning-2020-01-01T00-00-00-000Z-manuell.db' })).toMatchObject({
      ok: false,
      error: { code: 'SIKKERHETSKOPI_FINNES_IKKE' },
    });
  });

  it('keeps the newest N, in a folder of the coordinator\'s choice', async () => {
    app = openTestApp({ now: '2026-11-02T09:00:00Z' });
    await withCases(app, 1);
    const folder = path.join(tempDir('kopier-'), 'Sikkerhetskopier Bytteordning');
    const saved = await app.ok('backup.saveSettings', { folder, keep: 3 });
    expect(saved).toMatchObject({ folder, keep: 3, backups: [] });
    for (const at of ['2026-11-02T10:00:00Z', '2026-11-02T11:00:00Z', '2026-11-02T11:00:00Z', '2026-11-02T12:00:00Z', '2026-11-02T13:00:00Z']) {
      app.setNow(at);
      await app.ok('backup.now', {});
    }
    const list = (await app.ok('backup.list', {})).backups;
    expect(list.map((b) => b.file)).toEqual([
      'bytteordning-2026-11-02T13-00-00-000Z-manuell.db',
      'bytteordning-2026-11-02T12-00-00-000Z-manuell.db',
      'bytteordning-2026-11-02T11-00-00-000Z-manuell-2.db',
    ]);
    // Each kept backup with the audit trail's signed head beside it; a pruned one goes with its head.
    expect(fs.readdirSync(folder).sort()).toEqual(list.flatMap((b) => [b.file, headFileOf(b.file)]).sort());
    expect(list.every((b) => b.bytes > 0)).toBe(true);

    expect(await app.dispatch('backup.saveSettings', { folder: 'relativ/mappe', keep: 3 })).toMatchObject({ ok: false, error: { code: 'UGYLDIG_INNDATA' } });
    expect(await app.dispatch('backup.saveSettings', { folder, keep: 0 })).toMatchObject({ ok: false, error: { code: 'UGYLDIG_INNDATA' } });
    const notAFolder = path.join(tempDir(), 'fil');
    fs.writeFileSync(notAFolder, '');
    expect(await app.dispatch('backup.saveSettings', { folder: notAFolder, keep: 3 })).toMatchObject({ ok: false, error: { code: 'SIKKERHETSKOPI_FEILET' } });
  });

  it('are made automatically at start once there is data, then when the newest is a day old', async () => {
    app = openTestApp({ now: '2026-11-02T09:00:00Z' });
    const { dataDir, key } = app;
    expect(listBackups(folderOf(app))).toEqual([]); // nothing to protect before setup
    await withCases(app, 1);
    app.close();

    const reopen = async (now: string) => {
      app = openTestApp({ dataDir, key, now });
      // The check runs in a worker first, then the backup (in another); the app answers meanwhile.
      await app.maintenance();
      const list = listBackups(folderOf(app));
      app.close();
      return list;
    };
    expect((await reopen('2026-11-02T10:00:00Z')).map((b) => b.kind)).toEqual(['automatisk']);
    expect(await reopen('2026-11-03T09:59:00Z')).toHaveLength(1);
    expect((await reopen('2026-11-03T10:00:00Z')).map((b) => b.createdAt)).toEqual(['2026-11-03T10:00:00.000Z', '2026-11-02T10:00:00.000Z']);
    app = openTestApp({ dataDir, key, now: '2026-11-03T11:00:00Z' });
    const log = app.db.prepare("SELECT actor FROM audit_log WHERE action = 'sikkerhetskopi.laget'").all();
    expect(log).toEqual([{ actor: 'Bytteordning (automatisk)' }, { actor: 'Bytteordning (automatisk)' }]);
  });

  it('the maintenance timer runs hourly and stops with the app', () => {
    vi.useFakeTimers();
    try {
      const task = vi.fn();
      const stop = schedule(task, 1000);
      vi.advanceTimersByTime(3500);
      expect(task).toHaveBeenCalledTimes(3);
      stop();
      vi.advanceTimersByTime(5000);
      expect(task).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('cannot be taken or restored in training mode', async () => {
    app = openTestApp();
    await withCases(app, 1);
    await app.ok('training.set', { active: true });
    expect(await app.dispatch('backup.now', {})).toMatchObject({ ok: false, error: { code: 'IKKE_I_OVINGSMODUS' } });
    expect(await app.dispatch('backup.saveSettings', { folder: tempDir(), keep: 5 })).toMatchObject({ ok: false, error: { code: 'IKKE_I_OVINGSMODUS' } });
  });
});

describe('integrity at start', () => {
  async function damagedWithBackup() {
    app = openTestApp({ now: '2026-11-02T09:00:00Z' });
    const { dataDir, key, signingKey } = app;
    await withCases(app);
    const { backups } = await app.ok('backup.now', {});
    const backedUp = dumpTables(app.db);
    app.close();
    const dbFile = path.join(dataDir, DATABASE_FILE);
    damage(dbFile, 3);
    return { dataDir, key, signingKey, dbFile, backup: backups[0]!, backedUp, damagedBytes: fs.readFileSync(dbFile) };
  }

  it('a damaged database is found by the check in the background: every write is refused, the backups stay reachable and a restore carries on', async () => {
    const { dataDir, key, dbFile, backup, backedUp, damagedBytes } = await damagedWithBackup();
    app = openTestApp({ dataDir, key, now: '2026-11-04T08:00:00Z' });
    // Sent before the check has finished: it waits for the check, then is refused.
    const early = app.dispatch('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
    expect(await app.integrityChecked()).toBe(false);
    expect(await early).toMatchObject({ ok: false, error: { code: 'DATABASE_SKADET', message: expect.stringContaining('Saksdatabasen er skadet') } });
    expect(await app.dispatch('setup.get', {})).toMatchObject({ ok: false, error: { code: 'DATABASE_SKADET' } });
    expect(await app.dispatch('exchanges.list', {})).toMatchObject({ ok: false, error: { code: 'DATABASE_SKADET' } });
    await app.maintenance(); // no backup of a damaged file, no retention on it
    expect(fs.readFileSync(dbFile).equals(damagedBytes)).toBe(true); // nothing was written to it

    // The way out, in the app: the backups are listed and one is restored.
    const overview = await app.ok('backup.list', {});
    expect(overview.backups.map((b) => b.file)).toEqual([backup.file]);
    const { copyOfPrevious } = await app.ok('backup.restore', { file: backup.file });
    expect(await app.integrityChecked()).toBe(true);
    const { audit_log: log, ...data } = dumpTables(app.db);
    const { audit_log: _l, ...backedUpData } = backedUp;
    expect(data).toEqual(backedUpData);
    expect(log!.at(-1)).toMatchObject({ action: 'sikkerhetskopi.gjenopprettet', detail: backup.file });
    expect(fs.readFileSync(path.join(folderOf(app), copyOfPrevious.file)).equals(damagedBytes)).toBe(true);
    await app.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
    expect(verifyAuditChain(app.db, app.signingKey.publicKey)).toMatchObject({ ok: true });
  });

  it('browser mode prints the backups and restores one from the command line', async () => {
    const { dataDir, key, signingKey, backup, backedUp, damagedBytes } = await damagedWithBackup();
    const help = recoveryHelp(dataDir);
    expect(help).toContain('Saksdatabasen er skadet');
    expect(help).toContain(backup.file);
    expect(help).toContain(`--restore ${backup.file}`);

    const actor = 'Gjenoppretting fra kommandolinjen';
    expect(() => restoreBeforeStart(dataDir, { file: 'finnes-ikke.db', key, signingKey, now: new Date(), actor, instance: 'nettlesermodus' })).toThrow(expect.objectContaining({ code: 'SIKKERHETSKOPI_FINNES_IKKE' }));
    const said = restoreBeforeStart(dataDir, { file: backup.file, key, signingKey, now: new Date('2026-11-04T08:00:00Z'), actor, instance: 'nettlesermodus' });
    expect(said).toMatch(/^Databasen er gjenopprettet fra bytteordning-.*\. Den forrige databasen er tatt vare på som bytteordning-2026-11-04T08-00-00-000Z-gjenoppretting\.db/);

    app = openTestApp({ dataDir, key, now: '2026-11-04T08:00:00Z' });
    expect(await app.integrityChecked()).toBe(true);
    const { audit_log: log, ...data } = dumpTables(app.db);
    const { audit_log: _l, ...backedUpData } = backedUp;
    expect(data).toEqual(backedUpData);
    expect(log!.at(-1)).toMatchObject({ action: 'sikkerhetskopi.gjenopprettet', actor: 'Gjenoppretting fra kommandolinjen' });
    expect(verifyAuditChain(app.db, app.signingKey.publicKey)).toMatchObject({ ok: true });
    // The damaged database was kept, byte for byte.
    const kept = listBackups(folderOf(app)).find((b) => b.kind === 'gjenoppretting')!;
    expect(fs.readFileSync(path.join(folderOf(app), kept.file)).equals(damagedBytes)).toBe(true);
  });

  it('a damaged file that needs migrating is refused as it opens, before anything is written', async () => {
    const { dataDir, key, dbFile, damagedBytes } = await damagedWithBackup();
    // As after an update of the app: the file is one schema version behind.
    const db = openEncrypted({ file: dbFile, key });
    db.pragma(`user_version = ${LATEST_VERSION - 1}`);
    db.close();
    const older = fs.readFileSync(dbFile);
    expect(older.subarray(4096 * 3, 4096 * 4).equals(damagedBytes.subarray(4096 * 3, 4096 * 4))).toBe(true);
    expect(() => openTestApp({ dataDir, key })).toThrow(expect.objectContaining({ code: 'DATABASE_SKADET' }));
    expect(fs.readFileSync(dbFile).equals(older)).toBe(true);
  });

  it('with no backups, says so and where the data is', () => {
    const dataDir = tempDir();
    expect(recoveryHelp(dataDir)).toContain('Fant ingen sikkerhetskopier');
  });
});
