import type { AppErrorShape } from '../../shared/errors';

/**
 * Browser mode's session (see src/main/web/server.ts for why it is not a cookie): the login
 * link's one-time code is traded for a session token, kept in this origin's localStorage
 * (per port, so no other local server sees it) and sent as a header on every call.
 */
const LOGIN_PARAM = 'innlogging';
const SESSION_HEADER = 'x-bytteordning-token';
const STORAGE_KEY = 'bytteordning.tilgang';

async function trade(code: string): Promise<AppErrorShape | null> {
  const res = await fetch('./innlogging', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const body = (await res.json()) as { ok: true; data: { token: string } } | { ok: false; error: AppErrorShape };
  if (!body.ok) return body.error;
  localStorage.setItem(STORAGE_KEY, body.data.token);
  return null;
}

let login: Promise<AppErrorShape | null> | undefined;

/** Settles once this page has a session (or knows why it has none); the code leaves the address at once. */
function loggedIn(): Promise<AppErrorShape | null> {
  login ??= (() => {
    const params = new URLSearchParams(window.location.search);
    const code = params.get(LOGIN_PARAM);
    if (!code) return Promise.resolve(null);
    params.delete(LOGIN_PARAM);
    const query = params.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
    // A used code may still be answered by a session this browser already has.
    return trade(code).then((refused) => (refused && localStorage.getItem(STORAGE_KEY) ? null : refused));
  })();
  return login;
}

/** The headers that carry the session, or the refusal that says why there is none. */
export async function sessionHeaders(): Promise<{ headers: Record<string, string> } | { refused: AppErrorShape }> {
  const refused = await loggedIn();
  if (refused) return { refused };
  const token = localStorage.getItem(STORAGE_KEY);
  return { headers: token ? { [SESSION_HEADER]: token } : {} };
}
