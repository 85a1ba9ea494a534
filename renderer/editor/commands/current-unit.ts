/** The unit the cursor is in: the innermost numbered unit (item, ayat, Pasal, Paragraf, Bagian, BAB). */
import type { EditorState } from 'prosemirror-state';
import { findAncestor, type Ancestor } from './find-ancestor';

/** Type names of the numbered units, innermost first. */
export const UNIT_NAMES = ['item', 'ayat', 'pasal', 'paragraf', 'bagian', 'bab'] as const;

/** A structural unit's type name. */
export type UnitName = (typeof UNIT_NAMES)[number];

/**
 * The unit around the selection: the innermost numbered unit, or the innermost one of `names`.
 * Menimbang/Mengingat items count as units too.
 */
export function currentUnit(state: EditorState, names: readonly string[] = UNIT_NAMES): Ancestor | null {
  return findAncestor(state.selection.$from, ...names);
}

/** True when the document numbers in perubahan mode (base units keep their numbers). */
export function isPerubahan(state: EditorState): boolean {
  return state.doc.attrs.mode === 'perubahan';
}
