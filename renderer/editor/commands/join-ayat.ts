/**
 * "Gabungkan ayat" (the way back from splitting a Pasal into ayat): the ayat of the Pasal around
 * the cursor become the Pasal's own text again (paragraphs and lists in the same order). In
 * perubahan mode a Pasal with ayat of the base text cannot be joined (its ayat keep their
 * numbers; delete them one by one instead).
 */
import { Fragment, type Node } from 'prosemirror-model';
import { closeHistory } from 'prosemirror-history';
import { TextSelection, type Command } from 'prosemirror-state';
import { findAncestor } from './find-ancestor';
import { isPerubahan } from './current-unit';

/** Turn the ayat of the current Pasal back into plain Pasal text. */
export const joinAyat: Command = (state, dispatch) => {
  const pasal = findAncestor(state.selection.$from, 'pasal');
  if (!pasal || pasal.node.firstChild?.type.name !== 'ayat') return false;
  const parts: Node[] = [];
  let fromBase = false;
  pasal.node.forEach((ayat) => {
    if (ayat.attrs.baseNum !== null) fromBase = true;
    ayat.forEach((child) => parts.push(child));
  });
  if (fromBase && isPerubahan(state)) return false;
  const content = Fragment.from(parts);
  if (!pasal.node.type.validContent(content)) return false;
  if (dispatch) {
    const start = pasal.pos + 1;
    const offset = state.selection.from - (start + 1);
    const tr = state.tr.replaceWith(start, start + pasal.node.content.size, content);
    // Each ayat wrapper held 2 positions; keep the cursor near where it was.
    const pos = Math.max(start + 1, Math.min(start + content.size - 1, start + offset));
    tr.setSelection(TextSelection.near(tr.doc.resolve(pos)));
    dispatch(closeHistory(tr).scrollIntoView());
  }
  return true;
};
