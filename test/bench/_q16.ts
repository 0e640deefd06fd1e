import fs from 'node:fs';
import { openEncrypted } from '../../src/main/db/database';
import { STATS_SQL, statsParams } from '../../src/main/stats/stats-repository';
import { spreadOf } from '../../src/shared/stats/percentiles';
const dir = '/tmp/exp/full';
const key = Buffer.from(fs.readFileSync(`${dir}/database.key`, 'utf8').trim(), 'hex');
const db = openEncrypted({ file: `${dir}/bytteordning.db`, key });
db.pragma('cache_size = -65536');
const p = statsParams({ from: '2025-01-01', to: '2025-12-31' });
function t(label: string, fn: () => unknown) { fn(); const ts: number[] = []; let n: unknown; for (let i = 0; i < 9; i++) { const t0 = performance.now(); n = fn(); ts.push(performance.now() - t0); } ts.sort((a, b) => a - b); console.log(label.padEnd(14), ts[4]!.toFixed(2), Array.isArray(n) ? n.length : n); }
for (const [k, sql] of Object.entries({ started: STATS_SQL.started, closed: STATS_SQL.closed, refusals: STATS_SQL.refusals, declined: STATS_SQL.declined, ...STATS_SQL.durations })) {
  const st = db.prepare(sql); if (k in STATS_SQL.durations) st.pluck();
  t(k, () => st.all(p));
}
const vals = db.prepare(STATS_SQL.durations.svar).pluck().all(p) as number[];
t('spreadOf', () => spreadOf(vals));
