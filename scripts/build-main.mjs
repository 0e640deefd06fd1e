// Bundles the Node side with esbuild: the Electron entry (ESM), its preload (CommonJS, because a
// sandboxed preload cannot be an ES module) and the browser-mode CLI. Dependencies stay
// external: they are resolved from node_modules at run time (and packaged by electron-builder).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rel = (p) => path.relative(root, p) || '.';

// ESM output has no require/__filename/__dirname; some CommonJS-minded code (and esbuild's own
// require shim for bundled CJS) expects them. Names are prefixed to avoid clashing with the bundle.
const esmBanner = [
  "import { createRequire as __bo_createRequire } from 'node:module';",
  "import { fileURLToPath as __bo_fileURLToPath } from 'node:url';",
  "import { dirname as __bo_dirname } from 'node:path';",
  'const require = __bo_createRequire(import.meta.url);',
  'const __filename = __bo_fileURLToPath(import.meta.url);',
  'const __dirname = __bo_dirname(__filename);',
].join('\n');

const common = {
  bundle: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  absWorkingDir: root,
};

// Code behind a dynamic import() (the PDF engine) goes in its own chunk, loaded when first
// used, so start-up does not wait for pdfkit and fontkit.
const splitAt = (outdir) => ({ outdir, splitting: true, entryNames: '[name]', chunkNames: 'chunks/[name]-[hash]' });

/** @type {{ name: string, options: import('esbuild').BuildOptions }[]} */
const entries = [
  {
    name: 'electron main',
    options: {
      ...common,
      entryPoints: ['src/main/electron/main.ts'],
      ...splitAt('dist/main/electron'),
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      external: ['electron'],
      banner: { js: esmBanner },
    },
  },
  {
    name: 'electron preload',
    options: {
      ...common,
      entryPoints: ['src/main/electron/preload.ts'],
      outfile: 'dist/main/electron/preload.cjs',
      format: 'cjs',
      // The sandboxed preload can require only 'electron' (and a few polyfills), so everything
      // else must be inside the bundle: no packages: 'external' here.
      platform: 'node',
      target: 'chrome140', // Electron 45 ships Chromium 140
      external: ['electron'],
    },
  },
  {
    name: 'web cli',
    options: {
      ...common,
      entryPoints: ['src/main/web/cli.ts'],
      ...splitAt('dist/main/web'),
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      banner: { js: esmBanner },
    },
  },
  // Worker entries, beside each bundle that starts them (src/main/spawn-worker.ts: x-worker.ts
  // becomes x-worker.js): the database jobs (db/worker-client.ts) and reading received files
  // (documents/import-worker-client.ts).
  ...['electron', 'web'].flatMap((dir) =>
    ['src/main/db/db-worker.ts', 'src/main/documents/import-worker.ts'].map((entry) => ({
      name: `${dir} ${path.basename(entry, '.ts')}`,
      options: {
        ...common,
        entryPoints: [entry],
        outfile: `dist/main/${dir}/${path.basename(entry, '.ts')}.js`,
        format: 'esm',
        platform: 'node',
        target: 'node20',
        packages: 'external',
        banner: { js: esmBanner },
      },
    })),
  ),
];

const started = Date.now();
const results = await Promise.allSettled(
  entries.map(async ({ name, options }) => {
    const entry = path.join(root, options.entryPoints[0]);
    if (!existsSync(entry)) return `skip  ${rel(entry)} (missing)`;
    const t0 = Date.now();
    try {
      await build(options);
    } catch (err) {
      const first = err?.errors?.[0];
      const where = first?.location ? ` at ${first.location.file}:${first.location.line}` : '';
      throw new Error(`${options.outfile ?? options.outdir} (${name}) failed: ${first ? first.text + where : String(err)}`);
    }
    return `built ${options.outfile ?? options.outdir} (${name}, ${Date.now() - t0} ms)`;
  }),
);

let failed = false;
for (const r of results) {
  if (r.status === 'fulfilled') console.log(r.value);
  else {
    failed = true;
    // esbuild has already printed the located errors; this is the one-line summary.
    console.error(`build-main: ${r.reason instanceof Error ? r.reason.message : r.reason}`);
  }
}
if (failed) process.exit(1);
console.log(`build-main: done in ${Date.now() - started} ms`);
