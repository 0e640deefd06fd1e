import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ERROR_MESSAGES } from '../../shared/errors';
import type { App } from '../app';
import { MIME_TYPES, SECURITY_HEADERS } from '../security-headers';

export interface WebServerOptions {
  app: App;
  /** The built renderer (index.html and assets). */
  rendererDir: string;
  port?: number;
  /** Fixed token for tests; by default a new random one per launch. */
  token?: string;
}

export interface WebServer {
  url: string;
  /** The URL that hands the browser its token (once; it is then kept in a cookie). */
  loginUrl: string;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 2 * 1024 * 1024;
const COOKIE = 'bytteordning_token';

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieToken(req: http.IncomingMessage): string | undefined {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [k, v] = part.trim().split('=');
    if (k === COOKIE && v) return v;
  }
  return undefined;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** The body as text, or null when it is over the limit (read to its end, kept no further). */
function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY_BYTES) chunks.push(c);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Browser mode: the app's main side behind a loopback HTTP server, so the same renderer runs
 * in a plain browser (and end-to-end tests can drive it). Only 127.0.0.1, only with the
 * launch's secret token, only from its own origin.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(32).toString('hex');
  const rendererDir = path.resolve(options.rendererDir);
  let origin = '';

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', origin);
      // A page on another origin may resolve to 127.0.0.1 (DNS rebinding): the Host must be ours.
      if (req.headers.host !== url.host) {
        sendJson(res, 403, { ok: false, error: { code: 'IKKE_TILGANG', message: ERROR_MESSAGES.IKKE_TILGANG } });
        return;
      }
      if (url.pathname.startsWith('/api/')) {
        await handleApi(req, res, url);
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, SECURITY_HEADERS).end();
        return;
      }
      const given = url.searchParams.get('token');
      if (url.pathname === '/' && given) {
        if (!sameSecret(given, token)) {
          res.writeHead(403, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
          res.end('Ugyldig tilgangsnøkkel. Bruk adressen som ble skrevet ut da Bytteordning startet.');
          return;
        }
        res.writeHead(302, {
          ...SECURITY_HEADERS,
          'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
          Location: '/',
        });
        res.end();
        return;
      }
      serveStatic(res, url.pathname);
    } catch (err) {
      console.error('[web]', err);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERN_FEIL', message: ERROR_MESSAGES.INTERN_FEIL } });
    }
  });

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const given = (req.headers['x-bytteordning-token'] as string | undefined) ?? cookieToken(req);
    const fromOurPage = !req.headers.origin || req.headers.origin === origin;
    if (!given || !sameSecret(given, token) || !fromOurPage) {
      sendJson(res, 401, { ok: false, error: { code: 'IKKE_TILGANG', message: ERROR_MESSAGES.IKKE_TILGANG } });
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, SECURITY_HEADERS).end();
      return;
    }
    const body = await readBody(req);
    if (body === null) {
      sendJson(res, 413, { ok: false, error: { code: 'UGYLDIG_INNDATA', message: 'Forespørselen er for stor.' } });
      return;
    }
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body) : {};
    } catch {
      sendJson(res, 400, { ok: false, error: { code: 'UGYLDIG_INNDATA', message: ERROR_MESSAGES.UGYLDIG_INNDATA } });
      return;
    }
    const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
    sendJson(res, 200, await options.app.dispatch(channel, input));
  }

  function serveStatic(res: http.ServerResponse, pathname: string): void {
    const rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = path.resolve(rendererDir, rel);
    if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Finnes ikke.');
      return;
    }
    const type = MIME_TYPES[path.extname(file)] ?? 'application/octet-stream';
    const immutable = rel.startsWith('assets/');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': type,
      ...(immutable ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {}),
    });
    fs.createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    loginUrl: `${origin}/?token=${token}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
