import fs from 'node:fs/promises';
import path from 'node:path';
import { MIME_TYPES, SECURITY_HEADERS } from '../security-headers';

/**
 * The renderer is served from `app://bytteordning/`, a privileged custom scheme, not from
 * `file://`: file pages get an opaque origin (so IPC senders and navigations cannot be told
 * apart from any other local file) and, unless a fuse removes them, extra privileges over the
 * whole disk. A custom scheme gives the app one origin of its own, and this handler decides
 * exactly which files exist in it: those under dist/renderer, nothing else.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bytteordning';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** '/', not '/index.html': a BrowserRouter then starts at its root route (the handler serves index.html for it). */
export const APP_ENTRY_URL = `${APP_ORIGIN}/`;

export { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../security-headers';


/** True if `url` is a page of the app (right scheme and host). Anything unparsable is not. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    // URL.origin is "null" for non-special schemes, so compare scheme and host instead.
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

/**
 * Maps a request URL to a file under `root`, or null when it must be refused: another host,
 * an encoded separator or NUL, or a path that resolves outside `root` (`..`, absolute, drive letters).
 */
export function resolveAppPath(root: string, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const rootAbs = path.resolve(root);
  const file = path.resolve(rootAbs, '.' + path.posix.normalize(pathname));
  if (file !== rootAbs && !file.startsWith(rootAbs + path.sep)) return null;
  return file;
}

function contentType(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

export interface RendererHandlerOptions {
  /** dist/renderer */
  root: string;
  readFile?: (file: string) => Promise<Buffer>;
}

/**
 * The `protocol.handle` handler. Paths without an extension fall back to index.html so a
 * client-side route survives a reload; missing assets are a plain 404.
 */
export function createRendererHandler({ root, readFile = (f) => fs.readFile(f) }: RendererHandlerOptions) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method Not Allowed');
    const file = resolveAppPath(root, request.url);
    if (!file) return textResponse(404, 'Not Found');
    let body: Buffer;
    let served = file;
    try {
      body = await readFile(file);
    } catch {
      if (path.extname(file) !== '') return textResponse(404, 'Not Found');
      served = path.join(root, 'index.html');
      try {
        body = await readFile(served);
      } catch {
        return textResponse(404, 'Not Found');
      }
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentType(served) },
    });
  };
}
