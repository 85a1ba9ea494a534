/**
 * Key bindings of the Perda editor: Enter by unit, Tab / Shift+Tab for list levels, undo/redo.
 * The generic bindings of prosemirror-commands come after these.
 */
import { baseKeymap } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import type { Command, Plugin } from 'prosemirror-state';
import { enterCommand } from './commands/enter';
import { findAncestor } from './commands/find-ancestor';
import { liftItem } from './commands/lift-item';
import { sinkItem } from './commands/sink-item';

/** In a list item, Tab/Shift+Tab are always consumed (so focus stays in the text). */
const inItem =
  (cmd: Command): Command =>
  (state, dispatch) =>
    cmd(state, dispatch) || findAncestor(state.selection.$from, 'item') !== null;

/** The editor's key bindings, most specific first. */
export function perdaKeymaps(): Plugin[] {
  return [
    keymap({
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
