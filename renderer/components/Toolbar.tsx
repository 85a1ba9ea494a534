/**
 * The editing toolbar: every structure command (enabled exactly when it applies at the cursor,
 * with its keyboard shortcut as tooltip), references, find and replace, undo/redo, the numbering
 * mode of the draft and the page view. It follows the draft editor through the editor bus, so
 * typing does not re-render the drafting screen.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { redo, redoDepth, undo, undoDepth } from 'prosemirror-history';
import type { Command } from 'prosemirror-state';
import type { ApiClient } from '../api/client';
import type { NumberingMode } from '../../src/model/schema';
import { setDocMode } from '../editor/commands/set-mode';
import { useDraftView } from '../editor/editor-bus';
import { STRUCTURE_ACTIONS, shortcutText, type StructureAction } from '../editor/structure-actions';
import { FindReplaceBar } from './FindReplaceBar';
import { ReferencePicker } from './ReferencePicker';
import { RefSuggest } from './RefSuggest';

/** Props of the toolbar. */
export interface ToolbarProps {
  disabled: boolean;
  /** Not shown at all (a main panel such as Perbandingan covers the editor, and wants the room). */
  hidden?: boolean;
  client: ApiClient;
  /** The project's numbering mode. */
  mode: NumberingMode;
  onModeChanged(mode: NumberingMode): void;
  onError(e: unknown): void;
}

/** Keeps the editor's focus and selection when a toolbar button is pressed. */
const keepFocus = (e: React.MouseEvent) => e.preventDefault();

/** Labels kept from the first toolbar (tests and users know them). */
const LEGACY: Record<string, string> = { pasalAfter: 'toolbar.newPasal', ayat: 'toolbar.newAyat', item: 'toolbar.newItem' };

const PAGE_VIEW = 'page-view';

/** The toolbar. */
export function Toolbar(p: ToolbarProps) {
  const { t } = useTranslation();
  const { view } = useDraftView();
  const [finding, setFinding] = useState(false);
  const [picking, setPicking] = useState(false);
  const [pageView, setPageView] = useState(() => document.documentElement.classList.contains(PAGE_VIEW));
  const state = view?.state ?? null;

  const run = useCallback(
    (cmd: Command) => {
      if (!view || p.disabled) return;
      cmd(view.state, view.dispatch);
      view.focus();
    },
    [view, p.disabled],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (p.disabled || !(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'f' || key === 'h') {
        e.preventDefault();
        setFinding(true);
      } else if (key === 'k') {
        e.preventDefault();
        setPicking(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [p.disabled]);

  useEffect(() => {
    document.documentElement.classList.toggle(PAGE_VIEW, pageView);
  }, [pageView]);

  const switchMode = async (mode: NumberingMode) => {
    try {
      await p.client.call('settings.update', { patch: { mode } });
      if (view) setDocMode(mode)(view.state, view.dispatch);
      p.onModeChanged(mode);
    } catch (e) {
      p.onError(e);
    }
  };

  const button = (a: StructureAction) => {
    const enabled = !p.disabled && state !== null && a.command(state);
    const key = shortcutText(a.key);
    return (
      <button
        key={a.id}
        type="button"
        data-action={a.id}
        onMouseDown={keepFocus}
        onClick={() => run(a.command)}
        disabled={!enabled}
        title={key ? `${t(`editor.actions.${a.id}`)} (${key})` : t(`editor.actions.${a.id}`)}
      >
        {t(LEGACY[a.id] ?? `editor.actions.${a.id}`)}
      </button>
    );
  };
  const groups = ['insert', 'ayat', 'move', 'delete'] as const;
  const docMode = (state?.doc.attrs.mode as NumberingMode | undefined) ?? p.mode;

  return (
    <>
      <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')} hidden={p.hidden}>
        {groups.map((g) => (
          <div key={g} className="toolbar-group" role="group" aria-label={t(`editor.groups.${g}`)}>
            {STRUCTURE_ACTIONS.filter((a) => a.group === g).map(button)}
          </div>
        ))}
        <div className="toolbar-group" role="group">
          <button type="button" onMouseDown={keepFocus} onClick={() => setPicking(true)} disabled={p.disabled || !state} title="Ctrl+K">
            {t('editor.ref.open')}
          </button>
          <button type="button" onMouseDown={keepFocus} onClick={() => setFinding((f) => !f)} disabled={!state} title="Ctrl+F" aria-pressed={finding}>
            {t('editor.find.open')}
          </button>
        </div>
        <div className="toolbar-group" role="group">
          <button type="button" onMouseDown={keepFocus} onClick={() => run(undo)} disabled={p.disabled || !state || undoDepth(state) === 0} title="Ctrl+Z">
            {t('toolbar.undo')}
          </button>
          <button type="button" onMouseDown={keepFocus} onClick={() => run(redo)} disabled={p.disabled || !state || redoDepth(state) === 0} title="Ctrl+Y">
            {t('toolbar.redo')}
          </button>
        </div>
        <div className="toolbar-group toolbar-right" role="group">
          <label className="toolbar-field">
            <span>{t('editor.mode.label')}</span>
            <select
              name="doc-mode"
              value={docMode}
              disabled={p.disabled || !state}
              onChange={(e) => void switchMode(e.target.value as NumberingMode)}
            >
              <option value="penggantian">{t('editor.mode.penggantian')}</option>
              <option value="perubahan">{t('editor.mode.perubahan')}</option>
            </select>
          </label>
          <label className="toolbar-field">
            <input type="checkbox" name="page-view" checked={pageView} onChange={(e) => setPageView(e.target.checked)} />
            <span>{t('editor.pageView')}</span>
          </label>
        </div>
      </div>
      {finding && view && !p.hidden && <FindReplaceBar view={view} onClose={() => setFinding(false)} />}
      {picking && view && !p.hidden && <ReferencePicker view={view} onClose={() => setPicking(false)} />}
      {view && !p.disabled && <RefSuggest view={view} />}
    </>
  );
}
