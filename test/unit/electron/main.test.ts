import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../src/shared/contract';
import { fake, FakeBrowserWindow, resetFake, type FakeFrame, type FakeWebContents } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);
// The real openApp opens an SQLCipher database; the Electron shell is tested without it.
vi.mock('../../../src/main/app', () => ({ DATABASE_FILE: 'bytteordning.db', openApp: vi.fn() }));

const main = await import('../../../src/main/electron/main');
const { IPC_CHANNEL_PREFIX } = await import('../../../src/main/transports/ipc');
const { SEALED_KEY_FILE } = await import('../../../src/main/electron/key-store');
const { openDatabase } = await import('../../../src/main/db/database');
const { backupNow, listBackups } = await import('../../../src/main/db/backup');
const { DEFAULT_BACKUP_FOLDER } = await import('../../../src/main/db/backup-config');
const { AppError } = await import('../../../src/shared/errors');

let dir: string;
const dispatch = vi.fn(async (channel: string, input: unknown) => ({ ok: true as const, data: { channel, input } }));
const close = vi.fn();
const openApp = vi.fn(() => ({ dispatch, close, db: {} as never, integrityChecked: async () => true, maintenance: async () => {} }));

beforeEach(() => {
  // start() logs why it could not start; the tests check the dialog instead.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bytteordning-electron-'));
  resetFake(dir);
  dispatch.mockClear();
  close.mockClear();
  openApp.mockClear();
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function started() {
  const instance = await main.start({ openApp });
  expect(instance).not.toBeNull();
  const win = FakeBrowserWindow.instances[0];
  if (!win) throw new Error('no window was created');
  return win;
}

function invoke(channel: string, senderFrame: FakeFrame | null, input: unknown) {
  const handler = fake.state.ipcHandlers.get(IPC_CHANNEL_PREFIX + channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler({ senderFrame }, input) as Promise<unknown>;
}

describe('Electron entry: window', () => {
  it('creates one window with the security settings, a preload and a minimum size', async () => {
    const win = await started();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const o = win.options as Record<string, unknown> & { webPreferences: Record<string, unknown> };
    expect(o.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      devTools: true, // unpackaged = development
    });
    expect(o.webPreferences.preload).toBe(main.PRELOAD_PATH);
    expect(path.basename(String(o.webPreferences.preload))).toBe('preload.cjs');
    expect(path.isAbsolute(String(o.webPreferences.preload))).toBe(true);
    expect(o).toMatchObject({ minWidth: 1024, minHeight: 700, show: false, title: 'Bytteordning', autoHideMenuBar: false });
    expect(win.loadedUrl).toBe('app://bytteordning/');
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('turns developer tools off in a packaged app', async () => {
    fake.state.isPackaged = true;
    const win = await started();
    expect((win.options.webPreferences as Record<string, unknown>).devTools).toBe(false);
  });

  it('sandboxes every renderer and registers the app scheme as standard and secure, without CSP bypass', async () => {
    await started();
    expect(fake.state.calls.some((c) => c.what === 'app.enableSandbox')).toBe(true);
    expect(fake.state.calls).toContainEqual({ what: 'app.commandLine.appendSwitch', args: ['lang', 'nb-NO'] });
    expect(fake.state.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    const privileges = (fake.state.privilegedSchemes[0] as { privileges: Record<string, unknown> }).privileges;
    expect(privileges.bypassCSP).toBeUndefined();
    expect(fake.state.protocolHandlers.has('app')).toBe(true);
  });

  it('remembers size, position and maximized state in window-state.json', async () => {
    fs.writeFileSync(path.join(dir, 'window-state.json'), JSON.stringify({ x: 50, y: 40, width: 1300, height: 900, isMaximized: true }));
    const win = await started();
    expect(win.options).toMatchObject({ x: 50, y: 40, width: 1300, height: 900 });
    win.emit('ready-to-show');
    expect(win.maximized).toBe(true);
    win.emit('close');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'window-state.json'), 'utf8'))).toEqual({
      x: 50,
      y: 40,
      width: 1300,
      height: 900,
      isMaximized: true,
    });
  });

  it('moves a window saved on a screen that is gone back onto the screen there is', async () => {
    fs.writeFileSync(path.join(dir, 'window-state.json'), JSON.stringify({ x: 2500, y: 100, width: 1200, height: 800 }));
    const win = await started();
    expect(win.options.x).toBeUndefined();
    expect(win.options).toMatchObject({ width: 1200, height: 800 });
  });

  it('installs the Norwegian menu', async () => {
    await started();
    const template = (fake.state.applicationMenu as { template: { label: string }[] }).template;
    expect(template.map((m) => m.label)).toEqual(['Fil', 'Rediger', 'Vis', 'Vindu', 'Hjelp']);
  });
});

describe('Electron entry: IPC', () => {
  it('registers exactly one handler per contract channel, under the prefix, and nothing else', async () => {
    await started();
    const registered = [...fake.state.ipcHandlers.keys()].sort();
    expect(registered).toEqual(CHANNELS.map((c) => `bytteordning:${c}`).sort());
    expect(registered).toHaveLength(CHANNELS.length);
  });

  it('answers the main frame of the app window through dispatch', async () => {
    const win = await started();
    const result = await invoke('setup.get', win.webContents.mainFrame, {});
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('setup.get', {});
    expect(result).toEqual({ ok: true, data: { channel: 'setup.get', input: {} } });
  });

  it.each([
    ['a foreign page', { url: 'https://evil.example/', parent: null, processId: 7, frameToken: 'main-frame' }],
    ['a subframe', { url: 'app://bytteordning/index.html', parent: {} as FakeFrame, processId: 7, frameToken: 'sub' }],
    ['another frame with the app URL', { url: 'app://bytteordning/index.html', parent: null, processId: 9, frameToken: 'other' }],
    ['a file:// page', { url: 'file:///tmp/index.html', parent: null, processId: 7, frameToken: 'main-frame' }],
    ['a look-alike host', { url: 'app://bytteordning.evil/index.html', parent: null, processId: 7, frameToken: 'main-frame' }],
    ['a destroyed frame', null],
  ])('refuses %s with IKKE_TILGANG and never calls dispatch', async (_name, frame) => {
    await started();
    const result = await invoke('exchanges.list', frame as FakeFrame | null, {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'IKKE_TILGANG', message: 'Forespørselen kom fra et ukjent vindu og ble avvist.' },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('Electron entry: navigation, windows, permissions, network', () => {
  async function guardedContents() {
    await started();
    const contents = new FakeBrowserWindow({}).webContents;
    fake.appEvents.emit('web-contents-created', {}, contents);
    return contents;
  }

  function navigate(contents: FakeWebContents, event: string, url: string) {
    const e = { url, preventDefault: vi.fn() };
    contents.emit(event, e);
    return e.preventDefault;
  }

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: refuses foreign URLs, allows the app origin', async (event) => {
    const contents = await guardedContents();
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)']) {
      expect(navigate(contents, event, url), url).toHaveBeenCalled();
    }
    expect(navigate(contents, event, 'app://bytteordning/index.html')).not.toHaveBeenCalled();
  });

  it('denies window.open and <webview>', async () => {
    const contents = await guardedContents();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://bytteordning/index.html' })).toEqual({ action: 'deny' });
    const e = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', e, {}, {});
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check', async () => {
    await started();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn();
      fake.state.permissionRequestHandler?.({}, permission, cb);
      expect(cb).toHaveBeenCalledExactlyOnceWith(false);
      expect(fake.state.permissionCheckHandler?.({}, permission, 'app://bytteordning', {})).toBe(false);
    }
    expect(fake.state.devicePermissionHandler?.({})).toBe(false);
  });

  it('cancels network requests, adds the CSP to responses, and blocks downloads', async () => {
    await started();
    const br = fake.state.beforeRequest;
    expect(br?.filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    const cb = vi.fn();
    br?.fn({ url: 'https://example.com/' }, cb);
    expect(cb).toHaveBeenCalledWith({ cancel: true });

    const hcb = vi.fn();
    fake.state.headersReceived?.({ url: 'app://bytteordning/index.html', responseHeaders: { 'X-A': ['1'] } }, hcb);
    const headers = hcb.mock.calls[0]?.[0].responseHeaders as Record<string, string[]>;
    expect(headers['X-A']).toEqual(['1']);
    expect(headers['Content-Security-Policy']?.[0]).toContain("default-src 'self'");

    // A download from anywhere but the app's own blobs is refused...
    const foreign = { preventDefault: vi.fn() };
    const foreignItem = { getURL: () => 'https://example.com/x.exe', getFilename: () => 'x.exe', setSaveDialogOptions: vi.fn() };
    fake.sessionEvents.emit('will-download', foreign, foreignItem);
    expect(foreign.preventDefault).toHaveBeenCalled();
    expect(foreignItem.setSaveDialogOptions).not.toHaveBeenCalled();
    // ...while a document the app made goes through a Norwegian save dialog.
    const own = { preventDefault: vi.fn() };
    const ownItem = { getURL: () => 'blob:app://bytteordning/3f2a', getFilename: () => 'brukerprofil.pdf', setSaveDialogOptions: vi.fn() };
    fake.sessionEvents.emit('will-download', own, ownItem);
    expect(own.preventDefault).not.toHaveBeenCalled();
    expect(ownItem.setSaveDialogOptions).toHaveBeenCalledWith(expect.objectContaining({ title: 'Lagre dokument', defaultPath: expect.stringMatching(/brukerprofil\.pdf$/) }));
  });

  it('serves the renderer with the CSP header from the app scheme', async () => {
    await started();
    const root = main.RENDERER_ROOT;
    const handler = fake.state.protocolHandlers.get('app');
    const res = await handler!(new Request('app://bytteordning/../../../../etc/passwd'));
    expect([200, 404]).toContain(res.status);
    if (res.status === 200) {
      // Only possible if dist/renderer is built: the traversal was clamped to index.html inside it.
      expect(fs.existsSync(path.join(root, 'index.html'))).toBe(true);
    }
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });
});

describe('Electron entry: startup', () => {
  it('makes and seals a key on first run, hands it to openApp, and reuses it next time', async () => {
    await started();
    expect(fs.existsSync(path.join(dir, SEALED_KEY_FILE))).toBe(true);
    const first = openApp.mock.calls[0] as unknown as [{ dataDir: string; key: Buffer }];
    expect(first[0].dataDir).toBe(dir);
    expect(first[0].key).toHaveLength(32);

    resetFake(dir);
    await started();
    const second = openApp.mock.calls[1] as unknown as [{ key: Buffer }];
    expect(second[0].key.equals(first[0].key)).toBe(true);
  });

  it('closes the app (database) when Electron quits', async () => {
    await started();
    fake.appEvents.emit('will-quit');
    expect(close).toHaveBeenCalledOnce();
  });

  it('shows a Norwegian error and exits, without a window or a database, when the OS key store is unavailable', async () => {
    fake.electronModule.safeStorage.available = false;
    expect(await main.start({ openApp })).toBeNull();
    expect(fake.state.errorBoxes).toHaveLength(1);
    expect(fake.state.errorBoxes[0]?.title).toBe('Bytteordning kan ikke starte');
    expect(fake.state.errorBoxes[0]?.content).toContain('nøkkellager');
    expect(fake.state.calls).toContainEqual({ what: 'app.exit', args: [1] });
    expect(openApp).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(fs.existsSync(path.join(dir, SEALED_KEY_FILE))).toBe(false);
  });

  it('refuses to make a new key when a database exists but its sealed key is gone', async () => {
    fs.writeFileSync(path.join(dir, 'bytteordning.db'), 'existing');
    expect(await main.start({ openApp })).toBeNull();
    expect(fake.state.errorBoxes[0]?.content).toContain('lager ikke en ny, tom database');
    expect(openApp).not.toHaveBeenCalled();
    expect(fs.existsSync(path.join(dir, SEALED_KEY_FILE))).toBe(false);
  });

  it('explains a wrong database key (FEIL_NOKKEL) in Norwegian', async () => {
    openApp.mockImplementationOnce(() => {
      throw Object.assign(new Error('wrong key'), { code: 'FEIL_NOKKEL' });
    });
    expect(await main.start({ openApp })).toBeNull();
    expect(fake.state.errorBoxes[0]?.content).toContain('kan ikke åpnes med nøkkelen');
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('offers the newest backup when the database is found damaged as it opens, restores it and opens the app', async () => {
    await started();
    const { key } = (openApp.mock.calls[0] as unknown as [{ key: Buffer }])[0];
    const dbFile = path.join(dir, 'bytteordning.db');
    const db = openDatabase({ file: dbFile, key });
    db.prepare(`INSERT INTO settings (id, district, coordinator_name, coordinator_contact, deadlines, created_at, updated_at)
      VALUES (1, 'stovner', 'Kari Koordinator', 'k@oslo.kommune.no', '{}', 'x', 'x')`).run();
    const backup = backupNow(db, path.join(dir, DEFAULT_BACKUP_FOLDER), new Date('2026-03-01T10:00:00Z'), { kind: 'automatisk' });
    db.close();
    fs.writeFileSync(dbFile, 'skadet'); // as the app found it

    resetFake(dir);
    openApp.mockImplementationOnce(() => {
      throw new AppError('DATABASE_SKADET');
    });
    expect(await main.start({ openApp })).not.toBeNull();
    const asked = fake.state.calls.find((c) => c.what === 'dialog.showMessageBox')?.args[0] as { title: string; detail: string; buttons: string[] };
    expect(asked.title).toBe('Saksdatabasen er skadet');
    expect(asked.detail).toContain('01.03.2026 kl. 11.00');
    expect(asked.buttons[0]).toBe('Gjenopprett sikkerhetskopien');
    expect(openApp).toHaveBeenCalledTimes(3); // first run, the refusal, the restored database
    expect(FakeBrowserWindow.instances).toHaveLength(1);

    const restored = openDatabase({ file: dbFile, key });
    expect(restored.prepare('SELECT coordinator_name FROM settings').pluck().get()).toBe('Kari Koordinator');
    expect(restored.prepare("SELECT actor, detail FROM audit_log WHERE action = 'sikkerhetskopi.gjenopprettet'").get()).toEqual({ actor: 'Gjenoppretting ved oppstart', detail: backup.file });
    restored.close();
    const kept = listBackups(path.join(dir, DEFAULT_BACKUP_FOLDER)).find((b) => b.kind === 'gjenoppretting')!;
    expect(fs.readFileSync(path.join(dir, DEFAULT_BACKUP_FOLDER, kept.file), 'utf8')).toBe('skadet');
  });

  it('says how to restore later, and exits, when the coordinator declines the backup', async () => {
    // A backup in the folder (made elsewhere: a database file beside the key would be taken as this app's).
    const db = openDatabase({ file: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bytteordning-kilde-')), 'kilde.db'), key: Buffer.alloc(32, 7) });
    backupNow(db, path.join(dir, DEFAULT_BACKUP_FOLDER), new Date('2026-03-01T10:00:00Z'), { kind: 'automatisk' });
    db.close();
    openApp.mockImplementationOnce(() => {
      throw new AppError('DATABASE_SKADET');
    });
    vi.spyOn(fake.electronModule.dialog, 'showMessageBox').mockResolvedValueOnce({ response: 1 } as never);
    expect(await main.start({ openApp })).toBeNull();
    expect(fake.state.errorBoxes[0]?.content).toContain('sikkerhetskopien ble ikke gjenopprettet');
    expect(openApp).toHaveBeenCalledOnce();
  });

  it('says so, and exits, when the database is damaged and there is no backup', async () => {
    openApp.mockImplementationOnce(() => {
      throw new AppError('DATABASE_SKADET');
    });
    expect(await main.start({ openApp })).toBeNull();
    expect(fake.state.errorBoxes[0]?.content).toContain('det finnes ingen sikkerhetskopi');
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('quits at once when another instance holds the lock', async () => {
    fake.state.singleInstance = false;
    expect(await main.start({ openApp })).toBeNull();
    expect(fake.state.calls).toContainEqual({ what: 'app.quit', args: [] });
    expect(openApp).not.toHaveBeenCalled();
  });

  it('passes the Electron build of the native module only to an unpackaged app', () => {
    const env = { BYTTEORDNING_NATIVE_BINDING: '/x/better_sqlite3.node' };
    expect(main.nativeBindingOption(false, env)).toEqual({ nativeBinding: '/x/better_sqlite3.node' });
    expect(main.nativeBindingOption(true, env)).toEqual({});
    expect(main.nativeBindingOption(false, {})).toEqual({});
  });
});
