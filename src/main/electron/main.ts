import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  screen,
  session,
  type DownloadItem,
  type Session,
  type WebContents,
  type WebFrameMain,
} from 'electron';
import { DATABASE_FILE, openApp, type App, type AppOptions } from '../app';
import { listBackups } from '../db/backup';
import { loadBackupConfig } from '../db/backup-config';
import { restoreBeforeStart } from '../restore-before-start';
import { registerIpc } from '../transports/ipc';
import { formatInstant } from '../../shared/i18n/format';
import { AppError } from '../../shared/errors';
import { folderHasDatabase, KeyStoreError, loadOrCreateDatabaseKey, loadOrCreateSigningKey } from './key-store';
import { buildMenuTemplate } from './menu';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  createRendererHandler,
  isAppUrl,
} from './renderer-protocol';
import { clampToDisplays, MIN_HEIGHT, MIN_WIDTH, readWindowState, writeWindowState } from './window-state';
import { MENU_LABELS, STARTUP_MESSAGES } from '../../shared/i18n/system-messages';

/** Built layout: dist/main/electron/{main.js,preload.cjs} and dist/renderer/. */
const HERE = path.dirname(fileURLToPath(import.meta.url));
export const PRELOAD_PATH = path.join(HERE, 'preload.cjs');
export const RENDERER_ROOT = path.join(HERE, '..', '..', 'renderer');

export const APP_ID = 'no.oslo.kommune.bytteordning';
export const WINDOW_TITLE = 'Bytteordning';

let mainWindow: BrowserWindow | null = null;

export function getMainWindow(): BrowserWindow | null {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
}

/**
 * Only the main frame of our own window, showing a page of the app origin, may call main.
 * A subframe, another window, or a page that somehow got navigated elsewhere is refused.
 */
export function isTrustedFrame(frame: WebFrameMain | null): boolean {
  if (!frame || frame.parent !== null || !isAppUrl(frame.url)) return false;
  const win = getMainWindow();
  if (!win) return false;
  const main = win.webContents.mainFrame;
  return main.processId === frame.processId && main.frameToken === frame.frameToken;
}

/** Must run before `ready`: the scheme's privileges are fixed at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard + secure: a real origin ('self' in the CSP works, storage is per-origin) treated
      // like https. No bypassCSP, no service workers, no CORS: the app needs none of them.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Session-wide rules. The app never needs the network, the camera, notifications or downloads. */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);

  // The renderer has no reason to leave the machine: cancel every network request, so a bug
  // or an injected script cannot send case data anywhere (the CSP says the same; this is the second lock).
  ses.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'] },
    (_details, callback) => callback({ cancel: true }),
  );
  // The protocol handler already sends the CSP; this covers any response that did not come from it.
  // (DevTools' own pages are left alone: the policy would break them in development.)
  ses.webRequest.onHeadersReceived((details, callback) => {
    if (/^(devtools|chrome-extension):/i.test(details.url)) {
      callback({});
      return;
    }
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  ses.on('will-download', (event, item) => handleDownload(event, item));

  if (process.platform !== 'darwin') {
    try {
      ses.setSpellCheckerLanguages(['nb']);
    } catch {
      // A missing dictionary only costs the underlines.
    }
  }
}

/**
 * A document the app made itself (a blob: URL of the app's own origin) is saved where the
 * coordinator chooses, through the system's save dialog; every other download is refused.
 */
export function handleDownload(
  event: { preventDefault(): void },
  item: Pick<DownloadItem, 'getURL' | 'getFilename' | 'setSaveDialogOptions'>,
): void {
  if (!item.getURL().startsWith(`blob:${APP_ORIGIN}/`)) {
    event.preventDefault();
    return;
  }
  item.setSaveDialogOptions({
    title: 'Lagre dokument',
    buttonLabel: 'Lagre',
    defaultPath: path.join(app.getPath('documents'), item.getFilename()),
  });
}

/** Navigation and window rules for every web contents, present and future. */
export function guardWebContents(contents: WebContents): void {
  const refuseForeign = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-frame-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  // No popups: nothing in the app opens a window, and a link must not become one.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // <webview> would be a second, unguarded browser inside the app.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export interface MainWindowOptions {
  userDataDir: string;
  isDev: boolean;
}

export function createMainWindow({ userDataDir, isDev }: MainWindowOptions): BrowserWindow {
  const primary = screen.getPrimaryDisplay();
  const displays = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)];
  const state = clampToDisplays(readWindowState(userDataDir), displays);

  const win = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: WINDOW_TITLE,
    show: false,
    autoHideMenuBar: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      // The renderer is a web page with no Node: it talks to main only through the preload's invoke.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Developer tools only in development: in production they would be a console into the case data.
      devTools: isDev,
      preload: PRELOAD_PATH,
      spellcheck: true,
    },
  });

  win.once('ready-to-show', () => {
    if (state.isMaximized) win.maximize();
    win.show();
  });
  win.on('close', () => {
    writeWindowState(userDataDir, win.getNormalBounds(), win.isMaximized());
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.webContents.on('render-process-gone', (_event, details) => {
    console.error(`[main] renderer gone: ${details.reason}`);
  });

  void win.loadURL(APP_ENTRY_URL);
  return win;
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: MENU_LABELS.omBytteordning,
    message: 'Bytteordning',
    detail: STARTUP_MESSAGES.omDetaljer(app.getVersion()),
    buttons: ['OK'],
    noLink: true,
  };
  const win = getMainWindow();
  void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}

/** The text a coordinator sees when the app cannot start. */
export function startupErrorMessage(err: unknown): string {
  if (err instanceof KeyStoreError) return err.message;
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'GJENOPPRETTING_AVSLATT') {
    return STARTUP_MESSAGES.gjenopprettingAvslatt;
  }
  if (code === 'DATABASE_SKADET') {
    return STARTUP_MESSAGES.skadetUtenKopi;
  }
  if (code === 'FEIL_NOKKEL') {
    return STARTUP_MESSAGES.feilNokkel;
  }
  // Browser mode already runs on this folder (Electron's own second start is caught by its lock).
  if (err instanceof AppError && code === 'DATAMAPPE_I_BRUK') return err.message;
  const detail = err instanceof Error ? err.message : String(err);
  return STARTUP_MESSAGES.kunneIkkeStarte(detail);
}

function failStartup(err: unknown, userDataDir?: string): void {
  console.error('[main] startup failed:', err);
  const where = userDataDir ? STARTUP_MESSAGES.datamappe(userDataDir) : '';
  dialog.showErrorBox(STARTUP_MESSAGES.kanIkkeStarte, startupErrorMessage(err) + where);
  app.exit(1);
}

/**
 * `npm start` builds better-sqlite3 for Electron's ABI into .electron-native/ and names it in
 * BYTTEORDNING_NATIVE_BINDING, leaving node_modules' Node build to tests and browser mode.
 * A packaged app ignores the variable: its module was rebuilt for Electron by electron-builder,
 * and a native library picked by an environment variable would be code from outside the app.
 */
export function nativeBindingOption(isPackaged: boolean, env: NodeJS.ProcessEnv = process.env): { nativeBinding?: string } {
  const binding = env.BYTTEORDNING_NATIVE_BINDING;
  return !isPackaged && binding ? { nativeBinding: binding } : {};
}

/**
 * Opens the app; a database found damaged as it opens (one that needed migrating, after an
 * update) is offered its newest backup in a dialog, and opened again once restored. A damaged
 * file found later, by the check in the background, is handled by the app's own recovery screen.
 */
async function openOrRestore(open: (options: AppOptions) => App, options: AppOptions): Promise<App> {
  try {
    return open(options);
  } catch (err) {
    const newest = (err as { code?: unknown }).code === 'DATABASE_SKADET' ? listBackups(loadBackupConfig(options.dataDir).folder)[0] : undefined;
    if (!newest) throw err;
    const { response } = await dialog.showMessageBox({
      type: 'error',
      title: STARTUP_MESSAGES.skadetTittel,
      message: STARTUP_MESSAGES.skadet,
      detail: STARTUP_MESSAGES.gjenopprettSporsmal(formatInstant(newest.createdAt)),
      buttons: [STARTUP_MESSAGES.gjenopprett, STARTUP_MESSAGES.avslutt],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    });
    if (response !== 0) throw Object.assign(new Error('restore declined'), { code: 'GJENOPPRETTING_AVSLATT' });
    const said = restoreBeforeStart(options.dataDir, {
      file: newest.file,
      key: options.key,
      signingKey: options.signingKey,
      now: new Date(),
      actor: STARTUP_MESSAGES.gjenopprettetVedOppstart,
      instance: 'electron',
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    console.error(`[main] ${said}`);
    return open(options);
  }
}

export interface StartDeps {
  openApp?: (options: AppOptions) => App;
}

export async function start(deps: StartDeps = {}): Promise<App | null> {
  const open = deps.openApp ?? openApp;
  // Sandbox every renderer, including any a bug or a future feature might create.
  app.enableSandbox();
  // Norwegian everywhere Chromium formats for us: date and time inputs, spellcheck, menus.
  app.commandLine.appendSwitch('lang', 'nb-NO');
  registerAppScheme();

  // Two instances would open one database twice and race on the window state.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  app.on('second-instance', () => {
    const win = getMainWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

  await app.whenReady();
  const isDev = !app.isPackaged;
  const userDataDir = app.getPath('userData');

  let instance: App;
  try {
    const { key } = await loadOrCreateDatabaseKey({
      safeStorage,
      dir: userDataDir,
      hasExistingData: fs.existsSync(path.join(userDataDir, DATABASE_FILE)) || folderHasDatabase(userDataDir),
    });
    // Sealed beside the database key but not derivable from it: it signs the audit trail.
    const signingKey = await loadOrCreateSigningKey({ safeStorage, dir: userDataDir });
    instance = await openOrRestore(open, { dataDir: userDataDir, key, signingKey, instance: 'electron', ...nativeBindingOption(app.isPackaged) });
  } catch (err) {
    failStartup(err, userDataDir);
    return null;
  }
  app.on('will-quit', () => instance.close());

  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createRendererHandler({ root: RENDERER_ROOT }));
  registerIpc(ipcMain, instance, isTrustedFrame);
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isDev, onAbout: showAbout })));

  mainWindow = createMainWindow({ userDataDir, isDev });
  return instance;
}

// Only start when Electron runs this file; importing it (tests) has no side effects.
if (process.versions.electron) {
  start().catch((err: unknown) => failStartup(err));
}
