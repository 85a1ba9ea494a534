/**
 * Native dialogs (Indonesian): open/save a project, choose a file to import or an export
 * target, the read-only question when a project is locked, the recovery notice and the About
 * box. The renderer reaches the file dialogs through host methods on the one IPC channel:
 *
 * | method               | args                                   | value                    |
 * |----------------------|----------------------------------------|--------------------------|
 * | `dialog.openProject` | `{}`                                   | `{ path: string \| null }` |
 * | `dialog.saveProject` | `{ defaultName?: string }`             | `{ path: string \| null }` |
 * | `dialog.importFile`  | `{}`                                   | `{ path: string \| null }` |
 * | `dialog.exportFile`  | `{ defaultName: string, format: 'docx'\|'pdf'\|'html'\|'akn' }` | `{ path: string \| null }` |
 *
 * A cancelled dialog answers `{ path: null }`. The paths then go to the core methods
 * (`project.open`, `project.create`, `import.start`, `export.run` with `outPath`).
 */
import type {
  BaseWindow,
  MessageBoxOptions,
  MessageBoxReturnValue,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import type { HostMethod } from './call-router';

/** The part of Electron's `dialog` used here. */
export interface DialogApi {
  showOpenDialog(window: BaseWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSaveDialog(window: BaseWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showMessageBox(window: BaseWindow, options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
}

/** The filter of project files. */
export const PROJECT_FILE_FILTERS = [{ name: 'Proyek Rancang', extensions: ['rancang'] }];

/** The filter of importable documents. */
export const IMPORT_FILE_FILTERS = [
  { name: 'Dokumen (DOCX, PDF, TXT)', extensions: ['docx', 'pdf', 'txt'] },
  { name: 'Semua berkas', extensions: ['*'] },
];

/** The filter of each export format. */
export const EXPORT_FILE_FILTERS: Readonly<Record<string, { name: string; extensions: string[] }>> = {
  docx: { name: 'Dokumen Word', extensions: ['docx'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  html: { name: 'Halaman HTML', extensions: ['html'] },
  akn: { name: 'Akoma Ntoso (XML)', extensions: ['xml'] },
};

/** The options of each file dialog. */
export const dialogOptions = {
  openProject: (): OpenDialogOptions => ({
    title: 'Buka proyek Rancang',
    filters: PROJECT_FILE_FILTERS,
    properties: ['openFile'],
  }),
  saveProject: (defaultName = 'proyek-baru.rancang'): SaveDialogOptions => ({
    title: 'Simpan proyek baru',
    defaultPath: defaultName,
    filters: PROJECT_FILE_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }),
  importFile: (): OpenDialogOptions => ({
    title: 'Impor naskah',
    filters: IMPORT_FILE_FILTERS,
    properties: ['openFile'],
  }),
  exportFile: (defaultName: string, format: string): SaveDialogOptions => ({
    title: 'Simpan hasil ekspor',
    defaultPath: defaultName,
    filters: [EXPORT_FILE_FILTERS[format] ?? { name: 'Semua berkas', extensions: ['*'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }),
};

/** A short string argument, or `fallback`. */
function nameArg(args: unknown, key: string, fallback: string): string {
  const v = args && typeof args === 'object' ? (args as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' && v.length > 0 && v.length <= 255 ? v : fallback;
}

/** The `dialog.*` host methods over `dialog`, parented to the window `getWindow()` returns. */
export function createDialogHost(dialog: DialogApi, getWindow: () => BaseWindow | null): Record<string, HostMethod> {
  const chosen = (path: string | undefined | null, canceled: boolean) =>
    ({ ok: true, value: { path: !canceled && path ? path : null } }) as const;
  const noWindow = { ok: false, error: { code: 'INTERNAL', message: 'Jendela Rancang belum siap.' } } as const;
  const open = (options: OpenDialogOptions) => async () => {
    const win = getWindow();
    if (!win) return noWindow;
    const r = await dialog.showOpenDialog(win, options);
    return chosen(r.filePaths[0], r.canceled);
  };
  const save = (options: (args: unknown) => SaveDialogOptions) => async (args: unknown) => {
    const win = getWindow();
    if (!win) return noWindow;
    const r = await dialog.showSaveDialog(win, options(args));
    return chosen(r.filePath, r.canceled);
  };
  return {
    'dialog.openProject': open(dialogOptions.openProject()),
    'dialog.importFile': open(dialogOptions.importFile()),
    'dialog.saveProject': save((a) => dialogOptions.saveProject(nameArg(a, 'defaultName', 'proyek-baru.rancang'))),
    'dialog.exportFile': save((a) =>
      dialogOptions.exportFile(nameArg(a, 'defaultName', 'ekspor'), nameArg(a, 'format', '')),
    ),
  };
}

/** The question asked when a project is locked; answer 0 opens it read-only. */
export function lockedProjectBox(message: string): MessageBoxOptions {
  return {
    type: 'warning',
    title: 'Proyek sedang dipakai',
    message: 'Proyek ini sedang dibuka di tempat lain.',
    detail: message,
    buttons: ['Buka sebagai baca-saja', 'Batal'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  };
}

/** The notice after a crash: the draft was recovered from the autosave. */
export function recoveryBox(message: string, file: string): MessageBoxOptions {
  return {
    type: 'info',
    title: 'Draf dipulihkan',
    message,
    detail: `Rancang tidak ditutup dengan benar pada sesi sebelumnya. Proyek dibuka kembali: ${file}`,
    buttons: ['Lanjutkan'],
    noLink: true,
  };
}

/** The About box with the versions of Rancang, Electron, Chromium and Node. */
export function aboutBox(appVersion: string, versions: Partial<Record<string, string>>): MessageBoxOptions {
  return {
    type: 'info',
    title: 'Tentang Rancang',
    message: `Rancang ${appVersion}`,
    detail: [
      'Ruang kerja penyusunan dan perubahan Peraturan Daerah.',
      '',
      `Electron ${versions.electron ?? '-'}`,
      `Chromium ${versions.chrome ?? '-'}`,
      `Node.js ${versions.node ?? '-'}`,
      `V8 ${versions.v8 ?? '-'}`,
    ].join('\n'),
    buttons: ['Tutup'],
    noLink: true,
  };
}
