import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  createRendererHandler,
  isAppUrl,
  resolveAppPath,
} from '../../../src/main/electron/renderer-protocol';

let base: string;
let root: string;
beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'bytteordning-renderer-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Bytteordning</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'font.woff2'), 'x');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'SECRET');
  fs.writeFileSync(path.join(base, 'renderer-evil.txt'), 'SECRET');
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => createRendererHandler({ root })(new Request(url, { method }));

describe('app:// protocol', () => {
  it('recognises only the app origin', () => {
    expect(isAppUrl('app://bytteordning/index.html')).toBe(true);
    expect(isAppUrl('app://bytteordning/')).toBe(true);
    for (const url of ['app://other/index.html', 'app://bytteordning.evil/', 'app://x@bytteordning/', 'https://bytteordning/', 'file:///index.html', 'not a url', '']) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('serves files under the root with the right type and the CSP', async () => {
    const res = await get('app://bytteordning/assets/app.js');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('console.log(1)');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get('app://bytteordning/assets/font.woff2')).headers.get('content-type')).toBe('font/woff2');
  });

  it('has the strict policy the brief asks for', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('serves index.html for / and for client-side routes, 404 for missing assets', async () => {
    for (const url of ['app://bytteordning/', 'app://bytteordning/index.html', 'app://bytteordning/bytter/12']) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toContain('<title>Bytteordning</title>');
    }
    expect((await get('app://bytteordning/assets/missing.js')).status).toBe(404);
  });

  it.each([
    'app://bytteordning/../secret.txt',
    'app://bytteordning/%2e%2e/secret.txt',
    'app://bytteordning/%2E%2E%2Fsecret.txt',
    'app://bytteordning/assets/..%2F..%2Fsecret.txt',
    'app://bytteordning/..%5Csecret.txt',
    'app://bytteordning/%00index.html',
    'app://bytteordning/../renderer-evil.txt',
  ])('never serves a file outside the root: %s', async (url) => {
    const res = await get(url);
    expect(await res.text()).not.toContain('SECRET');
  });

  it('resolveAppPath refuses other hosts, schemes, NUL and backslashes', () => {
    expect(resolveAppPath(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppPath(root, 'https://bytteordning/index.html')).toBeNull();
    expect(resolveAppPath(root, 'app://bytteordning/a%00b')).toBeNull();
    expect(resolveAppPath(root, 'app://bytteordning/a%5Cb')).toBeNull();
    expect(resolveAppPath(root, 'app://bytteordning/%E0%A4%A')).toBeNull();
    const inside = resolveAppPath(root, 'app://bytteordning/../../x/y.js');
    expect(inside === null || inside.startsWith(path.resolve(root) + path.sep)).toBe(true);
  });

  it('answers only GET and HEAD', async () => {
    expect((await get('app://bytteordning/index.html', 'POST')).status).toBe(405);
    const head = await get('app://bytteordning/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
