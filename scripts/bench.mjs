// `npm run bench [-- --size small] [-- --json FILE] [-- --data-dir DIR]`: the performance bench
// (test/bench/main.ts). The cold start runs the built browser mode, so the app is built first
// when the build is missing or older than the sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUILT = [path.join(ROOT, 'dist', 'main', 'web', 'cli.js'), path.join(ROOT, 'dist', 'renderer', 'index.html')];

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function run(args) {
  // A production build whoever calls (vitest sets NODE_ENV=test, which would give React's
  // development build and its doubled effects to the cold-start measurement).
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const stale = BUILT.some((f) => !existsSync(f)) || Math.min(...BUILT.map((f) => statSync(f).mtimeMs)) < newest(path.join(ROOT, 'src'));
if (stale) {
  console.log('Bygger appen for kaldstartmålingen …');
  run([path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn']);
  run([path.join(ROOT, 'scripts', 'build-main.mjs')]);
}
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
run([tsx, path.join(ROOT, 'test', 'bench', 'main.ts'), ...process.argv.slice(2)]);
