/**
 * Mounts a ProseMirror EditorView for a given initial state. A new `state` prop makes a new view
 * (used when the draft is reloaded or a version is opened); afterwards the view owns its state
 * and reports every transaction through `onTransaction`. The draft editor (`primary`) is also
 * published on the editor bus for the toolbar and status bar. Spell checking is on, in Indonesian
 * (Electron's spellchecker uses the `id` dictionary; a browser uses its own).
 */
import { useEffect, useRef } from 'react';
import type { EditorState, Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { draftChanged, setDraftView } from '../editor/editor-bus';

/** Props of the editor host. */
export interface EditorHostProps {
  state: EditorState;
  editable: boolean;
  label: string;
  hidden?: boolean;
  /** The working draft's editor (published to the toolbar and status bar). */
  primary?: boolean;
  onView?(view: EditorView | null): void;
  onTransaction?(view: EditorView, tr: Transaction): void;
  onBlur?(): void;
}

/** The editor element. */
export function EditorHost({ state, editable, label, hidden, primary, onView, onTransaction, onBlur }: EditorHostProps) {
  const ref = useRef<HTMLDivElement>(null);
  const callbacks = useRef({ onView, onTransaction, onBlur });
  callbacks.current = { onView, onTransaction, onBlur };

  useEffect(() => {
    const mount = ref.current;
    if (!mount) return;
    const view: EditorView = new EditorView(mount, {
      state,
      editable: () => editable,
      attributes: {
        class: editable ? 'perda-doc' : 'perda-doc read-only',
        'aria-label': label,
        spellcheck: editable ? 'true' : 'false',
        lang: 'id',
        role: 'textbox',
        'aria-multiline': 'true',
      },
      dispatchTransaction(tr) {
        view.updateState(view.state.apply(tr));
        callbacks.current.onTransaction?.(view, tr);
        if (primary) draftChanged();
      },
      handleDOMEvents: {
        blur: () => {
          callbacks.current.onBlur?.();
          return false;
        },
        focus: () => {
          if (primary) draftChanged();
          return false;
        },
      },
    });
    callbacks.current.onView?.(view);
    if (primary) setDraftView(view);
    return () => {
      callbacks.current.onView?.(null);
      if (primary) setDraftView(null);
      view.destroy();
    };
  }, [state, editable, label, primary]);

  return <div ref={ref} className={hidden ? 'editor-host is-hidden' : 'editor-host'} />;
}
