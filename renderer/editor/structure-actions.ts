/**
 * The structure commands as one table (id, command, shortcut) shared by the keymap and the
 * toolbar, so a button is enabled exactly when its command applies (`command(state)` without
 * dispatch) and shows the same shortcut the keyboard uses.
 */
import type { Command } from 'prosemirror-state';
import { deleteCurrentUnit, deleteUnit, restoreUnit } from './commands/delete-unit';
import { insertAyat } from './commands/insert-ayat';
import { insertBab, insertBagian, insertParagraf } from './commands/insert-group';
import { insertItem } from './commands/insert-item';
import { insertPasalAfter, insertPasalBefore } from './commands/insert-pasal';
import { joinAyat } from './commands/join-ayat';
import { liftItem } from './commands/lift-item';
import { moveUnitDown, moveUnitUp } from './commands/move-unit';
import { selectTitle } from './commands/select-title';
import { sinkItem } from './commands/sink-item';

/** One structure action. */
export interface StructureAction {
  /** i18n key under `editor.actions` and a stable id for tests. */
  id: string;
  command: Command;
  /** ProseMirror key name, or null when only the toolbar runs it. */
  key: string | null;
  /** Toolbar group. */
  group: 'insert' | 'ayat' | 'move' | 'delete';
}

/** Every structure action, in toolbar order. */
export const STRUCTURE_ACTIONS: readonly StructureAction[] = [
  { id: 'pasalBefore', command: insertPasalBefore, key: 'Mod-Shift-Enter', group: 'insert' },
  { id: 'pasalAfter', command: insertPasalAfter, key: 'Mod-Enter', group: 'insert' },
  { id: 'bab', command: insertBab, key: 'Mod-Alt-1', group: 'insert' },
  { id: 'bagian', command: insertBagian, key: 'Mod-Alt-2', group: 'insert' },
  { id: 'paragraf', command: insertParagraf, key: 'Mod-Alt-3', group: 'insert' },
  { id: 'title', command: selectTitle, key: 'Mod-Alt-t', group: 'insert' },
  { id: 'ayat', command: insertAyat, key: 'Mod-Alt-a', group: 'ayat' },
  { id: 'joinAyat', command: joinAyat, key: 'Mod-Alt-j', group: 'ayat' },
  { id: 'item', command: insertItem, key: 'Mod-Alt-i', group: 'ayat' },
  { id: 'sink', command: sinkItem, key: null, group: 'ayat' },
  { id: 'lift', command: liftItem, key: null, group: 'ayat' },
  { id: 'up', command: moveUnitUp, key: 'Alt-ArrowUp', group: 'move' },
  { id: 'down', command: moveUnitDown, key: 'Alt-ArrowDown', group: 'move' },
  { id: 'delete', command: deleteCurrentUnit, key: 'Mod-Shift-Backspace', group: 'delete' },
  { id: 'deletePasal', command: deleteUnit('pasal'), key: null, group: 'delete' },
  { id: 'restore', command: restoreUnit, key: null, group: 'delete' },
];

/** "Mod-Shift-Enter" -> "Ctrl+Shift+Enter" for tooltips. */
export function shortcutText(key: string | null): string {
  if (!key) return '';
  return key.replace(/Mod/g, 'Ctrl').replace(/ArrowUp/, '↑').replace(/ArrowDown/, '↓').replace(/-/g, '+');
}
