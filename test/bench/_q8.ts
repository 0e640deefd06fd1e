import fs from 'node:fs';
import { openApp } from '../../src/main/app';
import { openEncrypted } from '../../src/main/db/database';
import { listSql } from '../../src/main/repositories/exchange-list-sql';
import { listQuerySchema } from '../../src/shared/contract';
const dir = '/tmp/exp/full';
const key = Buffer.from(fs.readFileSync(`${dir}/database.key`, 'utf8').trim(), 'hex');
function bench(db: any, label: string, sql: string, params: any = {}) {
  const st = db.prepare(sql);
  st.all(params);
  const times: number[] = [];
  for (let i = 0; i < 10; i++) { const t0 = performance.now(); st.all(params); times.push(performance.now() - t0); }
  times.sort((a, b) => a - b);
  console.log(`${times[5]!.toFixed(2).padStart(8)} ms  ${label}`);
}
const mode = process.argv[2];
const db = mode === 'app' ? openApp({ dataDir: dir, key, now: () => new Date('2026-06-30T10:00:00Z') }).db : openEncrypted({ file: `${dir}/bytteordning.db`, key });
for (const p of ['secure_delete', 'foreign_keys', 'journal_mode', 'synchronous', 'cache_size', 'mmap_size', 'temp_store', 'cipher_memory_security', 'cipher_page_size', 'kdf_iter', 'cipher_hmac_algorithm']) { try { console.log(p, JSON.stringify(db.pragma(p))); } catch (e) { console.log(p, 'n/a'); } }
const ref = db.prepare('SELECT reference FROM exchanges WHERE id = 50000').pluck().get() as string;
const s = listSql(listQuerySchema.parse({ status: 'alle', search: ref.slice(6, 13) }), '2026-06-30');
bench(db, 'search count', s.countSql, s.params);
bench(db, 'search page', s.pageSql, s.params);
