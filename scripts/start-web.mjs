// `npm run start:web`: builds, then runs browser mode (the app behind a loopback server).
//   npm run start:web -- --data-dir ./mine-data [--port 8123]   (or BYTTEORDNING_DATA_DIR)
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
ensureDeps();
const args = process.argv.slice(2).filter((a) => a !== '--no-build');
if (!process.argv.includes('--no-build')) {
  for (const step of [[path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], [path.join(ROOT, 'scripts', 'build-main.mjs')]]) {
    const r = spawnSync(process.execPath, step, { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'main', 'web', 'cli.js'), ...args], { cwd: ROOT, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
