import fs from 'node:fs';
import { openApp } from '../../src/main/app';
import { listSql, preparedList } from '../../src/main/repositories/exchange-list-sql';
import { listQuerySchema } from '../../src/shared/contract';
const dir = '/tmp/exp/full';
const key = Buffer.from(fs.readFileSync(`${dir}/database.key`, 'utf8').trim(), 'hex');
const app = openApp({ dataDir: dir, key, now: () => new Date('2026-06-30T10:00:00Z') });
const db = app.db;
const ref = db.prepare('SELECT reference FROM exchanges WHERE id = 50000').pluck().get() as string;
const { countSql, params } = listSql(listQuerySchema.parse({ status: 'alle', search: ref.slice(6, 13) }), '2026-06-30');
function t(label: string, fn: () => unknown) { fn(); const ts: number[] = []; for (let i = 0; i < 7; i++) { const t0 = performance.now(); fn(); ts.push(performance.now() - t0); } ts.sort((a, b) => a - b); console.log(label, ts[3]!.toFixed(1)); }
const a = db.prepare(countSql); t('plain all', () => a.all(params));
t('cached', () => preparedList(db, countSql).get(params));
t('plain all again', () => a.all(params));
console.log(countSql, params);
app.close();
