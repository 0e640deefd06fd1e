import fs from 'node:fs';
import { openApp } from '../../src/main/app';
const dir = '/tmp/exp/full';
const key = Buffer.from(fs.readFileSync(`${dir}/database.key`, 'utf8').trim(), 'hex');
async function main() {
  const app = openApp({ dataDir: dir, key, now: () => new Date('2026-06-30T10:00:00Z') }); if (process.env.CACHE) app.db.pragma(`cache_size = ${process.env.CACHE}`);
  console.log('cache', app.db.pragma('cache_size'));
  const ref = app.db.prepare('SELECT reference FROM exchanges WHERE id = 50000').pluck().get() as string;
  async function t(label: string, channel: string, input: unknown) {
    const times: number[] = [];
    for (let i = 0; i < 30; i++) { const t0 = performance.now(); const r = await app.dispatch(channel, input); if (!r.ok) throw new Error(JSON.stringify(r)); times.push(performance.now() - t0); }
    times.sort((a, b) => a - b);
    console.log(label, 'p50', times[15]!.toFixed(1), 'p95', times[28]!.toFixed(1));
  }
  await t('search', 'exchanges.list', { status: 'alle', search: ref.slice(6, 13) });
  await t('pilot', 'stats.pilot', { from: '2025-01-01', to: '2025-12-31' });
  await t('balance', 'stats.balance', { from: '2025-01-01', to: '2025-12-31' });
  await t('default', 'exchanges.list', {});
  app.close();
}
void main();
