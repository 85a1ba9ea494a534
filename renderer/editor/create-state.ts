/**
 * Builds the EditorState of a Perda document with all the editor's plugins: unit ids, schema
 * guard, numbering labels, history and keys.
 */
import { history } from 'prosemirror-history';
import { EditorState } from 'prosemirror-state';
import { perdaSchema } from '../../src/model/schema';
import type { DocJson } from '../../src/api/contract';
import { perdaKeymaps } from './keymap';
import { numberingPlugin } from './numbering-plugin';
import { structureGuard } from './structure-guard';
import { uidPlugin } from './uid-plugin';

/** A fresh editor state over ProseMirror JSON (throws when the JSON does not fit the schema). */
export function createPerdaState(json: DocJson): EditorState {
  const doc = perdaSchema.nodeFromJSON(json);
  doc.check();
  return EditorState.create({
    doc,
    plugins: [uidPlugin(), structureGuard(), numberingPlugin(), history(), ...perdaKeymaps()],
  });
}
