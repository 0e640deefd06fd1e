import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, openApp } from '../../src/main/app';
import { AppError, ERROR_MESSAGES } from '../../src/shared/errors';
import { kandidat, profil } from '../support/fixtures';
import { openTestApp, setUpAs, type TestApp, tempDir } from '../support/test-app';

let app: TestApp;
afterEach(() => app?.close());

/** A sentence that exists only in this test's profile. */
const MARKER = 'Markørtekst-9c41 liker akvarellmaling og lange turer';

function contains(file: string, text: string): boolean {
  return fs.existsSync(file) && fs.readFileSync(file).includes(Buffer.from(text, 'utf8'));
}

/** The folder's files and a hash of each: "unchanged" means this is equal before and after. */
function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((n) => fs.statSync(path.join(dir, n)).isFile())
      .sort()
      .map((n) => [n, createHash('sha256').update(fs.readFileSync(path.join(dir, n))).digest('hex')]),
  );
}

async function withProfile(a: TestApp) {
  await setUpAs(a);
  const d = await a.ok('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
  await a.ok('exchanges.act', { id: d.id, action: { type: 'brukerprofil.lagre', profil: { ...profil, annet: MARKER }, avvisteFunn: [] } });
}

describe('encryption at rest', () => {
  it('the search would find the text in an unencrypted database (the control)', () => {
    const file = path.join(tempDir(), 'klartekst.db');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x TEXT)');
    db.prepare('INSERT INTO t VALUES (?)').run(MARKER);
    db.close();
    expect(contains(file, MARKER)).toBe(true);
  });

  it('no profile text in plain bytes: not in the database file, not in its WAL, open or closed', async () => {
    app = openTestApp();
    await withProfile(app);
    const file = path.join(app.dataDir, DATABASE_FILE);
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0); // the write is (also) in the WAL now
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(contains(f, MARKER), f).toBe(false);
    expect(contains(`${file}-wal`, 'BYTTE-')).toBe(false);
    app.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(contains(file, MARKER)).toBe(false);
    app.close();
    expect(contains(file, MARKER)).toBe(false);
    expect(contains(file, profil.bosituasjonKommentar!)).toBe(false);
  });

  it('a wrong key is refused with FEIL_NOKKEL and changes nothing: no crash, no new empty database', async () => {
    app = openTestApp();
    await withProfile(app);
    const { dataDir, key } = app;
    app.close();
    const before = fingerprint(dataDir);
    let thrown: unknown;
    try {
      openApp({ dataDir, key: randomBytes(32), signingKey: app.signingKey });
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ code: 'FEIL_NOKKEL', message: ERROR_MESSAGES.FEIL_NOKKEL });
    expect(fingerprint(dataDir)).toEqual(before);
    // The right key still opens it, with everything there.
    app = openTestApp({ dataDir, key });
    expect(app.count('exchanges')).toBe(1);
  });

  it('the same holds for a database left with its WAL after a crash', async () => {
    app = openTestApp();
    await withProfile(app);
    // A copy of the files while the app is open is what a killed process leaves behind.
    const crashed = tempDir();
    for (const n of fs.readdirSync(app.dataDir)) {
      if (n.startsWith(DATABASE_FILE)) fs.copyFileSync(path.join(app.dataDir, n), path.join(crashed, n));
    }
    // The -shm file is SQLite's rebuildable index of the WAL, no data: opening may rewrite it.
    const data = (dir: string) => Object.fromEntries(Object.entries(fingerprint(dir)).filter(([n]) => !n.endsWith('-shm')));
    const before = data(crashed);
    expect(Object.keys(before)).toEqual([DATABASE_FILE, `${DATABASE_FILE}-wal`]);
    expect(() => openApp({ dataDir: crashed, key: randomBytes(32), signingKey: app.signingKey })).toThrow(expect.objectContaining({ code: 'FEIL_NOKKEL' }));
    expect(data(crashed)).toEqual(before);
    const recovered = openTestApp({ dataDir: crashed, key: app.key });
    expect(recovered.count('exchanges')).toBe(1);
    recovered.close();
  });
});
