/** The find and replace bar under the toolbar (Ctrl+F / Ctrl+H). */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorView } from 'prosemirror-view';
import { findNext, findPrev, replaceAll, replaceNext, setSearchState } from 'prosemirror-search';
import type { Command } from 'prosemirror-state';
import { countMatches, findQuery, type FindOptions, type FindScope } from '../editor/find';

/** Props of the bar. */
export interface FindReplaceBarProps {
  view: EditorView;
  onClose(): void;
}

/** The bar. */
export function FindReplaceBar({ view, onClose }: FindReplaceBarProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [opts, setOpts] = useState<FindOptions>({ search: '', replace: '', caseSensitive: false, wholeWord: false, scope: 'all' });
  const [count, setCount] = useState(0);
  const query = useMemo(() => findQuery(opts), [opts]);

  useEffect(() => {
    input.current?.focus();
  }, []);

  useEffect(() => {
    view.dispatch(setSearchState(view.state.tr, query));
    const timer = setTimeout(() => setCount(countMatches(view.state, query)), 120);
    return () => clearTimeout(timer);
  }, [view, query]);

  useEffect(
    () => () => {
      if (!view.isDestroyed) view.dispatch(setSearchState(view.state.tr, findQuery({ ...opts, search: '' })));
    },
    [view],
  );

  const run = (cmd: Command) => {
    cmd(view.state, view.dispatch);
    setCount(countMatches(view.state, query));
  };
  const set = (patch: Partial<FindOptions>) => setOpts((o) => ({ ...o, ...patch }));
  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      onClose();
      view.focus();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      run(e.shiftKey ? findPrev : findNext);
    }
  };

  return (
    <div className="find-bar" role="search" aria-label={t('editor.find.label')} onKeyDown={onKey}>
      <input ref={input} name="find" type="search" placeholder={t('editor.find.search')} aria-label={t('editor.find.search')} value={opts.search} onChange={(e) => set({ search: e.target.value })} />
      <button type="button" onClick={() => run(findPrev)} disabled={!count}>
        {t('editor.find.prev')}
      </button>
      <button type="button" onClick={() => run(findNext)} disabled={!count}>
        {t('editor.find.next')}
      </button>
      <span className="find-count" aria-live="polite">
        {opts.search ? (count ? t('editor.find.count', { count }) : t('editor.find.none')) : ''}
      </span>
      <input name="replace" type="text" placeholder={t('editor.find.replace')} aria-label={t('editor.find.replace')} value={opts.replace} onChange={(e) => set({ replace: e.target.value })} />
      <button type="button" onClick={() => run(replaceNext)} disabled={!count || !view.editable}>
        {t('editor.find.replaceOne')}
      </button>
      <button type="button" onClick={() => run(replaceAll)} disabled={!count || !view.editable}>
        {t('editor.find.replaceAll')}
      </button>
      <label className="toolbar-field">
        <input type="checkbox" name="caseSensitive" checked={opts.caseSensitive} onChange={(e) => set({ caseSensitive: e.target.checked })} />
        {t('editor.find.caseSensitive')}
      </label>
      <label className="toolbar-field">
        <input type="checkbox" name="wholeWord" checked={opts.wholeWord} onChange={(e) => set({ wholeWord: e.target.checked })} />
        {t('editor.find.wholeWord')}
      </label>
      <label className="toolbar-field">
        <span>{t('editor.find.scope')}</span>
        <select name="scope" value={opts.scope} onChange={(e) => set({ scope: e.target.value as FindScope })}>
          <option value="all">{t('editor.find.scopeAll')}</option>
          <option value="draft">{t('editor.find.scopeDraft')}</option>
          <option value="penjelasan">{t('editor.find.scopePenjelasan')}</option>
        </select>
      </label>
      <button type="button" className="quiet" onClick={onClose} aria-label={t('editor.find.close')}>
        ×
      </button>
    </div>
  );
}
