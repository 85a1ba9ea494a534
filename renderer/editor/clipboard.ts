/**
 * Copy and paste: copies inside the app keep their structure (the copied slice is remembered and
 * recognised by its text on paste, so a cut Pasal pasted elsewhere is the same unit, and a copied
 * one becomes a new unit through the uid keeper); text with "Pasal N" headings is structured by
 * the importer's parser and inserted as Pasal after the current one; HTML lists from Word or a web
 * page map onto lists and items; the plain-text flavour carries the unit numbers.
 */
import { DOMParser as PMDOMParser, type Schema, type Slice } from 'prosemirror-model';
import { Plugin, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { findAncestor } from './commands/find-ancestor';
import { editorNumbering } from './numbering-plugin';
import { pasalFromText } from './paste-structure';
import { fragmentText } from './slice-text';

let lastCopy: { text: string; slice: Slice } | null = null;

/** A clipboard parser that also knows lists, list items and headings of pasted HTML. */
export function clipboardParser(schema: Schema): PMDOMParser {
  const base = PMDOMParser.fromSchema(schema);
  return new PMDOMParser(schema, [
    { tag: 'ol', node: 'list' },
    { tag: 'ul', node: 'list' },
    { tag: 'li', node: 'item' },
    { tag: 'h1', node: 'para' },
    { tag: 'h2', node: 'para' },
    { tag: 'h3', node: 'para' },
    { tag: 'h4', node: 'para' },
    ...base.rules,
  ]);
}

function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/** Insert Pasal nodes after the Pasal around the cursor (or in the group whose title has it). */
function insertPasal(view: EditorView, text: string): boolean {
  const { state } = view;
  const $from = state.selection.$from;
  const pasal = findAncestor($from, 'pasal');
  const at = pasal ? pasal.pos + pasal.node.nodeSize : $from.parent.type.name === 'heading' ? $from.after() : null;
  if (at === null) return false;
  const nodes = pasalFromText(text, state.schema);
  if (!nodes.length) return false;
  const $at = state.doc.resolve(at);
  if (!$at.parent.canReplaceWith($at.index(), $at.index(), state.schema.nodes.pasal!)) return false;
  const tr = state.tr.insert(at, nodes);
  tr.setSelection(TextSelection.near(tr.doc.resolve(at + 1)));
  view.dispatch(tr.scrollIntoView());
  return true;
}

/** The clipboard plugin. */
export function clipboardPlugin(schema: Schema): Plugin {
  const parser = clipboardParser(schema);
  const remember = (view: EditorView) => {
    const slice = view.state.selection.content();
    lastCopy = { slice, text: normalise(fragmentText(slice.content, editorNumbering(view.state))) };
    return false;
  };
  return new Plugin({
    props: {
      clipboardTextSerializer: (slice, view) => fragmentText(slice.content, editorNumbering(view.state)),
      clipboardParser: parser,
      handleDOMEvents: { copy: remember, cut: remember },
      handlePaste(view, event) {
        const text = event.clipboardData?.getData('text/plain') ?? '';
        if (!text) return false;
        if (lastCopy && normalise(text) === lastCopy.text) {
          view.dispatch(view.state.tr.replaceSelection(lastCopy.slice).scrollIntoView());
          return true;
        }
        return insertPasal(view, text);
      },
    },
  });
}
