/**
 * The reference picker (Ctrl+K): type an address ("Pasal 5 ayat (2) huruf a", "Pasal 7 sampai
 * dengan Pasal 9"), pick among the document's matching units, and a live reference is inserted
 * at the cursor with the right "sebagaimana dimaksud dalam/pada" phrase.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorView } from 'prosemirror-view';
import { addressSuggestions, cursorContext, insertReference, resolveRefAt } from '../editor/commands/insert-ref';
import { editorNumbering } from '../editor/numbering-plugin';
import { Modal } from './Modal';

/** Props of the picker. */
export interface ReferencePickerProps {
  view: EditorView;
  onClose(): void;
}

/** The picker. */
export function ReferencePicker({ view, onClose }: ReferencePickerProps) {
  const { t } = useTranslation();
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const suggestions = useMemo(() => {
    const numbering = editorNumbering(view.state);
    return addressSuggestions(numbering, address, 10, cursorContext(view.state, numbering));
  }, [view, address]);
  const resolved = useMemo(() => (address.trim() ? resolveRefAt(view.state, address) : null), [view, address]);

  const insert = (a: string) => {
    const cmd = insertReference(a);
    if (!resolveRefAt(view.state, a)) return setError(t('editor.ref.notFound'));
    if (!cmd(view.state)) return setError(t('editor.ref.noPlace'));
    cmd(view.state, view.dispatch);
    onClose();
    view.focus();
  };

  return (
    <Modal title={t('editor.ref.title')} onClose={onClose}>
      <form
        className="form ref-picker"
        onSubmit={(e) => {
          e.preventDefault();
          insert(resolved ? address : (suggestions[0] ?? address));
        }}
      >
        <label>
          <span>{t('editor.ref.address')}</span>
          <input name="address" value={address} autoComplete="off" onChange={(e) => (setAddress(e.target.value), setError(null))} />
        </label>
        {suggestions.length > 0 && (
          <ul className="ref-suggestions" role="listbox">
            {suggestions.map((s) => (
              <li key={s}>
                <button type="button" className="link-button" onClick={() => insert(s)}>
                  {s}
                </button>
              </li>
            ))}
          </ul>
        )}
        {resolved && <p className="hint">{t('editor.ref.preview', { text: `sebagaimana dimaksud ${resolved.preposition} ${resolved.label}` })}</p>}
        {error && <p className="field-error" role="alert">{error}</p>}
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!address.trim()}>
            {t('editor.ref.insert')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
