import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../src/main/web/server';
import { kandidat } from '../support/fixtures';
import { openTestApp, setUpAs, type TestApp, tempDir } from '../support/test-app';

let app: TestApp;
let server: WebServer;

function post(channel: string, body: unknown, headers: Record<string, string> = { 'x-bytteordning-token': server.token }) {
  return fetch(`${server.url}api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function rows() {
  return { exchanges: app.count('exchanges'), events: app.count('events'), pairs: app.count('pairs') };
}

beforeAll(async () => {
  app = openTestApp();
  await setUpAs(app);
  const renderer = tempDir('renderer-');
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Bytteordning</title>');
  server = await startWebServer({ app, rendererDir: renderer });
});
afterAll(async () => {
  await server.close();
  app.close();
});

describe('browser mode transport', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('a request without the token is refused and reaches no handler', async () => {
    const before = rows();
    const res = await post('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat }, {});
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'IKKE_TILGANG' } });
    const wrong = await post('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat }, { 'x-bytteordning-token': 'f'.repeat(64) });
    expect(wrong.status).toBe(401);
    expect(rows()).toEqual(before);
  });

  it('a request from another origin is refused even with the cookie', async () => {
    const res = await post('setup.get', {}, { cookie: `bytteordning_token=${server.token}`, origin: 'http://evil.example' });
    expect(res.status).toBe(401);
  });

  it('a request with a foreign Host header (DNS rebinding) is refused', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${server.url}api/setup.get`, { method: 'POST', headers: { host: 'evil.example', 'x-bytteordning-token': server.token } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
  });

  it('the login URL sets an HttpOnly, SameSite=Strict cookie that then authorises the API', async () => {
    const res = await fetch(server.loginUrl, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const api = await post('setup.get', {}, { cookie: cookie.split(';')[0]! });
    expect(await api.json()).toMatchObject({ ok: true, data: { district: 'stovner' } });
  });

  it('serves the renderer with a strict CSP, and nothing outside its folder', async () => {
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect((await fetch(`${server.url}..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
  });

  it.each([
    ['wrong types', 'exchanges.create', { partnerDistrict: 42, kandidat: { ...kandidat, malgruppe: 'rus' } }, 'UGYLDIG_INNDATA'],
    ['missing fields', 'exchanges.create', { partnerDistrict: 'grunerlokka' }, 'UGYLDIG_INNDATA'],
    ['missing consent', 'exchanges.create', { partnerDistrict: 'grunerlokka', kandidat: { ...kandidat, samtykke: false } }, 'UGYLDIG_INNDATA'],
    ['unknown channel', 'exchanges.dropTable', {}, 'UKJENT_KANAL'],
    ['prototype channel', '__proto__', {}, 'UKJENT_KANAL'],
    ['not an active pair', 'exchanges.create', { partnerDistrict: 'frogner', kandidat }, 'IKKE_AKTIVT_PAR'],
    ['own district as partner', 'exchanges.create', { partnerDistrict: 'stovner', kandidat }, 'SAMME_BYDEL'],
    ['oversized strings', 'exchanges.create', { partnerDistrict: 'grunerlokka', kandidat: { ...kandidat, grunner: 'x'.repeat(2001) } }, 'UGYLDIG_INNDATA'],
    ['unknown action', 'exchanges.act', { id: 1, action: { type: 'slett.alt' } }, 'UGYLDIG_INNDATA'],
    ['extra keys on an empty input', 'setup.get', { sql: 'DROP TABLE exchanges' }, 'UGYLDIG_INNDATA'],
    ['malformed JSON', 'exchanges.create', '{"partnerDistrict": ', 'UGYLDIG_INNDATA'],
  ])('%s: a clear Norwegian error, and nothing written', async (_name, channel, body, code) => {
    const before = rows();
    const res = await post(channel, body);
    const json = (await res.json()) as { ok: boolean; error: { code: string; message: string; fields?: unknown[] } };
    expect(json.ok).toBe(false);
    expect(json.error.code).toBe(code);
    expect(json.error.message.length).toBeGreaterThan(20);
    expect(json.error.message).toMatch(/[.]$/);
    if (code === 'UGYLDIG_INNDATA' && typeof body !== 'string' && channel !== 'exchanges.act' && channel !== 'setup.get') expect(json.error.fields?.length).toBeGreaterThan(0);
    expect(rows()).toEqual(before);
  });

  it('a body over 2 MB is refused', async () => {
    const before = rows();
    const res = await post('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat: { ...kandidat, grunner: 'x'.repeat(3_000_000) } });
    expect(res.status).toBe(413);
    expect(rows()).toEqual(before);
  });

  it('a valid request goes through the same dispatcher and is written', async () => {
    const before = rows();
    const res = await post('exchanges.create', { partnerDistrict: 'grunerlokka', kandidat });
    expect(await res.json()).toMatchObject({ ok: true, data: { currentStep: 'brukerprofil' } });
    expect(rows()).toEqual({ ...before, exchanges: before.exchanges + 1, events: before.events + 1 });
  });
});
