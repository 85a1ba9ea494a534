/**
 * A small recording fake of the parts of the `electron` module that electron/main.ts and
 * electron/preload.ts use, for running them in Node with `vi.mock('electron', ...)`.
 */
type Listener = (...args: unknown[]) => unknown;

/** The recorded options of a window. */
export interface WindowOptions {
  webPreferences: { preload: string } & Record<string, unknown>;
}

/** Everything the fake recorded. */
export interface FakeElectron {
  module: Record<string, unknown>;
  appListeners: Map<string, Listener>;
  schemes: unknown[];
  protocolHandlers: Map<string, (req: { url: string; method: string }) => Promise<Response>>;
  ipcHandlers: Map<string, Listener>;
  windows: {
    options: WindowOptions;
    loadedUrl: string | null;
    sent: unknown[][];
    handlers: Map<string, Listener>;
    closed: boolean;
  }[];
  permissionHandler: Listener | null;
  permissionCheck: Listener | null;
  beforeRequest: Listener | null;
  exposed: Map<string, unknown>;
  rendererListeners: Map<string, Set<Listener>>;
  invoked: unknown[][];
  /** The application menu template that was set. */
  menu: { label?: string; submenu?: { label?: string; click?: () => void; submenu?: { label?: string; click?: () => void }[] }[] }[] | null;
  /** Files the next open dialog returns. */
  dialogFiles: string[];
  /** Message boxes shown, and the button index the next one answers. */
  messageBoxes: { title?: string; message?: string; detail?: string }[];
  messageBoxResponse: number;
  /** URLs given to shell.openExternal. */
  openedExternal: string[];
  /** Session handlers registered with `on` and the spellchecker languages. */
  sessionEvents: Map<string, Listener>;
  spellLanguages: string[];
  ready: () => void;
}

/** Creates the fake; `userDataDir` is what `app.getPath('userData')` returns. */
export function createFakeElectron(userDataDir: string): FakeElectron {
  let ready: () => void = () => {};
  const readyPromise = new Promise<void>((r) => (ready = r));
  const f: FakeElectron = {
    module: {},
    appListeners: new Map(),
    schemes: [],
    protocolHandlers: new Map(),
    ipcHandlers: new Map(),
    windows: [],
    permissionHandler: null,
    permissionCheck: null,
    beforeRequest: null,
    exposed: new Map(),
    rendererListeners: new Map(),
    invoked: [],
    menu: null,
    dialogFiles: [],
    messageBoxes: [],
    messageBoxResponse: 1,
    openedExternal: [],
    sessionEvents: new Map(),
    spellLanguages: [],
    ready: () => ready(),
  };
  class BrowserWindow {
    record: FakeElectron['windows'][number];
    webContents: { send: (...a: unknown[]) => void };
    constructor(options: WindowOptions) {
      this.record = { options, loadedUrl: null, sent: [], handlers: new Map(), closed: false };
      f.windows.push(this.record);
      this.webContents = { send: (...a) => void this.record.sent.push(a) };
    }
    loadURL(url: string) {
      this.record.loadedUrl = url;
      return Promise.resolve();
    }
    once(event: string, fn: Listener) {
      this.record.handlers.set(event, fn);
    }
    on(event: string, fn: Listener) {
      this.record.handlers.set(event, fn);
    }
    close() {
      let prevented = false;
      this.record.handlers.get('close')?.({ preventDefault: () => (prevented = true) });
      if (!prevented) this.record.closed = true;
    }
    destroy() {
      this.record.closed = true;
    }
    show() {}
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
  }
  f.module = {
    app: {
      requestSingleInstanceLock: () => true,
      on: (event: string, fn: Listener) => void f.appListeners.set(event, fn),
      whenReady: () => readyPromise,
      getPath: (name: string) => (name === 'userData' ? userDataDir : `/nonexistent/${name}`),
      getVersion: () => '0.1.0',
      isPackaged: false,
      quit: () => {},
      exit: () => {},
    },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => void f.schemes.push(...s),
      handle: (scheme: string, fn: never) => void f.protocolHandlers.set(scheme, fn),
    },
    ipcMain: { handle: (channel: string, fn: Listener) => void f.ipcHandlers.set(channel, fn) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Listener) => void (f.permissionHandler = fn),
        setPermissionCheckHandler: (fn: Listener) => void (f.permissionCheck = fn),
        setDevicePermissionHandler: () => {},
        webRequest: { onBeforeRequest: (fn: Listener) => void (f.beforeRequest = fn) },
        on: (event: string, fn: Listener) => void f.sessionEvents.set(event, fn),
        setSpellCheckerLanguages: (langs: string[]) => void (f.spellLanguages = langs),
      },
    },
    shell: { openExternal: async (url: string) => void f.openedExternal.push(url) },
    BrowserWindow,
    Menu: {
      buildFromTemplate: (template: FakeElectron['menu']) => template,
      setApplicationMenu: (menu: FakeElectron['menu']) => void (f.menu = menu),
    },
    dialog: {
      showOpenDialog: async () => ({
        canceled: f.dialogFiles.length === 0,
        filePaths: f.dialogFiles,
      }),
      showSaveDialog: async () => ({ canceled: true, filePath: '' }),
      showMessageBox: async (...a: unknown[]) => {
        f.messageBoxes.push(a[a.length - 1] as FakeElectron['messageBoxes'][number]);
        return { response: f.messageBoxResponse, checkboxChecked: false };
      },
    },
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => void f.exposed.set(key, value),
    },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        f.invoked.push(args);
        return Promise.resolve({ ok: true, value: 'dari-main' });
      },
      on: (channel: string, fn: Listener) => {
        if (!f.rendererListeners.has(channel)) f.rendererListeners.set(channel, new Set());
        f.rendererListeners.get(channel)!.add(fn);
      },
      removeListener: (channel: string, fn: Listener) =>
        void f.rendererListeners.get(channel)?.delete(fn),
    },
  };
  return f;
}
