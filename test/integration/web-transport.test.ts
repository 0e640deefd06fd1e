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

  it('a cookie is never a credential: another local server gets nothing it could use', async () => {
    // Chromium sends 127.0.0.1 cookies to every port, so none may open the API (nor is one set).
    const res = await post('setup.get', {}, { cookie: `bytteordning_token=${server.token}` });
    expect(res.status).toBe(401);
    const login = await fetch(server.loginUrl, { redirect: 'manual' });
    expect(login.headers.get('set-cookie')).toBeNull();
  });

  it('the login link is traded once for a session that then opens the API; used again it is refused', async () => {
    const printed: string[] = [];
    const renderer = tempDir('renderer-');
    fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Bytteordning</title>');
    const own = await startWebServer({ app, rendererDir: renderer, onLoginUsed: (next) => printed.push(next) });
    try {
      const link = new URL(own.loginUrl);
      const code = link.searchParams.get('innlogging')!;
      const trade = () => fetch(`${own.url}innlogging`, { method: 'POST', body: JSON.stringify({ code }), headers: { origin: link.origin } });
      const first = (await (await trade()).json()) as { ok: true; data: { token: string } };
      expect(first).toMatchObject({ ok: true, data: { token: expect.stringMatching(/^[0-9a-f]{64}$/) } });
      const api = await fetch(`${own.url}api/setup.get`, { method: 'POST', body: '{}', headers: { 'x-bytteordning-token': first.data.token } });
      expect(await api.json()).toMatchObject({ ok: true, data: { district: 'stovner' } });

      const again = await trade();
      expect(again.status).toBe(401);
      expect(await again.json()).toMatchObject({ ok: false, error: { code: 'INNLOGGING_BRUKT', message: expect.stringContaining('allerede brukt') } });
      // The next browser gets the next link, printed once the first was used.
      expect(printed).toEqual([own.loginUrl]);
      expect(own.loginUrl).not.toBe(link.href);
      const fromElsewhere = await fetch(`${own.url}innlogging`, {
        method: 'POST',
        body: JSON.stringify({ code: new URL(own.loginUrl).searchParams.get('innlogging') }),
        headers: { origin: 'http://127.0.0.1:1' },
      });
      expect(fromElsewhere.status, 'a page on another port cannot trade the code').toBe(403);
    } finally {
      await own.close();
    }
  });

  it('a malformed %-encoding in the path is a clear 400, not a crash', async () => {
    for (const bad of ['api/%E0%A4%A', '%E0%A4%A', 'assets/%ZZ']) {
      const res = await fetch(`${server.url}${bad}`, { method: bad.startsWith('api/') ? 'POST' : 'GET', headers: { 'x-bytteordning-token': server.token } });
      expect(res.status, bad).toBe(400);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'UGYLDIG_ADRESSE', message: expect.stringContaining('Adressen er ugyldig') } });
    }
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
