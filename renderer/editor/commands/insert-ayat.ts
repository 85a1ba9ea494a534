/**
 * "Ayat baru": add an empty ayat after the ayat around the cursor. In a Pasal without ayat, the
 * Pasal's text becomes ayat (1) and a new ayat (2) is added. The cursor goes into the new ayat.
 */
import { Fragment } from 'prosemirror-model';
import { closeHistory } from 'prosemirror-history';
import { TextSelection, type Command } from 'prosemirror-state';
import { newUid } from '../../../src/model/uid';
import { findAncestor, freshUnitAttrs } from './find-ancestor';

/** Insert a new ayat after the current one (or split a Pasal's text into ayat). */
export const insertAyat: Command = (state, dispatch) => {
  const ayatType = state.schema.nodes.ayat!;
  const paraType = state.schema.nodes.para!;
  const emptyAyat = () => ayatType.create(freshUnitAttrs(newUid()), paraType.create());
  const ayat = findAncestor(state.selection.$from, 'ayat');
  if (ayat) {
    const at = ayat.pos + ayat.node.nodeSize;
    if (dispatch) {
      const tr = state.tr.insert(at, emptyAyat());
      tr.setSelection(TextSelection.create(tr.doc, at + 2));
      dispatch(closeHistory(tr).scrollIntoView());
    }
    return true;
  }
  const pasal = findAncestor(state.selection.$from, 'pasal');
  if (!pasal) return false;
  if (!ayatType.validContent(pasal.node.content)) return false;
  const first = ayatType.create(freshUnitAttrs(newUid()), pasal.node.content);
  if (dispatch) {
    const content = Fragment.fromArray([first, emptyAyat()]);
    const start = pasal.pos + 1;
    const tr = state.tr.replaceWith(start, start + pasal.node.content.size, content);
    tr.setSelection(TextSelection.create(tr.doc, start + first.nodeSize + 2));
    dispatch(closeHistory(tr).scrollIntoView());
  }
  return true;
};
