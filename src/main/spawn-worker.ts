import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** tsx's ESM register API (its CommonJS twin cannot load it from a worker's eval). */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const { exports } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return path.join(path.dirname(manifest), exports['./esm/api']!.import.default);
}

export interface SpawnWorkerOptions extends Omit<WorkerOptions, 'eval'> {
  /**
   * Packages the entry imports, loaded before tsx when running from source. tsx transforms
   * every module it loads: pdfjs through it takes 1.6 s and 0.5 GB instead of 0.4 s and 80 MB.
   * Built, the entry imports them itself and this is unused.
   */
  preload?: readonly string[];
}

/**
 * Starts a worker thread on a worker entry, given as its TypeScript file beside the caller
 * (`new URL('./x-worker.ts', import.meta.url)`). Built (browser mode, Electron), the caller is
 * part of a bundle and the entry was bundled beside it as `x-worker.js` (scripts/build-main.mjs);
 * from source (tests, the bench), the TypeScript entry runs through tsx, a dev dependency.
 */
export function spawnWorker(source: URL, { preload = [], ...options }: SpawnWorkerOptions = {}): Worker {
  const built = new URL(source.href.replace(/\.ts$/, '.js'));
  if (fs.existsSync(fileURLToPath(built))) return new Worker(built, options);
  const resolve = createRequire(source).resolve;
  const imports = [...preload.map((p) => pathToFileURL(resolve(p)).href), pathToFileURL(tsxEsmApi()).href];
  const boot = `(async () => { let m; for (const url of ${JSON.stringify(imports)}) m = await import(url); m.register(); await import(${JSON.stringify(source.href)}); })()`;
  return new Worker(boot, { ...options, eval: true });
}
