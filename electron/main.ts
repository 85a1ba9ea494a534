/**
 * The Electron main process: wiring only. Every decision lives in a small module tested in Node:
 * window-options (secure windows), security (session and navigation policy), ipc-handler and
 * ipc-guard (the one IPC channel), call-router (file lock, PDF, host methods), menu, dialogs,
 * file-lock, recovery, pdf, app-protocol (the renderer on app://rancang/).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  shell,
  type MessageBoxOptions,
} from 'electron';
import type { DraftState } from '../src/api/contract';
import { closeContext, createContext, dispatch, type ApiContext } from '../src/api/dispatch';
import { BackupScheduler } from '../src/store/backup-schedule';
import { readRecent } from '../src/api/recent';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, handleAppRequest } from './app-protocol';
import { createCallRouter, waitForIdle, type CallRouter } from './call-router';
import { IPC_CALL, IPC_EVENT } from './channels';
import { aboutBox, createDialogHost, dialogOptions, lockedProjectBox, recoveryBox } from './dialogs';
import { LockKeeper } from './file-lock';
import { createCallHandler } from './ipc-handler';
import { projectFileFromArgv } from './launch-file';
import { MENU_EVENT, menuTemplate } from './menu';
import { createPdfPrinter } from './pdf';
import { PrintPages } from './print-pages';
import { beginSession, endSession, projectToRecover, recordProject, recoveryMessage } from './recovery';
import { hardenContents, hardenSession } from './security';
import { mainWindowSpec, openSecureWindow, PDF_WINDOW_SPEC } from './window-options';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, 'preload.cjs');

const printPages = new PrintPages();
const locks = new LockKeeper();
let ctx: ApiContext | null = null;
let backups: BackupScheduler | null = null;
let router: CallRouter | null = null;
let mainWindow: BrowserWindow | null = null;
let closeReady = false;
/** A file the OS asked to open before the app was ready (macOS `open-file`). */
let pendingFile: string | null = null;

/** Pushes an event to the renderer (`window.rancang.on(name, …)`). */
function sendEvent(name: string, payload: unknown): void {
  mainWindow?.webContents.send(IPC_EVENT, name, payload);
}

/** Shows a message box, attached to the main window when there is one. */
function messageBox(options: MessageBoxOptions) {
  return mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options);
}

/** Opens a project file (launch, OS, menu); on a lock, offers read-only; tells the renderer. */
async function openProjectFile(file: string): Promise<boolean> {
  if (!router) {
    pendingFile = file;
    return false;
  }
  const target = path.resolve(file);
  let result = await router.call('project.open', { path: target });
  if (!result.ok && result.error.code === 'PROJECT_LOCKED') {
    const answer = await messageBox(lockedProjectBox(result.error.message));
    if (answer.response === 0) result = await router.call('project.open', { path: target, readOnly: true });
  }
  sendEvent('project.opened', result);
  return result.ok;
}

/** Shows the native open dialog and opens the chosen project. */
async function openWithDialog(): Promise<void> {
  if (!mainWindow) return;
  const choice = await dialog.showOpenDialog(mainWindow, dialogOptions.openProject());
  const file = choice.filePaths[0];
  if (!choice.canceled && file) await openProjectFile(file);
}

/** Rebuilds the application menu (after the recent list changed). */
function refreshMenu(userDataDir: string): void {
  const template = menuTemplate(
    {
      send: (action) => sendEvent(MENU_EVENT, { action }),
      openProject: () => void openWithDialog(),
      openRecent: (file) => void openProjectFile(file),
      about: () => void messageBox(aboutBox(app.getVersion(), process.versions)),
    },
    { devTools: !app.isPackaged, recent: readRecent(userDataDir) },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Creates the main window; closing it first lets the renderer save (event `app.closing`). */
function createWindow(): BrowserWindow {
  const win = openSecureWindow(BrowserWindow, mainWindowSpec(preloadPath));
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  win.on('close', (event) => {
    if (closeReady || !router) return;
    event.preventDefault();
    sendEvent('app.closing', {});
    const r = router;
    void waitForIdle(r, { settleMs: 300, maxMs: 5000 }).then(() => {
      closeReady = true;
      win.close();
    });
  });
  win.on('closed', () => (mainWindow = null));
  void win.loadURL(APP_INDEX_URL);
  return win;
}

/** After an unclean end: reopens the last project and tells the user when its draft was saved. */
async function recover(file: string): Promise<void> {
  if (!router || !(await openProjectFile(file))) return;
  const draft = await router.call('draft.get', {});
  const savedAt = draft.ok ? (draft.value as DraftState).savedAt : '';
  const message = recoveryMessage(savedAt);
  sendEvent('recovery.restored', { path: file, savedAt, message });
  void messageBox(recoveryBox(message, file));
}

async function onReady(): Promise<void> {
  const userDataDir = app.getPath('userData');
  const previous = beginSession(userDataDir, process.pid, new Date());
  const context = createContext({ userDataDir, appVersion: app.getVersion() });
  ctx = context;
  // Rotating backups of the open project every 10 minutes when it changed (SQLite online backup).
  backups = new BackupScheduler({ current: () => context.project, onError: (e) => console.error('backup', e) });
  backups.start();
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, (request) => handleAppRequest(request, rendererDir, printPages));
  const r = createCallRouter({
    dispatch: (method, args) => dispatch(context, method, args),
    locks,
    printPdf: createPdfPrinter(() => openSecureWindow(BrowserWindow, PDF_WINDOW_SPEC), printPages),
    userDataDir,
    host: createDialogHost(dialog, () => mainWindow),
    onProjectChanged: (file) => {
      recordProject(userDataDir, file);
      refreshMenu(userDataDir);
    },
  });
  router = r;
  ipcMain.handle(IPC_CALL, createCallHandler((method, args) => r.call(method, args)));
  refreshMenu(userDataDir);
  const launchFile = pendingFile ?? projectFileFromArgv(process.argv);
  const recoverFile = launchFile ? null : projectToRecover(previous);
  if (launchFile) await openProjectFile(launchFile);
  createWindow();
  if (recoverFile) await recover(recoverFile);
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
    if (file) void openProjectFile(file);
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    void openProjectFile(file);
  });
  app.on('web-contents-created', (_event, contents) =>
    hardenContents(contents, (url) => void shell.openExternal(url)),
  );
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    backups?.stop();
    locks.release();
    if (ctx) closeContext(ctx);
    ctx = null;
    endSession(app.getPath('userData'));
  });
  app
    .whenReady()
    .then(onReady)
    .catch((err: unknown) => {
      console.error('Rancang gagal dimulai:', err);
      app.exit(2);
    });
}
