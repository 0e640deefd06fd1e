/**
 * A child process for the crash-safety test: opens the app on a data folder and writes
 * exchanges in a loop, printing one acknowledgement line per committed write, until killed.
 *
 *   node --import tsx test/support/crash-writer.ts <dataDir> <key as hex>
 *
 * Each loop creates an exchange (ACK C <reference>), then saves its profile (ACK U <reference>).
 * stdout is a pipe, and writes to pipes are synchronous on Linux and macOS: a line the parent
 * reads was written after the commit it reports.
 */
import { openApp } from '../../src/main/app';
import { kandidat, profil } from '../../src/main/training/scenarios';
import { loadOrCreateSigningKey } from '../../src/main/web/key-file';

const [dataDir, keyHex] = process.argv.slice(2);
if (!dataDir || !keyHex) throw new Error('usage: crash-writer.ts <dataDir> <keyHex>');

const app = openApp({ dataDir, key: Buffer.from(keyHex, 'hex'), signingKey: loadOrCreateSigningKey(dataDir), checkOutput: false });

async function must(channel: string, input: unknown) {
  const r = await app.dispatch(channel, input);
  if (!r.ok) {
    process.stderr.write(`${channel} refused: ${r.error.code}\n`);
    process.exit(2);
  }
  return r.data as { id: number; state: { reference: string } };
}

const settings = await app.dispatch('setup.get', {});
if (settings.ok && settings.data === null) {
  await must('setup.save', { district: 'stovner', coordinatorName: 'Krasjtest', coordinatorContact: 'krasj@eksempel.no' });
}
for (;;) {
  const created = await must('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
  process.stdout.write(`ACK C ${created.state.reference}\n`);
  await must('exchanges.act', { id: created.id, action: { type: 'brukerprofil.lagre', profil, avvisteFunn: [] } });
  process.stdout.write(`ACK U ${created.state.reference}\n`);
}
