// Builds better-sqlite3-multiple-ciphers for Electron's ABI into .electron-native/, leaving the
// Node build in node_modules untouched (tests and browser mode run on Node, `npm start` on
// Electron, and the two ABIs differ). The app finds the Electron build through
// BYTTEORDNING_NATIVE_BINDING. Cached: rebuilt only when Electron, the package or the platform changes.
//
// Usage: node scripts/electron-native.mjs   (prints the path of the built .node file)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const NATIVE_PACKAGE = 'better-sqlite3-multiple-ciphers';
export const NATIVE_ENV = 'BYTTEORDNING_NATIVE_BINDING';

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

export function nativePaths(root = ROOT) {
  const outDir = path.join(root, '.electron-native');
  return {
    outDir,
    outFile: path.join(outDir, 'better_sqlite3.node'),
    stampFile: path.join(outDir, 'version'),
    workDir: path.join(outDir, 'build-src'),
    logFile: path.join(outDir, 'build.log'),
    packageDir: path.join(root, 'node_modules', NATIVE_PACKAGE),
  };
}

/** What the cached build was made for; any difference means rebuild. */
export function nativeStamp({ electronVersion, packageVersion, platform = process.platform, arch = process.arch }) {
  return `electron ${electronVersion} ${platform}-${arch} ${NATIVE_PACKAGE}@${packageVersion}`;
}

export function isNativeBuildCurrent(paths, stamp) {
  try {
    return fs.readFileSync(paths.stampFile, 'utf8').trim() === stamp && fs.statSync(paths.outFile).size > 0;
  } catch {
    return false;
  }
}

/**
 * Returns the path of a better_sqlite3.node built for this Electron, building it if needed
 * (about two minutes; needs Electron's headers from electronjs.org the first time, cached
 * afterwards in ~/.electron-gyp). Throws with a one-line message if the build fails; the
 * compiler output is in .electron-native/build.log.
 */
export function ensureElectronNative({ root = ROOT, log = (line) => console.log(line) } = {}) {
  const paths = nativePaths(root);
  const electronVersion = readJson(path.join(root, 'node_modules', 'electron', 'package.json')).version;
  const packageVersion = readJson(path.join(paths.packageDir, 'package.json')).version;
  const stamp = nativeStamp({ electronVersion, packageVersion });
  if (isNativeBuildCurrent(paths, stamp)) return paths.outFile;

  log(`Bygger ${NATIVE_PACKAGE} for Electron ${electronVersion} (første gang tar det et par minutter) …`);
  fs.mkdirSync(paths.outDir, { recursive: true });
  // A private copy of the sources: node-gyp writes build/ beside binding.gyp, and doing that in
  // node_modules would replace the Node build the tests use.
  fs.rmSync(paths.workDir, { recursive: true, force: true });
  fs.cpSync(paths.packageDir, paths.workDir, {
    recursive: true,
    filter: (src) => path.relative(paths.packageDir, src).split(path.sep)[0] !== 'build',
  });

  const nodeGyp = path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const result = spawnSync(
    process.execPath,
    [
      nodeGyp,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      '--dist-url=https://electronjs.org/headers',
      '--runtime=electron',
      `--devdir=${path.join(os.homedir(), '.electron-gyp')}`,
    ],
    { cwd: paths.workDir, encoding: 'utf8', stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 },
  );
  fs.writeFileSync(paths.logFile, `${result.stdout ?? ''}\n${result.stderr ?? ''}\n${result.error ?? ''}`);
  const built = path.join(paths.workDir, 'build', 'Release', 'better_sqlite3.node');
  if (result.status !== 0 || !fs.existsSync(built)) {
    fs.rmSync(paths.workDir, { recursive: true, force: true });
    throw new Error(`node-gyp kunne ikke bygge ${NATIVE_PACKAGE} for Electron ${electronVersion} (se ${path.relative(root, paths.logFile)})`);
  }
  // Copy, then stamp: an interrupted run leaves no stamp and is redone next time.
  fs.copyFileSync(built, paths.outFile);
  fs.writeFileSync(paths.stampFile, stamp + '\n');
  fs.rmSync(paths.workDir, { recursive: true, force: true });
  log(`Bygget ${path.relative(root, paths.outFile)}`);
  return paths.outFile;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(ensureElectronNative());
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}
