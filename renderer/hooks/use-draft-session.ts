/**
 * The working-draft session of the drafting screen: loads the draft, owns the autosaver, saves
 * on blur / tab hidden / before unload, and lets the screen replace the draft (after a restore
 * or a reload following a conflict).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Node } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import type { DocJson, DraftState } from '../../src/api/contract';
import type { ApiClient } from '../api/client';
import { Autosaver, type SaveState } from '../editor/autosave';
import { createPerdaState } from '../editor/create-state';

/** The draft as loaded: a fresh editor state and its revision. */
export interface LoadedDraft {
  state: EditorState;
  revision: number;
}

/** What the hook gives the screen. */
export interface DraftSession {
  loaded: LoadedDraft | null;
  loadError: unknown;
  saveState: SaveState;
  /** Report that the document changed (called on every doc-changing transaction). */
  changed(doc: Node): void;
  /** Save now; rejects when the draft could not be saved. */
  flush(): Promise<void>;
  /** Reload the draft from the project, discarding unsaved changes. */
  reload(): Promise<void>;
  /** Keep the local document and save it over the project's current draft (after a conflict). */
  overwrite(): Promise<void>;
  /** Replace the draft by one the core returned (after a restore). */
  replace(draft: DraftState): void;
}

/** The hook. */
export function useDraftSession(client: ApiClient): DraftSession {
  const [loaded, setLoaded] = useState<LoadedDraft | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const docRef = useRef<Node | null>(null);
  const saverRef = useRef<Autosaver | null>(null);

  const install = useCallback(
    (draft: DraftState) => {
      const state = createPerdaState(draft.doc);
      docRef.current = state.doc;
      if (!saverRef.current) {
        saverRef.current = new Autosaver({
          save: (doc, revision) => client.call('draft.save', { doc, revision }),
          getDoc: () => docRef.current!.toJSON() as DocJson,
          revision: draft.revision,
          onState: setSaveState,
        });
      } else {
        saverRef.current.reset(draft.revision);
      }
      setLoaded({ state, revision: draft.revision });
    },
    [client],
  );

  const reload = useCallback(async () => {
    try {
      install(await client.call('draft.get', {}));
      setLoadError(null);
    } catch (e) {
      setLoadError(e);
    }
  }, [client, install]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    const flushQuietly = () => {
      void saverRef.current?.flush().catch(() => undefined);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushQuietly();
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!saverRef.current?.hasUnsaved) return;
      flushQuietly();
      e.preventDefault();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('blur', flushQuietly);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('blur', flushQuietly);
      window.removeEventListener('beforeunload', onBeforeUnload);
      flushQuietly();
      saverRef.current?.dispose();
    };
  }, []);

  return {
    loaded,
    loadError,
    saveState,
    changed: useCallback((doc: Node) => {
      docRef.current = doc;
      saverRef.current?.change();
    }, []),
    flush: useCallback(async () => {
      await saverRef.current?.flush();
    }, []),
    reload,
    overwrite: useCallback(async () => {
      const current = await client.call('draft.get', {});
      await saverRef.current?.overwrite(current.revision);
    }, [client]),
    replace: install,
  };
}
