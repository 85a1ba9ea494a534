/**
 * The application menu (Indonesian), as a pure template builder so that it is tested in Node.
 * Editing items use Electron's built-in roles; "Buka proyek…" is handled by the main process
 * (native file dialog), which tells the renderer through the `project.opened` event.
 */
import type { MenuItemConstructorOptions } from 'electron';

/** What the menu can ask the main process to do. */
export interface MenuActions {
  /** Shows the open dialog and opens the chosen project. */
  openProject(): void;
}

/** The menu template; `devTools` adds the developer tools item (unpackaged runs only). */
export function menuTemplate(
  actions: MenuActions,
  opts: { devTools: boolean },
): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: 'Ukuran asli' },
    { role: 'zoomIn', label: 'Perbesar' },
    { role: 'zoomOut', label: 'Perkecil' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Layar penuh' },
  ];
  if (opts.devTools)
    view.push({ type: 'separator' }, { role: 'toggleDevTools', label: 'Alat pengembang' });
  return [
    {
      label: 'Berkas',
      submenu: [
        { label: 'Buka proyek…', accelerator: 'CmdOrCtrl+O', click: () => actions.openProject() },
        { type: 'separator' },
        { role: 'quit', label: 'Keluar' },
      ],
    },
    {
      label: 'Sunting',
      submenu: [
        { role: 'undo', label: 'Batalkan' },
        { role: 'redo', label: 'Ulangi' },
        { type: 'separator' },
        { role: 'cut', label: 'Potong' },
        { role: 'copy', label: 'Salin' },
        { role: 'paste', label: 'Tempel' },
        { role: 'selectAll', label: 'Pilih semua' },
      ],
    },
    { label: 'Tampilan', submenu: view },
  ];
}

/** The filter of the open dialog. */
export const PROJECT_FILE_FILTERS = [{ name: 'Proyek Rancang', extensions: ['rancang'] }];
