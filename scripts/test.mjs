// `npm test`: every check, each doing its own set-up, in the order that fails fastest:
// lint, typecheck, unit and integration tests, a build, then the end-to-end tests in Chromium.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureDeps } from './ensure-deps.mjs';
import { ensureSystemTools } from './system-tools.mjs';

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

ensureDeps();
const { chromium, popplerDir } = ensureSystemTools();
// Every runner below finds the same tools: Chromium by its variable, poppler on PATH.
process.env.BYTTEORDNING_CHROMIUM = chromium;
process.env.PATH = [popplerDir, process.env.PATH].join(path.delimiter);
run('Lint (ESLint, lagdeling)', npx, ['eslint', '.', '--max-warnings=0']);
run('Typesjekk (TypeScript strict)', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json']);
run('Enhets- og integrasjonstester (Vitest)', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
run('Bygg (renderer og main)', npm, ['run', 'build']);
run('Ende-til-ende-tester (Playwright i Chromium)', npx, ['playwright', 'test']);

// One closing line over both runners, in the plain form CI reads.
const unit = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
const e2e = JSON.parse(readFileSync('test-results/playwright.json', 'utf8')).stats;
const passed = unit.numPassedTests + e2e.expected;
const failed = unit.numFailedTests + e2e.unexpected;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.skipped;
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
// A skipped test is a check that did not run (a missing tool, a forgotten .skip): not green.
if (skipped > 0) {
  console.error(`✖ ${skipped} test(er) ble hoppet over. Alle tester skal kjøre; se hvilke i utskriften over.`);
  process.exit(1);
}
console.log('Alle tester bestått.');
