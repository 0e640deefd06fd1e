// `npm run package`: electron-builder, then put the Node build of the native database module back.
// electron-builder's npmRebuild compiles better-sqlite3 for Electron *in place* in node_modules,
// which would leave tests and browser mode with a module of the wrong ABI.
// Arguments are passed to electron-builder (e.g. `npm run package -- --win`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RELEASE = path.join(ROOT, 'node_modules', 'better-sqlite3-multiple-ciphers', 'build', 'Release');
const BACKUP = path.join(ROOT, '.electron-native', 'node-abi-backup');
const FILES = ['better_sqlite3.node', 'test_extension.node'];

fs.rmSync(BACKUP, { recursive: true, force: true });
fs.mkdirSync(BACKUP, { recursive: true });
for (const f of FILES) {
  if (fs.existsSync(path.join(RELEASE, f))) fs.copyFileSync(path.join(RELEASE, f), path.join(BACKUP, f));
}

let status = 1;
try {
  const cli = path.join(ROOT, 'node_modules', 'electron-builder', 'cli.js');
  status = spawnSync(process.execPath, [cli, '--config', 'electron-builder.yml', ...process.argv.slice(2)], {
    cwd: ROOT,
    stdio: 'inherit',
  }).status ?? 1;
} finally {
  for (const f of FILES) {
    if (fs.existsSync(path.join(BACKUP, f))) fs.copyFileSync(path.join(BACKUP, f), path.join(RELEASE, f));
  }
  console.log('package: restored the Node build of better-sqlite3-multiple-ciphers');
}
process.exit(status);
