/**
 * The Electron main process, kept thin: one sandboxed window on `app://rancang/`, a strict CSP,
 * no navigation, no new windows, no permissions, no remote requests, and one IPC channel that
 * relays to the core's `dispatch`. The decisions live in small modules tested in Node.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { createContext, type ApiContext } from '../src/api/context';
import { closeContext, dispatch } from '../src/api/dispatch';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, handleAppRequest } from './app-protocol';
import { IPC_CALL, IPC_EVENT } from './channels';
import { createCallHandler } from './ipc-handler';
import { isAllowedRequest } from './ipc-guard';
import { projectFileFromArgv } from './launch-file';
import { menuTemplate, PROJECT_FILE_FILTERS } from './menu';
import { mainWindowOptions } from './window-options';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, 'preload.cjs');

let ctx: ApiContext | null = null;
let mainWindow: BrowserWindow | null = null;
/** A file the OS asked to open before the app was ready (macOS `open-file`). */
let pendingFile: string | null = null;

/** Opens a project file given at launch or by the OS, and tells the renderer. */
async function openFromOs(file: string): Promise<void> {
  if (!ctx) {
    pendingFile = file;
    return;
  }
  const result = await dispatch(ctx, 'project.open', { path: path.resolve(file) });
  mainWindow?.webContents.send(IPC_EVENT, 'project.opened', result);
}

/** Shows the native open dialog and opens the chosen project. */
async function openWithDialog(): Promise<void> {
  if (!mainWindow) return;
  const choice = await dialog.showOpenDialog(mainWindow, {
    title: 'Buka proyek Rancang',
    filters: PROJECT_FILE_FILTERS,
    properties: ['openFile'],
  });
  const file = choice.filePaths[0];
  if (!choice.canceled && file) await openFromOs(file);
}

function createWindow(): void {
  mainWindow = new BrowserWindow(mainWindowOptions(preloadPath));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(APP_INDEX_URL);
}

async function onReady(): Promise<void> {
  const context = createContext({
    userDataDir: app.getPath('userData'),
    appVersion: app.getVersion(),
  });
  ctx = context;
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url) }),
  );
  protocol.handle(APP_SCHEME, (request) => handleAppRequest(request, rendererDir));
  ipcMain.handle(
    IPC_CALL,
    createCallHandler((method, args) => dispatch(context, method, args)),
  );
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({ openProject: () => void openWithDialog() }, { devTools: !app.isPackaged }),
    ),
  );
  const file = pendingFile ?? projectFileFromArgv(process.argv);
  if (file) await dispatch(context, 'project.open', { path: path.resolve(file) });
  createWindow();
}

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    const file = projectFileFromArgv(argv);
    if (file) void openFromOs(file);
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    void openFromOs(file);
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (e) => e.preventDefault());
    contents.on('will-attach-webview', (e) => e.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    if (ctx) void closeContext(ctx);
    ctx = null;
  });
  app
    .whenReady()
    .then(onReady)
    .catch((err: unknown) => {
      console.error('Rancang gagal dimulai:', err);
      app.exit(2);
    });
}
