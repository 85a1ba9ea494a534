/**
 * The application menu in Bahasa Indonesia, as a pure template builder tested in Node.
 *
 * Most items are handled by the renderer: the main process sends the event `menu` with
 * `{ action }` through the `on` channel (`window.rancang.on('menu', ({ action }) => ...)`).
 * The action ids:
 *
 * | menu      | action ids |
 * |-----------|------------|
 * | Berkas    | `project.new` (Ctrl+N), `project.save` (Ctrl+S), `version.save` (Ctrl+Shift+S), `import.open`, `export.open` (Ctrl+E), `export.pdf` (Ctrl+P), `project.close` (Ctrl+W) |
 * | Sunting   | `edit.find` (Ctrl+F), `edit.replace` (Ctrl+H) |
 * | Sisipkan  | `insert.bab`, `insert.bagian`, `insert.paragraf`, `insert.pasal`, `insert.ayat`, `insert.huruf`, `insert.angka`, `insert.ref` (Ctrl+K) |
 * | Tampilan  | `view.draft`, `view.compare`, `view.redline`, `view.versions`, `view.outline`, `view.sidePanel` |
 * | Tinjau    | `review.comments`, `review.addComment`, `review.dim`, `review.report`, `review.export`, `review.import` |
 * | Bantuan   | `help.shortcuts` |
 *
 * Handled by the main process itself: "Buka proyek…" (Ctrl+O, native dialog), "Buka terakhir"
 * (recent files), "Tentang Rancang" (About box), "Keluar"; undo/redo/cut/copy/paste use
 * Electron's roles (ProseMirror receives them as `beforeinput` history events).
 * Shortcuts the editor already binds in the page (Ctrl+Z/Y/F/H/K) are shown in the menu but not
 * registered (`registerAccelerator: false`), so the key still reaches the page.
 */
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { RecentProject } from '../src/api/contract';

/** What the menu asks the main process to do. */
export interface MenuActions {
  /** Sends a menu action id to the renderer. */
  send(action: MenuActionId): void;
  /** Shows the open dialog and opens the chosen project. */
  openProject(): void;
  /** Opens a recently used project. */
  openRecent(file: string): void;
  /** Shows the About box. */
  about(): void;
}

/** Every action id the renderer may receive (see the table above). */
export const MENU_ACTION_IDS = [
  'project.new',
  'project.save',
  'version.save',
  'import.open',
  'export.open',
  'export.pdf',
  'project.close',
  'edit.find',
  'edit.replace',
  'insert.bab',
  'insert.bagian',
  'insert.paragraf',
  'insert.pasal',
  'insert.ayat',
  'insert.huruf',
  'insert.angka',
  'insert.ref',
  'view.draft',
  'view.compare',
  'view.redline',
  'view.versions',
  'view.outline',
  'view.sidePanel',
  'review.comments',
  'review.addComment',
  'review.dim',
  'review.report',
  'review.export',
  'review.import',
  'help.shortcuts',
] as const;

/** An action id the renderer handles. */
export type MenuActionId = (typeof MENU_ACTION_IDS)[number];

/** The name of the event that carries menu actions to the renderer. */
export const MENU_EVENT = 'menu';

/** Options of the template. */
export interface MenuOptions {
  /** Adds the developer tools item (unpackaged runs only). */
  devTools: boolean;
  /** The recent projects, newest first. */
  recent: readonly RecentProject[];
}

/** Builds the menu template. */
export function menuTemplate(actions: MenuActions, opts: MenuOptions): MenuItemConstructorOptions[] {
  const item = (label: string, action: MenuActionId, accelerator?: string, inPage = false): MenuItemConstructorOptions => ({
    label,
    click: () => actions.send(action),
    ...(accelerator ? { accelerator, registerAccelerator: !inPage } : {}),
  });
  const sep: MenuItemConstructorOptions = { type: 'separator' };
  const recent: MenuItemConstructorOptions[] =
    opts.recent.length === 0
      ? [{ label: '(belum ada)', enabled: false }]
      : opts.recent.slice(0, 10).map((r) => ({
          label: `${r.title} — ${path.basename(r.path)}`,
          click: () => actions.openRecent(r.path),
        }));
  const view: MenuItemConstructorOptions[] = [
    item('Naskah kerja', 'view.draft'),
    item('Perbandingan', 'view.compare'),
    item('Tanda perubahan', 'view.redline'),
    item('Versi', 'view.versions'),
    item('Tampilkan/sembunyikan kerangka', 'view.outline'),
    item('Tampilkan/sembunyikan panel samping', 'view.sidePanel'),
    sep,
    { role: 'resetZoom', label: 'Ukuran asli' },
    { role: 'zoomIn', label: 'Perbesar' },
    { role: 'zoomOut', label: 'Perkecil' },
    sep,
    { role: 'togglefullscreen', label: 'Layar penuh' },
  ];
  if (opts.devTools) view.push(sep, { role: 'toggleDevTools', label: 'Alat pengembang' });
  return [
    {
      label: 'Berkas',
      submenu: [
        item('Proyek baru…', 'project.new', 'CmdOrCtrl+N'),
        { label: 'Buka proyek…', accelerator: 'CmdOrCtrl+O', click: () => actions.openProject() },
        { label: 'Buka terakhir', submenu: recent },
        sep,
        item('Simpan', 'project.save', 'CmdOrCtrl+S'),
        item('Simpan versi…', 'version.save', 'CmdOrCtrl+Shift+S'),
        sep,
        item('Impor naskah…', 'import.open'),
        item('Ekspor…', 'export.open', 'CmdOrCtrl+E'),
        item('Cetak ke PDF…', 'export.pdf', 'CmdOrCtrl+P'),
        sep,
        item('Tutup proyek', 'project.close', 'CmdOrCtrl+W'),
        { role: 'quit', label: 'Keluar', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: 'Sunting',
      submenu: [
        { role: 'undo', label: 'Batalkan', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false },
        { role: 'redo', label: 'Ulangi', accelerator: 'CmdOrCtrl+Y', registerAccelerator: false },
        sep,
        { role: 'cut', label: 'Potong' },
        { role: 'copy', label: 'Salin' },
        { role: 'paste', label: 'Tempel' },
        { role: 'selectAll', label: 'Pilih semua' },
        sep,
        item('Cari…', 'edit.find', 'CmdOrCtrl+F', true),
        item('Cari dan ganti…', 'edit.replace', 'CmdOrCtrl+H', true),
      ],
    },
    {
      label: 'Sisipkan',
      submenu: [
        item('BAB', 'insert.bab'),
        item('Bagian', 'insert.bagian'),
        item('Paragraf', 'insert.paragraf'),
        item('Pasal', 'insert.pasal'),
        item('Ayat', 'insert.ayat'),
        item('Huruf', 'insert.huruf'),
        item('Angka', 'insert.angka'),
        sep,
        item('Rujukan…', 'insert.ref', 'CmdOrCtrl+K', true),
      ],
    },
    { label: 'Tampilan', submenu: view },
    {
      label: 'Tinjau',
      submenu: [
        item('Komentar', 'review.comments'),
        item('Tambah komentar…', 'review.addComment'),
        sep,
        item('Daftar Inventarisasi Masalah (DIM)', 'review.dim'),
        item('Laporan komentar', 'review.report'),
        sep,
        item('Kirim paket tinjauan…', 'review.export'),
        item('Terima paket tinjauan…', 'review.import'),
      ],
    },
    {
      label: 'Bantuan',
      submenu: [
        item('Pintasan papan ketik', 'help.shortcuts'),
        sep,
        { label: 'Tentang Rancang', click: () => actions.about() },
      ],
    },
  ];
}
