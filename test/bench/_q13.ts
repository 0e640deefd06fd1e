import fs from 'node:fs';
import { openApp } from '../../src/main/app';
import { listSql, preparedList } from '../../src/main/repositories/exchange-list-sql';
import { listQuerySchema } from '../../src/shared/contract';
const dir = '/tmp/exp/full';
const key = Buffer.from(fs.readFileSync(`${dir}/database.key`, 'utf8').trim(), 'hex');
async function main() {
  const app = openApp({ dataDir: dir, key, now: () => new Date('2026-06-30T10:00:00Z') });
  const db = app.db;
  const ref = db.prepare('SELECT reference FROM exchanges WHERE id = 50000').pluck().get() as string;
  const q = { status: 'alle' as const, search: ref.slice(6, 13) };
  for (let i = 0; i < 5; i++) {
    let t0 = performance.now();
    const { countSql, pageSql, params } = listSql(listQuerySchema.parse(q), '2026-06-30');
    const t1 = performance.now();
    const total = preparedList(db, countSql).get(params);
    const t2 = performance.now();
    const ids = preparedList(db, pageSql).all(params);
    const t3 = performance.now();
    const r = 0;
    const t4 = performance.now();
    console.log('sql', (t1 - t0).toFixed(1), 'count', (t2 - t1).toFixed(1), 'page', (t3 - t2).toFixed(1), 'dispatch', (t4 - t3).toFixed(1), total, ids);
  }
  app.close();
}
void main();
