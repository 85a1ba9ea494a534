/**
 * Mounts a ProseMirror EditorView for a given initial state. A new `state` prop makes a new view
 * (used when the draft is reloaded or a version is opened); afterwards the view owns its state
 * and reports every transaction through `onTransaction`.
 */
import { useEffect, useRef } from 'react';
import type { EditorState, Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';

/** Props of the editor host. */
export interface EditorHostProps {
  state: EditorState;
  editable: boolean;
  label: string;
  hidden?: boolean;
  onView?(view: EditorView | null): void;
  onTransaction?(view: EditorView, tr: Transaction): void;
  onBlur?(): void;
}

/** The editor element. */
export function EditorHost({ state, editable, label, hidden, onView, onTransaction, onBlur }: EditorHostProps) {
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
        spellcheck: 'false',
        role: 'textbox',
        'aria-multiline': 'true',
      },
      dispatchTransaction(tr) {
        view.updateState(view.state.apply(tr));
        callbacks.current.onTransaction?.(view, tr);
      },
      handleDOMEvents: {
        blur: () => {
          callbacks.current.onBlur?.();
          return false;
        },
      },
    });
    callbacks.current.onView?.(view);
    return () => {
      callbacks.current.onView?.(null);
      view.destroy();
    };
  }, [state, editable, label]);

  return <div ref={ref} className={hidden ? 'editor-host is-hidden' : 'editor-host'} />;
}
