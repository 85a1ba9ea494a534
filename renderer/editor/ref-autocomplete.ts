/**
 * References by typing: after "sebagaimana dimaksud dalam|pada " the address the drafter types
 * ("Pasal 5 ayat (2) huruf a") is matched against the document; Tab (or a click on a suggestion)
 * turns the typed address into a live reference, Escape dismisses the suggestions. The plugin
 * state says what is being typed and which addresses match; RefSuggest.tsx shows them.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { addressSuggestions, cursorContext, insertRefTr, resolveRefAt } from './commands/insert-ref';
import { editorNumbering } from './numbering-plugin';

/** An address being typed. */
export interface TypedRef {
  /** Where the typed address starts and ends (the cursor). */
  from: number;
  to: number;
  query: string;
  suggestions: string[];
}

/** Plugin key of the autocomplete. */
export const refAutocompleteKey = new PluginKey<TypedRef | null>('refAutocomplete');

const TYPED = /sebagaimana dimaksud (?:dalam|pada) ((?:BAB|Bagian|Paragraf|Pasal|ayat|huruf|angka)\b[^.;:,\ufffc]*)$/i;
const DISMISS = 'refAutocompleteDismiss';

/** The address typed before the cursor, with its matches, or null. */
export function typedRefAt(state: EditorState): TypedRef | null {
  const { $from, empty } = state.selection;
  if (!empty || !$from.parent.inlineContent) return null;
  const before = $from.parent.textBetween(Math.max(0, $from.parentOffset - 120), $from.parentOffset, undefined, '\ufffc');
  const m = TYPED.exec(before);
  if (!m || !m[1]) return null;
  const query = m[1];
  const numbering = editorNumbering(state);
  const suggestions = addressSuggestions(numbering, query, 8, cursorContext(state, numbering));
  if (!suggestions.length && !resolveRefAt(state, query)) return null;
  return { from: $from.pos - query.length, to: $from.pos, query, suggestions };
}

/** Replace the typed address by a reference to `address` (or to the typed text when it resolves). */
export function acceptTypedRef(view: EditorView, address?: string): boolean {
  const typed = refAutocompleteKey.getState(view.state);
  if (!typed) return false;
  const candidates = address ? [address] : [typed.query.trim(), ...typed.suggestions];
  for (const a of candidates) {
    const ref = resolveRefAt(view.state, a);
    if (ref) {
      view.dispatch(insertRefTr(view.state, ref, typed.from));
      return true;
    }
  }
  return false;
}

function next(tr: Transaction, old: TypedRef | null, state: EditorState): TypedRef | null {
  if (tr.getMeta(DISMISS)) return null;
  if (!tr.docChanged && !tr.selectionSet) return old;
  if (!tr.docChanged && old === null) return null;
  return typedRefAt(state);
}

/** The plugin. */
export function refAutocomplete(): Plugin<TypedRef | null> {
  return new Plugin<TypedRef | null>({
    key: refAutocompleteKey,
    state: {
      init: () => null,
      apply: (tr, old, _oldState, newState) => next(tr, old, newState),
    },
    props: {
      handleKeyDown(view, event) {
        if (!refAutocompleteKey.getState(view.state)) return false;
        if (event.key === 'Tab' && !event.shiftKey) {
          if (acceptTypedRef(view)) {
            event.preventDefault();
            return true;
          }
        }
        if (event.key === 'Escape') {
          view.dispatch(view.state.tr.setMeta(DISMISS, true));
          return true;
        }
        return false;
      },
    },
  });
}
