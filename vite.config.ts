import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const require = createRequire(import.meta.url);
const punktAssets = path.dirname(require.resolve('@oslokommune/punkt-assets/package.json'));
const assetsDist = path.join(punktAssets, 'dist');

/** Folders of Punkt's assets the app serves itself, so nothing is fetched from Punkt's CDN. */
const BUNDLED_ASSET_DIRS = ['icons', 'animations', 'logos'] as const;

/**
 * Punkt's icons carry their name as the root element's id, and Punkt inlines them: two alerts
 * on one page would give two elements with the id «alert-error». The root id is never referenced.
 */
function withoutRootId(svg: string): string {
  return svg.replace(/(<svg\b[^>]*?)\s+id="[^"]*"/, '$1');
}

/**
 * Punkt's CSS points its fonts at a folder the package lacks and its icons at a CDN; the
 * React components fetch icons from the CDN unless told otherwise. Rewrite the CSS to the
 * bundled files and ship the icon folders with the app.
 */
function punktOffline(): Plugin {
  return {
    name: 'punkt-offline',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('@oslokommune/punkt-css') || !id.endsWith('.css')) return null;
      return code
        .replaceAll('../fonts/', `${assetsDist}/fonts/`)
        .replace(/https:\/\/punkt-cdn\.oslo\.kommune\.no\/[\d.]+\/icons\//g, `${assetsDist}/icons/`);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /^\/(icons|animations|logos)\/([\w.-]+)$/.exec(req.url ?? '');
        if (!m) return next();
        const file = path.join(assetsDist, m[1]!, m[2]!);
        if (!fs.existsSync(file)) return next();
        if (file.endsWith('.svg')) {
          res.setHeader('Content-Type', 'image/svg+xml');
          res.end(withoutRootId(fs.readFileSync(file, 'utf8')));
          return;
        }
        res.setHeader('Content-Type', 'application/octet-stream');
        fs.createReadStream(file).pipe(res);
      });
    },
    writeBundle(options) {
      const out = options.dir!;
      for (const dir of BUNDLED_ASSET_DIRS) {
        fs.cpSync(path.join(assetsDist, dir), path.join(out, dir), { recursive: true });
      }
      const icons = path.join(out, 'icons');
      for (const name of fs.readdirSync(icons).filter((n) => n.endsWith('.svg'))) {
        const file = path.join(icons, name);
        fs.writeFileSync(file, withoutRootId(fs.readFileSync(file, 'utf8')));
      }
    },
  };
}

export default defineConfig({
  root: 'src/renderer',
  base: './',
  publicDir: false,
  plugins: [punktOffline(), react()],
  build: {
    outDir: '../../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: { fs: { allow: ['../..', punktAssets] } },
});
