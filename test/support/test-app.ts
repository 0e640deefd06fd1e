import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type App, openApp } from '../../src/main/app';
import type { SigningKey } from '../../src/main/identity/signing-key';
import { loadOrCreateSigningKey } from '../../src/main/web/key-file';
import type { Channel, ChannelInput, ChannelOutput } from '../../src/shared/contract';

export interface TestApp extends App {
  dataDir: string;
  key: Buffer;
  /** The installation's signing key: browser mode's file in the data folder, so a reopened folder keeps its key. */
  signingKey: SigningKey;
  /** Calls a channel and returns its data; fails the test with main's message on a refusal. */
  ok<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /** Moves the app's clock. */
  setNow(iso: string): void;
  count(table: string): number;
}

export function tempDir(prefix = 'bytteordning-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A real app on a real encrypted SQLite file in its own temp folder. */
export function openTestApp(options: { dataDir?: string; key?: Buffer; now?: string } = {}): TestApp {
  const dataDir = options.dataDir ?? tempDir();
  const key = options.key ?? randomBytes(32);
  const signingKey = loadOrCreateSigningKey(dataDir);
  // The fixture routine's last day: every fact it registers has happened by then.
  let now = new Date(options.now ?? '2026-05-06T09:00:00Z');
  const app = openApp({ dataDir, key, signingKey, now: () => now, checkOutput: true });
  return {
    ...app,
    // A getter, as on the app: a restore swaps the database underneath.
    get db() {
      return app.db;
    },
    dataDir,
    key,
    signingKey,
    async ok(channel, input) {
      const r = await app.dispatch(channel, input);
      if (!r.ok) throw new Error(`${channel} refused: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.fields ?? [])}`);
      return r.data as never;
    },
    setNow(iso) {
      now = new Date(iso);
    },
    count(table) {
      return (app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    },
  };
}

export async function setUpAs(app: TestApp, district: 'stovner' | 'grunerlokka' = 'stovner') {
  return app.ok('setup.save', {
    district,
    coordinatorName: district === 'stovner' ? 'Kari Koordinator' : 'Per Koordinator',
    coordinatorContact: `bolig@bydel-${district}.oslo.kommune.no`,
  });
}
