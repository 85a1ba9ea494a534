/**
 * Switching the draft's numbering mode (the project's `mode` setting mirrored into `doc.attrs`).
 * To perubahan: when no unit has a base number yet (a draft written from scratch, or a
 * penggantian draft), the numbers the drafter sees now are frozen as the base numbers, so
 * nothing renumbers at the switch and every later insertion gets a suffix (7A) and every
 * deletion keeps its number ("Dihapus."). When the units already carry base numbers (an imported
 * base text), they are kept as they are. To penggantian: only the mode changes; base numbers
 * stay stored (harmless there) so switching back restores the amendment numbering.
 */
import type { NumberingMode } from '../../../src/model/schema';
import { numberDocument } from '../../../src/model/numbering';
import type { Command } from 'prosemirror-state';

const FROZEN = new Set(['bab', 'bagian', 'paragraf', 'pasal', 'ayat', 'item']);

/** True when some unit of the batang tubuh has a base number. */
function hasBaseNumbers(doc: import('prosemirror-model').Node): boolean {
  let found = false;
  doc.descendants((node) => {
    if (found) return false;
    if (FROZEN.has(node.type.name) && node.attrs.baseNum !== null) found = true;
    return !node.isTextblock;
  });
  return found;
}

/** The command setting the document's mode (and freezing base numbers when needed). */
export function setDocMode(mode: NumberingMode): Command {
  return (state, dispatch) => {
    if (state.doc.attrs.mode === mode) return false;
    if (dispatch) {
      const tr = state.tr;
      if (mode === 'perubahan' && !hasBaseNumbers(state.doc)) {
        const numbering = numberDocument(state.doc);
        state.doc.descendants((node, pos) => {
          if (FROZEN.has(node.type.name)) {
            const n = numbering.get(String(node.attrs.uid));
            if (n && !node.attrs.deleted) tr.setNodeAttribute(pos, 'baseNum', n.num);
          }
          return !node.isTextblock;
        });
      }
      tr.setDocAttribute('mode', mode);
      dispatch(tr);
    }
    return true;
  };
}
