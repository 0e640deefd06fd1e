import fs from 'node:fs';
import { openApp } from '../../src/main/app';
const dir = '/tmp/exp/full';
const key = Buffer.from(fs.readFileSync(`${dir}/database.key`, 'utf8').trim(), 'hex');
async function main() {
  const app = openApp({ dataDir: dir, key, now: () => new Date('2026-06-30T10:00:00Z') });
  const db = app.db;
  const ids = db.prepare('SELECT id FROM exchanges WHERE id % 97 = 0').pluck().all() as number[];
  const audit = db.prepare("INSERT INTO audit_log (id, at, actor, action, step, exchange_id, reference, detail, prev_hash, hash) VALUES ((SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0) + 1), 'x', 'a', 'apnet', NULL, NULL, NULL, NULL, 'p', 'h')");
  async function t(label: string, fn: (i: number) => unknown) { for (let i = 0; i < 5; i++) await fn(i); const ts: number[] = []; for (let i = 0; i < 40; i++) { const t0 = performance.now(); await fn(i); ts.push(performance.now() - t0); } ts.sort((a, b) => a - b); console.log(label.padEnd(30), 'p50', ts[20]!.toFixed(2), 'p95', ts[37]!.toFixed(2)); }
  await t('exchanges.get', (i) => app.dispatch('exchanges.get', { id: ids[i]! }));
  await t('exchanges.history', (i) => app.dispatch('exchanges.history', { id: ids[i]! }));
  await t('bare audit insert (fsync)', () => audit.run());
  const ctx = (app as any);
  await t('repo get (zod parse)', (i) => db.prepare('SELECT state FROM exchanges WHERE id = ?').pluck().get(ids[i]!));
  app.close();
}
void main();
