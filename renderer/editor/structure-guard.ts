/**
 * A last line of defence: any transaction whose resulting document does not satisfy the Perda
 * schema is refused, so the structure can never become invalid whatever a command or paste does.
 */
import { Plugin } from 'prosemirror-state';

/** The guard plugin. */
export function structureGuard(): Plugin {
  return new Plugin({
    filterTransaction(tr) {
      if (!tr.docChanged) return true;
      try {
        tr.doc.check();
        return true;
      } catch {
        return false;
      }
    },
  });
}
