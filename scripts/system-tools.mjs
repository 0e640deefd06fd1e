// The programs outside npm that the tests call: Chromium (end-to-end tests, the bench) and
// poppler's pdftoppm/pdftotext (PDF pages as pictures and text). Each is found by itself (an
// environment variable, then the system's); on Debian as root the missing ones are installed
// from Debian's own packages, never downloaded from elsewhere. Where one cannot be had, one
// line says how to get it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findChromium } from './chromium.mjs';

const PATH_DIRS = () => (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);

/** The folder holding pdftoppm and pdftotext: BYTTEORDNING_POPPLER_DIR, else the one on PATH. */
export function findPopplerDir() {
  const has = (dir) => ['pdftoppm', 'pdftotext'].every((t) => existsSync(path.join(dir, process.platform === 'win32' ? `${t}.exe` : t)));
  const explicit = process.env.BYTTEORDNING_POPPLER_DIR;
  if (explicit) return has(explicit) ? explicit : undefined;
  return PATH_DIRS().find(has);
}

export const SYSTEM_TOOLS = [
  {
    id: 'chromium',
    find: findChromium,
    debianPackage: 'chromium',
    howTo:
      'Fant ingen Chromium: installer den (Debian/Ubuntu: «sudo apt-get install chromium») eller sett BYTTEORDNING_CHROMIUM til stien til en Chromium- eller Chrome-binærfil.',
  },
  {
    id: 'poppler',
    find: findPopplerDir,
    debianPackage: 'poppler-utils',
    howTo:
      'Fant ikke pdftoppm og pdftotext (poppler): installer dem (Debian/Ubuntu: «sudo apt-get install poppler-utils», Windows: poppler for Windows) eller sett BYTTEORDNING_POPPLER_DIR til mappen de ligger i.',
  },
];

function canInstallFromDebian() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && existsSync('/usr/bin/apt-get');
}

/**
 * Every tool's location, installing what is missing where that is allowed; exits with one line
 * per tool that still cannot be had. An explicit path that is wrong is never "fixed" by an
 * install: the person who set it meant that one.
 */
export function ensureSystemTools(log = console.log) {
  const found = Object.fromEntries(SYSTEM_TOOLS.map((t) => [t.id, t.find()]));
  const installable = SYSTEM_TOOLS.filter((t) => !found[t.id] && !(t.id === 'chromium' ? process.env.BYTTEORDNING_CHROMIUM : process.env.BYTTEORDNING_POPPLER_DIR));
  if (installable.length > 0 && canInstallFromDebian()) {
    const packages = installable.map((t) => t.debianPackage);
    log(`Installerer Debians pakker for testene: ${packages.join(', ')} …`);
    try {
      execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-q', ...packages], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      // Falls through to the one-line messages below.
    }
    for (const t of installable) found[t.id] = t.find();
  }
  const missing = SYSTEM_TOOLS.filter((t) => !found[t.id]);
  if (missing.length > 0) {
    for (const t of missing) console.error(t.howTo);
    process.exit(1);
  }
  return { chromium: found.chromium, popplerDir: found.poppler };
}
