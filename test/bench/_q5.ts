import fs from 'node:fs';
import { openEncrypted } from '../../src/main/db/database';
import { listSql } from '../../src/main/repositories/exchange-list-sql';
import { listQuerySchema } from '../../src/shared/contract';
const dir = '/tmp/exp/full';
const key = Buffer.from(fs.readFileSync(`${dir}/database.key`, 'utf8').trim(), 'hex');
const db = openEncrypted({ file: `${dir}/bytteordning.db`, key });
if (process.env.CACHE) db.pragma(`cache_size = ${process.env.CACHE}`);
function bench(label: string, sql: string, params: any = {}) {
  const st = db.prepare(sql);
  st.all(params);
  const times: number[] = [];
  for (let i = 0; i < 10; i++) { const t0 = performance.now(); st.all(params); times.push(performance.now() - t0); }
  times.sort((a, b) => a - b);
  console.log(`${times[5]!.toFixed(2).padStart(8)} ms  ${label}`);
}
const ref = db.prepare('SELECT reference FROM exchanges WHERE id = 50000').pluck().get() as string;
const s = listSql(listQuerySchema.parse({ status: 'alle', search: ref.slice(6, 13) }), '2026-06-30');
bench('search count', s.countSql, s.params);
bench('search page', s.pageSql, s.params);
bench('autoindex count', `SELECT count(*) FROM exchanges INDEXED BY sqlite_autoindex_exchanges_1 WHERE instr(reference, @search) > 0`, s.params);
const d = listSql(listQuerySchema.parse({}), '2026-06-30');
bench('default count', d.countSql, d.params);
bench('default page', d.pageSql, d.params);
const p = listSql(listQuerySchema.parse({ status: 'alle', partner: 'alna', step: 'visning' }), '2026-06-30');
bench('rare count', p.countSql, p.params);
bench('rare page', p.pageSql, p.params);
console.log(db.pragma('cache_size'), db.prepare("select count(*) from dbstat where name like 'exchanges_list%'").pluck().get());
