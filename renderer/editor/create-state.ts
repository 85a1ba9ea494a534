/**
 * Builds the EditorState of a Perda document with all the editor's plugins: unit ids, schema
 * guard, numbering labels and live references, Penjelasan entries kept in step, clipboard,
 * find and replace, comment anchors, typing into empty paragraphs, history and keys.
 */
import { history } from 'prosemirror-history';
import { search } from 'prosemirror-search';
import { EditorState } from 'prosemirror-state';
import { perdaSchema } from '../../src/model/schema';
import type { DocJson } from '../../src/api/contract';
import { clipboardPlugin } from './clipboard';
import { commentPlugin } from './comment-plugin';
import { emptyBlockInput } from './empty-block-input';
import { perdaKeymaps } from './keymap';
import { numberingPlugin } from './numbering-plugin';
import { penjelasanSync } from './penjelasan-sync';
import { refAutocomplete } from './ref-autocomplete';
import { structureGuard } from './structure-guard';
import { uidPlugin } from './uid-plugin';

/** A fresh editor state over ProseMirror JSON (throws when the JSON does not fit the schema). */
export function createPerdaState(json: DocJson): EditorState {
  const doc = perdaSchema.nodeFromJSON(json);
  doc.check();
  return EditorState.create({
    doc,
    plugins: [
      uidPlugin(),
      structureGuard(),
      penjelasanSync(),
      numberingPlugin(),
      clipboardPlugin(perdaSchema),
      refAutocomplete(),
      emptyBlockInput(),
      search(),
      commentPlugin(),
      history(),
      ...perdaKeymaps(),
    ],
  });
}
