import fs from 'node:fs';
import { openEncrypted } from '../../src/main/db/database';
const dir = '/tmp/exp/full';
const key = Buffer.from(fs.readFileSync(`${dir}/database.key`, 'utf8').trim(), 'hex');
const db = openEncrypted({ file: `${dir}/bytteordning.db`, key });
console.log(db.prepare("select name, count(*) pages, sum(pgsize)/1048576.0 mb from dbstat group by name order by 2 desc").all());
