/**
 * Key bindings of the Perda editor: Enter by unit, Tab / Shift+Tab for list levels, the structure
 * commands and undo/redo. The generic bindings of prosemirror-commands come after these. The same
 * table feeds the toolbar's tooltips (see structure-actions.ts).
 */
import { baseKeymap } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import type { Command, Plugin } from 'prosemirror-state';
import { enterCommand } from './commands/enter';
import { findAncestor } from './commands/find-ancestor';
import { liftItem } from './commands/lift-item';
import { sinkItem } from './commands/sink-item';
import { STRUCTURE_ACTIONS } from './structure-actions';

/** In a list item, Tab/Shift+Tab are always consumed (so focus stays in the text). */
const inItem =
  (cmd: Command): Command =>
  (state, dispatch) =>
    cmd(state, dispatch) || findAncestor(state.selection.$from, 'item') !== null;

/** The editor's key bindings, most specific first. */
export function perdaKeymaps(): Plugin[] {
  const structure: Record<string, Command> = {};
  for (const a of STRUCTURE_ACTIONS) if (a.key) structure[a.key] = a.command;
  return [
    keymap({
      ...structure,
      Enter: enterCommand,
      Tab: inItem(sinkItem),
      'Shift-Tab': inItem(liftItem),
      'Mod-z': undo,
      'Mod-y': redo,
      'Mod-Shift-z': redo,
    }),
    keymap(baseKeymap),
  ];
}
