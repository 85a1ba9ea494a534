/**
 * Suggestions for a reference being typed after "sebagaimana dimaksud dalam/pada": a small list
 * under the cursor; Tab takes the first, a click takes another (see ref-autocomplete.ts).
 */
import { useTranslation } from 'react-i18next';
import type { EditorView } from 'prosemirror-view';
import { acceptTypedRef, refAutocompleteKey } from '../editor/ref-autocomplete';
import { useDraftView } from '../editor/editor-bus';

/** The suggestion list. */
export function RefSuggest({ view }: { view: EditorView }) {
  const { t } = useTranslation();
  useDraftView();
  const typed = view.isDestroyed ? null : refAutocompleteKey.getState(view.state);
  if (!typed || !typed.suggestions.length || !view.hasFocus()) return null;
  const at = view.coordsAtPos(typed.to);
  return (
    <ul className="ref-suggest" role="listbox" aria-label={t('editor.ref.title')} style={{ left: at.left, top: at.bottom + 4 }}>
      {typed.suggestions.map((s, i) => (
        <li key={s} className={i === 0 ? 'is-first' : ''}>
          <button
            type="button"
            onMouseDown={(e) => {
              e.preventDefault();
              acceptTypedRef(view, s);
            }}
          >
            {s}
            {i === 0 && <kbd>Tab</kbd>}
          </button>
        </li>
      ))}
    </ul>
  );
}
