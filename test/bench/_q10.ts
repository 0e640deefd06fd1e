import fs from 'node:fs';
import { openEncrypted } from '../../src/main/db/database';
import { listSql } from '../../src/main/repositories/exchange-list-sql';
import { listQuerySchema } from '../../src/shared/contract';
const dir = '/tmp/exp/full';
const key = Buffer.from(fs.readFileSync(`${dir}/database.key`, 'utf8').trim(), 'hex');
const db = openEncrypted({ file: `${dir}/bytteordning.db`, key });
const ref = db.prepare('SELECT reference FROM exchanges WHERE id = 50000').pluck().get() as string;
const { countSql, params } = listSql(listQuerySchema.parse({ status: 'alle', search: ref.slice(6, 13) }), '2026-06-30');
function t(label: string, fn: () => unknown) { fn(); const ts: number[] = []; for (let i = 0; i < 7; i++) { const t0 = performance.now(); fn(); ts.push(performance.now() - t0); } ts.sort((a, b) => a - b); console.log(label, ts[3]!.toFixed(1)); }
const a = db.prepare(countSql); t('all', () => a.all(params));
const b = db.prepare(countSql); t('get', () => b.get(params));
const c = db.prepare(countSql).pluck(); t('pluck get', () => c.get(params));
const d = db.prepare(countSql); t('all w/o extra params', () => d.all({ search: params.search }));
const e = db.prepare(countSql); t('get w/o extra params', () => e.get({ search: params.search }));
