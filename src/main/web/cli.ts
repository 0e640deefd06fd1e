import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { DATABASE_FILE, openApp } from '../app';
import { loadOrCreateKey, loadOrCreateSigningKey } from './key-file';
import { restoreBeforeStart } from '../restore-before-start';
import { recoveryHelp } from './recovery';
import { startWebServer } from './server';
import { STARTUP_MESSAGES, WEB_MODE_MESSAGES } from '../../shared/i18n/system-messages';

/** Where the data lives when nothing is said: the user's own app-data folder. */
function defaultDataDir(): string {
  if (process.platform === 'win32' && process.env.APPDATA) return path.join(process.env.APPDATA, 'Bytteordning');
  const base = process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'bytteordning');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      'renderer-dir': { type: 'string' },
      // A backup to put in place of the database before starting (see recoveryHelp).
      restore: { type: 'string' },
    },
  });
  const dataDir = path.resolve(values['data-dir'] ?? process.env.BYTTEORDNING_DATA_DIR ?? defaultDataDir());
  const here = path.dirname(fileURLToPath(import.meta.url));
  const rendererDir = path.resolve(values['renderer-dir'] ?? path.join(here, '..', '..', 'renderer'));
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    console.error(WEB_MODE_MESSAGES.manglerBygg(rendererDir));
    process.exit(1);
  }
  const databaseExists = fs.existsSync(path.join(dataDir, DATABASE_FILE));
  const passphrase = process.env.BYTTEORDNING_PASSPHRASE;
  const key = loadOrCreateKey(dataDir, databaseExists, passphrase);
  const signingKey = loadOrCreateSigningKey(dataDir, passphrase);
  if (!passphrase) {
    console.log(WEB_MODE_MESSAGES.utenPassord);
  }
  const nativeBinding = process.env.BYTTEORDNING_NATIVE_BINDING;
  if (values.restore) {
    const actor = STARTUP_MESSAGES.gjenopprettetFraKommandolinjen;
    console.log(
      restoreBeforeStart(dataDir, { file: values.restore, key, signingKey, now: new Date(), actor, instance: 'nettlesermodus', ...(nativeBinding ? { nativeBinding } : {}) }),
    );
  }
  let app;
  try {
    app = openApp({
      dataDir,
      key,
      signingKey,
      ...(nativeBinding ? { nativeBinding } : {}),
      // The end-to-end tests turn on contract checks of every answer, as the unit tests have.
      checkOutput: process.env.BYTTEORDNING_CHECK_OUTPUT === '1',
      // Found after start, by the check in the background: the screen says so too.
      onDatabaseDamaged: () => console.error(recoveryHelp(dataDir)),
    });
  } catch (err) {
    if (err instanceof AppError && err.code === 'DATABASE_SKADET') {
      console.error(recoveryHelp(dataDir));
      process.exit(1);
    }
    throw err;
  }
  const server = await startWebServer({
    app,
    rendererDir,
    ...(values.port ? { port: Number(values.port) } : {}),
    onLoginUsed(next) {
      console.log(WEB_MODE_MESSAGES.innloggingBrukt(next));
      console.log(`BYTTEORDNING_LOGIN ${JSON.stringify({ loginUrl: next })}`);
    },
  });
  console.log(WEB_MODE_MESSAGES.kjorer(server.loginUrl));
  console.log(WEB_MODE_MESSAGES.data(dataDir));
  // A machine-readable line for scripts and tests.
  console.log(`BYTTEORDNING_READY ${JSON.stringify({ url: server.url, loginUrl: server.loginUrl })}`);

  const stop = async () => {
    await server.close();
    app.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if (err instanceof AppError) {
    console.error(err.message);
  } else {
    console.error(STARTUP_MESSAGES.kunneIkkeStarte(err instanceof Error ? (err.stack ?? err.message) : String(err)));
  }
  process.exit(1);
});
