// `npm test`: every check, each doing its own set-up, in the order that fails fastest:
// lint, typecheck, unit and integration tests, a build, then the end-to-end tests in Chromium.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { findChromium } from './chromium.mjs';
import { ensureDeps } from './ensure-deps.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(label, cmd, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`✖ ${label} feilet (${secs} s).`);
    process.exit(r.status ?? 1);
  }
  console.log(`✔ ${label} (${secs} s)`);
}

/** On Debian as root, Chromium can be installed from the distribution; never from elsewhere. */
function ensureChromium() {
  let chromium = findChromium();
  if (chromium) return chromium;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get') && !process.env.BYTTEORDNING_CHROMIUM) {
    console.log('Fant ingen Chromium; installerer Debians chromium-pakke …');
    try {
      execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-q', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } catch {
      // Falls through to the one-line message below.
    }
    chromium = findChromium();
  }
  if (!chromium) {
    console.error('Fant ingen Chromium: installer den (Debian/Ubuntu: «sudo apt-get install chromium») eller sett BYTTEORDNING_CHROMIUM til stien til en Chromium- eller Chrome-binærfil.');
    process.exit(1);
  }
  return chromium;
}

ensureDeps();
const chromium = ensureChromium();
run('Lint (ESLint, lagdeling)', npx, ['eslint', '.', '--max-warnings=0']);
run('Typesjekk (TypeScript strict)', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json']);
run('Enhets- og integrasjonstester (Vitest)', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
run('Bygg (renderer og main)', npm, ['run', 'build']);
run('Ende-til-ende-tester (Playwright i Chromium)', npx, ['playwright', 'test'], { BYTTEORDNING_CHROMIUM: chromium });

// One closing line over both runners, in the plain form CI reads.
const unit = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
const e2e = JSON.parse(readFileSync('test-results/playwright.json', 'utf8')).stats;
const passed = unit.numPassedTests + e2e.expected;
const failed = unit.numFailedTests + e2e.unexpected;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.skipped;
console.log('\nAlle tester bestått.');
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
