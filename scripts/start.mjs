// `npm start`: build, then run the Electron app, or browser mode when Electron's runtime is
// missing and cannot be downloaded (as on machines without internet).
//
//   npm start                  build + start
//   npm start -- --no-build    start what is already in dist/
// Other arguments are passed on to Electron or to the browser-mode CLI.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNative, NATIVE_ENV } from './electron-native.mjs';
import { ensureDeps } from './ensure-deps.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ELECTRON_DIR = path.join(ROOT, 'node_modules', 'electron');
const INSTALL_TIMEOUT_MS = 60_000;

const NO_ELECTRON_MESSAGE =
  'Electron-kjøretiden er ikke installert og kan ikke lastes ned her – starter nettlesermodus i stedet.';
export const NO_NATIVE_MESSAGE =
  'Databasemodulen kunne ikke bygges for Electron – starter nettlesermodus i stedet.';

/** The Electron executable if the runtime is installed, else null (never downloads). */
export function electronExecutable(electronDir = ELECTRON_DIR) {
  try {
    const rel = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
    if (!rel) return null;
    const exe = path.join(electronDir, 'dist', rel);
    return fs.existsSync(exe) ? exe : null;
  } catch {
    return null;
  }
}

/** One download attempt through Electron's own installer, output captured, bounded in time. */
function tryInstallElectron() {
  const result = spawnSync(process.execPath, [path.join(ELECTRON_DIR, 'install.js')], {
    cwd: ELECTRON_DIR,
    encoding: 'utf8',
    stdio: 'pipe',
    timeout: INSTALL_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  try {
    fs.mkdirSync(path.join(ROOT, '.electron-native'), { recursive: true });
    fs.writeFileSync(
      path.join(ROOT, '.electron-native', 'electron-install.log'),
      `status ${result.status} signal ${result.signal} ${result.error ?? ''}\n${result.stdout ?? ''}\n${result.stderr ?? ''}`,
    );
  } catch {
    // The log is a courtesy.
  }
  return result.status === 0 ? electronExecutable() : null;
}

/**
 * The Electron executable, downloading the runtime once if it is missing; null when there is
 * none, after saying in one line that browser mode starts instead. `find`, `install` and `log`
 * are there for the test.
 */
export function electronOrFallback({ find = electronExecutable, install = tryInstallElectron, log = console.log } = {}) {
  const exe = find() ?? install();
  if (!exe) log(NO_ELECTRON_MESSAGE);
  return exe;
}

function runStep(label, args) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`npm start: ${label} feilet.`);
    process.exit(result.status ?? 1);
  }
}

function build() {
  runStep('vite build', [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build']);
  runStep('build-main', [path.join(ROOT, 'scripts', 'build-main.mjs')]);
}

/** Runs a child with the terminal attached, passes Ctrl+C on, and exits with its code. */
function runAttached(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (err) => {
    console.error(`npm start: ${err.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function startBrowserMode(args) {
  const cli = path.join(ROOT, 'dist', 'main', 'web', 'cli.js');
  if (!fs.existsSync(cli)) {
    console.error(`npm start: ${path.relative(ROOT, cli)} mangler – kjør npm start uten --no-build.`);
    process.exit(1);
  }
  runAttached(process.execPath, [cli, ...args]);
}

function main() {
  const argv = process.argv.slice(2);
  const args = argv.filter((a) => a !== '--no-build');
  ensureDeps();
  if (!argv.includes('--no-build')) build();

  const exe = electronOrFallback();
  if (!exe) {
    startBrowserMode(args);
    return;
  }

  let nativeBinding;
  try {
    nativeBinding = ensureElectronNative({ root: ROOT });
  } catch (err) {
    console.log(`${NO_NATIVE_MESSAGE} (${err instanceof Error ? err.message : String(err)})`);
    startBrowserMode(args);
    return;
  }

  const env = { ...process.env, [NATIVE_ENV]: nativeBinding };
  // Set in some shells and CI: it would make Electron run main.js as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  // '.' (the project folder) rather than main.js: Electron then reads package.json, so the
  // app is named Bytteordning and its data lands in the Bytteordning userData folder.
  runAttached(exe, ['.', ...args], env);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
