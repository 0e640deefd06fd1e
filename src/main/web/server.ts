import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ERROR_MESSAGES } from '../../shared/errors';
import type { App } from '../app';
import { MIME_TYPES, SECURITY_HEADERS } from '../security-headers';
import { INSTANCE_MESSAGES } from '../../shared/i18n/system-messages';

export interface WebServerOptions {
  app: App;
  /** The built renderer (index.html and assets). */
  rendererDir: string;
  port?: number;
  /** Fixed API token for tests; by default a new random one per launch. */
  token?: string;
  /** Told each time a login link has been used, with the next one (for another browser). */
  onLoginUsed?(nextLoginUrl: string): void;
}

export interface WebServer {
  url: string;
  /** The link that logs one browser in. It works once; the next one is `onLoginUsed`'s. */
  readonly loginUrl: string;
  /** The launch's API token, for programs in this process (tests); never printed. */
  token: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** The login link's query parameter; the renderer trades it for a session (api/session.ts). */
export const LOGIN_PARAM = 'innlogging';
/** The header every API call carries its session in. Never a cookie: see startWebServer. */
export const SESSION_HEADER = 'x-bytteordning-token';

const secret = () => randomBytes(32).toString('hex');

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const refusal = (code: 'IKKE_TILGANG' | 'INNLOGGING_BRUKT' | 'UGYLDIG_ADRESSE' = 'IKKE_TILGANG') => ({
  ok: false,
  error: { code, message: ERROR_MESSAGES[code] },
});

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
 * in a plain browser (and end-to-end tests can drive it). Only 127.0.0.1, only from its own
 * origin, only with a session.
 *
 * Cookies are not tied to a port: a browser sends a 127.0.0.1 cookie to every server on
 * 127.0.0.1, so a cookie would hand the session to any other local program. The session is
 * instead a header the renderer adds from its origin's localStorage, which is per port. It is
 * had by trading a one-time login code (the printed link) once; the link then no longer works,
 * wherever it stays in the browser's history.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? secret();
  const rendererDir = path.resolve(options.rendererDir);
  const sessions = new Set<string>([token]);
  let loginCode = secret();
  let origin = '';
  const loginUrlOf = () => `${origin}/?${LOGIN_PARAM}=${loginCode}`;

  const server = http.createServer(async (req, res) => {
    try {
      let url: URL;
      let pathname: string;
      try {
        url = new URL(req.url ?? '/', origin);
        pathname = decodeURIComponent(url.pathname);
      } catch {
        sendJson(res, 400, refusal('UGYLDIG_ADRESSE'));
        return;
      }
      // A page on another origin may resolve to 127.0.0.1 (DNS rebinding): the Host must be ours.
      if (req.headers.host !== url.host) {
        sendJson(res, 403, refusal());
        return;
      }
      if (pathname === '/innlogging') {
        await handleLogin(req, res);
        return;
      }
      if (pathname.startsWith('/api/')) {
        await handleApi(req, res, pathname.slice('/api/'.length));
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, SECURITY_HEADERS).end();
        return;
      }
      serveStatic(res, pathname);
    } catch (err) {
      console.error('[web]', err);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERN_FEIL', message: ERROR_MESSAGES.INTERN_FEIL } });
    }
  });

  const fromOurPage = (req: http.IncomingMessage) => !req.headers.origin || req.headers.origin === origin;

  /** POST { code } → { token }: the login link's code, traded once for a session. */
  async function handleLogin(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST' || !fromOurPage(req)) {
      sendJson(res, 403, refusal());
      return;
    }
    const body = await readBody(req);
    let code: unknown;
    try {
      code = body ? (JSON.parse(body) as { code?: unknown }).code : undefined;
    } catch {
      code = undefined;
    }
    if (typeof code !== 'string' || !sameSecret(code, loginCode)) {
      sendJson(res, 401, refusal('INNLOGGING_BRUKT'));
      return;
    }
    const session = secret();
    sessions.add(session);
    loginCode = secret();
    options.onLoginUsed?.(loginUrlOf());
    sendJson(res, 200, { ok: true, data: { token: session } });
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, channel: string): Promise<void> {
    const given = req.headers[SESSION_HEADER];
    const known = typeof given === 'string' && [...sessions].some((s) => sameSecret(given, s));
    if (!known || !fromOurPage(req)) {
      sendJson(res, 401, refusal());
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, SECURITY_HEADERS).end();
      return;
    }
    const body = await readBody(req);
    if (body === null) {
      sendJson(res, 413, { ok: false, error: { code: 'UGYLDIG_INNDATA', message: INSTANCE_MESSAGES.foresporselForStor } });
      return;
    }
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body) : {};
    } catch {
      sendJson(res, 400, { ok: false, error: { code: 'UGYLDIG_INNDATA', message: ERROR_MESSAGES.UGYLDIG_INNDATA } });
      return;
    }
    sendJson(res, 200, await options.app.dispatch(channel, input));
  }

  function serveStatic(res: http.ServerResponse, pathname: string): void {
    const rel = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
    const file = path.resolve(rendererDir, rel);
    if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end(INSTANCE_MESSAGES.finnesIkke);
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
    get loginUrl() {
      return loginUrlOf();
    },
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
