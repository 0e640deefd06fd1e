import fs from 'node:fs';
import { openEncrypted } from '../../src/main/db/database';
const dir = '/tmp/exp/full';
const key = Buffer.from(fs.readFileSync(`${dir}/database.key`, 'utf8').trim(), 'hex');
const db = openEncrypted({ file: `${dir}/bytteordning.db`, key });
console.log(db.prepare('select count(*) from exchanges').pluck().get(), db.prepare('select count(*) from audit_log').pluck().get(), db.prepare('select retention from settings').all());
console.log(db.prepare("select action, count(*) from audit_log group by 1").all());
