import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { DATABASE_FILE, openApp } from '../../src/main/app';
import { openDatabase } from '../../src/main/db/database';
import { KEY_FILE, loadOrCreateSigningKey } from '../../src/main/web/key-file';
import { DISTRICTS } from '../../src/shared/districts';
import type { Settings } from '../../src/shared/settings';
import { seedRow, type SeedPlan } from './generate';

export interface SeedResult {
  dataDir: string;
  key: Buffer;
  settings: Settings;
  exchanges: number;
  events: number;
  seconds: number;
}

const MARKER = 'bench-seed.json';
const BATCH = 5_000;

async function ok(app: ReturnType<typeof openApp>, channel: string, input: unknown): Promise<unknown> {
  const r = await app.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.data;
}

/**
 * A browser-mode data folder (database and key file) with the plan's exchanges and events.
 * Settings and pairs go through the app, as a coordinator would set them; the cases are
 * bulk-inserted with prepared statements in large transactions, exactly as the repository
 * would have stored them. A folder seeded with the same plan before is reused.
 */
export async function seed(dataDir: string, plan: Omit<SeedPlan, 'settings'>, log: (s: string) => void): Promise<SeedResult> {
  const markerFile = path.join(dataDir, MARKER);
  const keyFile = path.join(dataDir, KEY_FILE);
  if (fs.existsSync(markerFile)) {
    const m = JSON.parse(fs.readFileSync(markerFile, 'utf8')) as Omit<SeedResult, 'key' | 'dataDir'> & { plan: unknown };
    if (JSON.stringify(m.plan) === JSON.stringify(plan)) {
      log(`Gjenbruker seedet database i ${dataDir}`);
      return { ...m, dataDir, key: Buffer.from(fs.readFileSync(keyFile, 'utf8').trim(), 'hex') };
    }
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const started = performance.now();
  const key = randomBytes(32);
  fs.writeFileSync(keyFile, key.toString('hex'), { mode: 0o600 });

  const app = openApp({ dataDir, key, signingKey: loadOrCreateSigningKey(dataDir), now: () => new Date(`${plan.today}T08:00:00Z`), checkOutput: false });
  const settings = (await ok(app, 'setup.save', { district: 'stovner', coordinatorName: 'Kari Koordinator', coordinatorContact: 'bolig@bydel-stovner.oslo.kommune.no' })) as Settings;
  // Seeded years must outlive retention, or the first start would delete most of them.
  await app.dispatch('retention.saveSettings', { closedMonths: 120, refusedMonths: 120 });
  for (const d of DISTRICTS) {
    if (d.id !== settings.district) await ok(app, 'pairs.save', { districtA: settings.district, districtB: d.id, active: true });
  }
  app.close();

  const db = openDatabase({ file: path.join(dataDir, DATABASE_FILE), key });
  // Seeding only: a crash means seeding again, so skip the per-commit sync.
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  const insertExchange = db.prepare(`
    INSERT INTO exchanges (reference, direction, partner_district, status, outcome, current_step, next_action, next_side,
      due_date, malgruppe, state, created_at, updated_at, closed_at)
    VALUES (@reference, @direction, @partner, @status, @outcome, @currentStep, @nextAction, @nextSide,
      @dueDate, @malgruppe, @state, @createdAt, @updatedAt, @closedAt)`);
  const insertEvent = db.prepare('INSERT INTO events (exchange_id, at, actor, action, step, summary) VALUES (?, ?, ?, ?, ?, ?)');
  const full: SeedPlan = { ...plan, settings };
  let events = 0;
  const insertBatch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const row = seedRow(full, i, events);
      const id = insertExchange.run(row.exchange).lastInsertRowid;
      for (const e of row.events) insertEvent.run(id, e.at, e.actor, e.action, e.step, e.summary);
      events += row.events.length;
    }
  });
  for (let from = 0; from < plan.exchanges; from += BATCH) {
    insertBatch(from, Math.min(plan.exchanges, from + BATCH));
    if ((from / BATCH) % 4 === 3) log(`  ${Math.min(plan.exchanges, from + BATCH).toLocaleString('nb-NO')} bytter seedet …`);
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();

  const result = { dataDir, key, settings, exchanges: plan.exchanges, events, seconds: (performance.now() - started) / 1000 };
  const { key: _key, dataDir: _dir, ...marker } = result;
  fs.writeFileSync(markerFile, JSON.stringify({ ...marker, plan }));
  return result;
}
