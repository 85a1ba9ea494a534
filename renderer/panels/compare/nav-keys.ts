/**
 * The keyboard shortcut for stepping through the changes: F8 for the next change, Shift+F8 for
 * the previous one. No editor binding uses F8 (the editor's Alt+↓ / Alt+↑ move a unit), so a
 * reader who goes from the table to the editor cannot move a Pasal by habit.
 */

/** The key of "next change", as written in tooltips and in `aria-keyshortcuts`. */
export const NEXT_CHANGE_KEY = 'F8';

/** The key of "previous change", as written in tooltips and in `aria-keyshortcuts`. */
export const PREV_CHANGE_KEY = 'Shift+F8';

/** A key press as far as the shortcut cares. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

/** 1 when the key press asks for the next change, -1 for the previous one, 0 otherwise. */
export function changeStepOf(e: KeyPress): 1 | -1 | 0 {
  if (e.key !== 'F8' || e.altKey || e.ctrlKey || e.metaKey) return 0;
  return e.shiftKey ? -1 : 1;
}
