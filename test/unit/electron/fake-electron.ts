/**
 * A recording stand-in for the 'electron' module (whose runtime cannot be installed here).
 * Use it with: vi.mock('electron', async () => (await import('./fake-electron')).electronModule)
 * and import { fake } from './fake-electron' in the test: both see the same instance.
 */
type Listener = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, fn: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    return this;
  }
  once(event: string, fn: Listener): this {
    return this.on(event, fn);
  }
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((fn) => fn(...args));
  }
}

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  frameToken: string;
}

export class FakeWebContents extends Emitter {
  windowOpenHandler: ((details: unknown) => unknown) | undefined;
  mainFrame: FakeFrame = { url: 'app://bytteordning/index.html', parent: null, processId: 7, frameToken: 'main-frame' };
  setWindowOpenHandler(fn: (details: unknown) => unknown): void {
    this.windowOpenHandler = fn;
  }
}

export class FakeBrowserWindow extends Emitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  shown = false;
  maximized = false;
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances;
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  maximize(): void {
    this.maximized = true;
  }
  unmaximize(): void {
    this.maximized = false;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getNormalBounds() {
    const o = this.options as { x?: number; y?: number; width: number; height: number };
    return { x: o.x ?? 0, y: o.y ?? 0, width: o.width, height: o.height };
  }
}

/** Reversible stand-in for the OS key store; flip the switches to simulate failures. */
export class FakeSafeStorage {
  available = true;
  backend = 'gnome_libsecret';
  failDecrypt = false;
  shouldReEncrypt = false;
  encryptCalls = 0;
  async isAsyncEncryptionAvailable(): Promise<boolean> {
    return this.available;
  }
  async encryptStringAsync(plain: string): Promise<Buffer> {
    this.encryptCalls++;
    return Buffer.concat([Buffer.from('SEALED:'), Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)]);
  }
  async decryptStringAsync(sealed: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }> {
    if (this.failDecrypt || !sealed.subarray(0, 7).equals(Buffer.from('SEALED:'))) {
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    }
    return { shouldReEncrypt: this.shouldReEncrypt, result: Buffer.from(sealed.subarray(7).map((b) => b ^ 0x5a)).toString('utf8') };
  }
  getSelectedStorageBackend(): string {
    return this.backend;
  }
}

function createFake(userDataDir = '/tmp/bytteordning-fake-userdata') {
  const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
  const appEvents = new Emitter();
  const sessionEvents = new Emitter();
  const state = {
    userDataDir,
    isPackaged: false,
    singleInstance: true,
    calls: [] as { what: string; args: unknown[] }[],
    ipcHandlers: new Map<string, Listener>(),
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, (req: Request) => Promise<Response>>(),
    permissionRequestHandler: undefined as undefined | Listener,
    permissionCheckHandler: undefined as undefined | Listener,
    devicePermissionHandler: undefined as undefined | Listener,
    beforeRequest: undefined as undefined | { filter: { urls: string[] }; fn: Listener },
    headersReceived: undefined as undefined | Listener,
    applicationMenu: undefined as unknown,
    errorBoxes: [] as { title: string; content: string }[],
    exposed: new Map<string, unknown>(),
    rendererInvokes: [] as unknown[][],
  };
  const record = (what: string) => (...args: unknown[]) => {
    state.calls.push({ what, args });
  };

  const app = {
    enableSandbox: record('app.enableSandbox'),
    commandLine: { appendSwitch: record('app.commandLine.appendSwitch') },
    requestSingleInstanceLock: () => state.singleInstance,
    quit: record('app.quit'),
    exit: record('app.exit'),
    on: (event: string, fn: Listener) => appEvents.on(event, fn),
    whenReady: () => Promise.resolve(),
    get isPackaged() {
      return state.isPackaged;
    },
    getPath: (name: string) => (name === 'userData' ? state.userDataDir : `/tmp/${name}`),
    getVersion: () => '0.1.0',
    setAppUserModelId: record('app.setAppUserModelId'),
  };

  const session = {
    defaultSession: {
      setPermissionRequestHandler: (fn: Listener) => (state.permissionRequestHandler = fn),
      setPermissionCheckHandler: (fn: Listener) => (state.permissionCheckHandler = fn),
      setDevicePermissionHandler: (fn: Listener) => (state.devicePermissionHandler = fn),
      setSpellCheckerLanguages: record('session.setSpellCheckerLanguages'),
      on: (event: string, fn: Listener) => sessionEvents.on(event, fn),
      webRequest: {
        onBeforeRequest: (filter: { urls: string[] }, fn: Listener) => (state.beforeRequest = { filter, fn }),
        onHeadersReceived: (fn: Listener) => (state.headersReceived = fn),
      },
    },
  };

  const electronModule = {
    app,
    session,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: (channel: string, fn: Listener) => state.ipcHandlers.set(channel, fn) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privilegedSchemes.push(...schemes),
      handle: (scheme: string, fn: (req: Request) => Promise<Response>) => state.protocolHandlers.set(scheme, fn),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: unknown) => (state.applicationMenu = menu),
    },
    screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
    dialog: {
      showErrorBox: (title: string, content: string) => state.errorBoxes.push({ title, content }),
      showMessageBox: (...args: unknown[]) => {
        state.calls.push({ what: 'dialog.showMessageBox', args });
        return Promise.resolve({ response: 0 });
      },
    },
    safeStorage: new FakeSafeStorage(),
    contextBridge: { exposeInMainWorld: (name: string, api: unknown) => state.exposed.set(name, api) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        state.rendererInvokes.push(args);
        return Promise.resolve({ ok: true, data: null });
      },
    },
  };

  return { state, appEvents, sessionEvents, electronModule };
}

export const fake = createFake();
export const electronModule = fake.electronModule;

/** Clears what the previous test recorded (listeners too) and points userData at `dir`. */
export function resetFake(userDataDir: string): void {
  const s = fake.state;
  s.userDataDir = userDataDir;
  s.isPackaged = false;
  s.singleInstance = true;
  s.calls.length = 0;
  s.ipcHandlers.clear();
  s.privilegedSchemes.length = 0;
  s.protocolHandlers.clear();
  s.permissionRequestHandler = s.permissionCheckHandler = s.devicePermissionHandler = undefined;
  s.beforeRequest = undefined;
  s.headersReceived = undefined;
  s.applicationMenu = undefined;
  s.errorBoxes.length = 0;
  s.exposed.clear();
  s.rendererInvokes.length = 0;
  fake.appEvents.listeners.clear();
  fake.sessionEvents.listeners.clear();
  FakeBrowserWindow.instances = [];
  Object.assign(fake.electronModule.safeStorage, new FakeSafeStorage());
}
