import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// Plain .mjs scripts: imported through a variable so TypeScript does not look for their types.
const ROOT = path.resolve(import.meta.dirname, '../../..');
const load = (rel: string) => import(path.join(ROOT, rel)) as Promise<Record<string, (...args: never[]) => unknown>>;

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bytteordning-scripts-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('scripts/start.mjs', () => {
  it('finds the Electron runtime only when path.txt and the binary both exist', async () => {
    const { electronExecutable } = (await load('scripts/start.mjs')) as { electronExecutable(dir: string): string | null };
    expect(electronExecutable(dir)).toBeNull();
    fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
    expect(electronExecutable(dir)).toBeNull();
    fs.mkdirSync(path.join(dir, 'dist'));
    fs.writeFileSync(path.join(dir, 'dist', 'electron'), '');
    expect(electronExecutable(dir)).toBe(path.join(dir, 'dist', 'electron'));
  });

  it('says in one line that browser mode starts when no runtime is found and none can be installed', async () => {
    const { electronExecutable, electronOrFallback } = (await load('scripts/start.mjs')) as {
      electronExecutable(dir: string): string | null;
      electronOrFallback(o: { find(): string | null; install(): string | null; log(line: string): void }): string | null;
    };
    const printed: string[] = [];
    const runtime = () => electronOrFallback({ find: () => electronExecutable(dir), install: () => null, log: (line) => printed.push(line) });
    expect(runtime()).toBeNull();
    expect(printed).toEqual(['Electron-kjøretiden er ikke installert og kan ikke lastes ned her – starter nettlesermodus i stedet.']);
    // With the runtime in place it starts Electron and says nothing.
    fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
    fs.mkdirSync(path.join(dir, 'dist'));
    fs.writeFileSync(path.join(dir, 'dist', 'electron'), '');
    printed.length = 0;
    expect(runtime()).toBe(path.join(dir, 'dist', 'electron'));
    expect(printed).toEqual([]);
  });
});

describe('scripts/electron-native.mjs', () => {
  it('treats the cached build as current only for the same Electron, package and platform', async () => {
    const mod = (await load('scripts/electron-native.mjs')) as unknown as {
      nativePaths(root: string): { outDir: string; outFile: string; stampFile: string };
      nativeStamp(o: { electronVersion: string; packageVersion: string }): string;
      isNativeBuildCurrent(p: unknown, stamp: string): boolean;
      NATIVE_ENV: string;
    };
    expect(mod.NATIVE_ENV).toBe('BYTTEORDNING_NATIVE_BINDING');
    const paths = mod.nativePaths(dir);
    expect(paths.outFile).toBe(path.join(dir, '.electron-native', 'better_sqlite3.node'));
    const stamp = mod.nativeStamp({ electronVersion: '45.5.0', packageVersion: '12.11.1' });
    expect(mod.isNativeBuildCurrent(paths, stamp)).toBe(false);
    fs.mkdirSync(paths.outDir);
    fs.writeFileSync(paths.outFile, 'binary');
    fs.writeFileSync(paths.stampFile, stamp + '\n');
    expect(mod.isNativeBuildCurrent(paths, stamp)).toBe(true);
    expect(mod.isNativeBuildCurrent(paths, mod.nativeStamp({ electronVersion: '45.6.0', packageVersion: '12.11.1' }))).toBe(false);
    fs.writeFileSync(paths.outFile, '');
    expect(mod.isNativeBuildCurrent(paths, stamp)).toBe(false);
  });
});
