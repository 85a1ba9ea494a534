/**
 * The status bar under the editor: the address of the unit at the cursor, a jump between a
 * Pasal and its Penjelasan entry, the word count, references to deleted or missing units (listed,
 * each jumps to its place), and how many Pasal changed since the last saved version.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Node } from 'prosemirror-model';
import { TextSelection } from 'prosemirror-state';
import type { ApiClient } from '../api/client';
import { perdaSchema } from '../../src/model/schema';
import { useDraftView } from '../editor/editor-bus';
import { jumpToUnit } from '../editor/jump-to-unit';
import { brokenRefs } from '../editor/numbering-plugin';
import { penjelasanJump, unitPath, wordCount } from '../editor/status';
import { changesSince, type ChangeCounts } from '../editor/version-changes';

const SLOW_DELAY = 600;

/** Props of the status bar. */
export interface StatusBarProps {
  client: ApiClient;
  hidden: boolean;
  /** Changes when the list of versions changes (a version saved or restored). */
  versionsKey: string;
}

/** The bar. */
export function StatusBar({ client, hidden, versionsKey }: StatusBarProps) {
  const { t } = useTranslation();
  const { view } = useDraftView();
  const state = view?.state ?? null;
  // Counted after a pause, like the rest: nothing shows until then (not a passing "0 kata").
  const [words, setWords] = useState<number | null>(null);
  const [since, setSince] = useState<ChangeCounts | null | 'none'>(null);
  const [showBroken, setShowBroken] = useState(false);
  const base = useRef<{ key: string; doc: Node | null } | null>(null);
  const doc = state?.doc ?? null;

  useEffect(() => {
    if (!doc) return;
    let live = true;
    const timer = setTimeout(async () => {
      setWords(wordCount(doc));
      try {
        if (base.current?.key !== versionsKey) {
          const list = await client.call('version.list', {});
          const last = [...list].sort((a, b) => b.id - a.id)[0];
          const res = last ? await client.call('version.get', { id: last.id }) : null;
          base.current = { key: versionsKey, doc: res ? perdaSchema.nodeFromJSON(res.doc) : null };
        }
        if (!live) return;
        setSince(base.current.doc ? changesSince(base.current.doc, doc) : 'none');
      } catch {
        if (live) setSince(null);
      }
    }, SLOW_DELAY);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [doc, client, versionsKey]);

  if (!state || !view || hidden) return null;
  const path = unitPath(state);
  const broken = brokenRefs(state);
  const jump = penjelasanJump(state);
  const goTo = (pos: number) => {
    view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(pos))).scrollIntoView());
    view.focus();
    setShowBroken(false);
  };
  const sinceText =
    since === null
      ? ''
      : since === 'none'
        ? t('editor.status.sinceNone')
        : since.changed + since.inserted + since.deleted === 0
          ? t('editor.status.sinceSame')
          : t('editor.status.since', { changed: since.changed, inserted: since.inserted, deleted: since.deleted });

  return (
    <footer className="status-bar" role="status" aria-label={t('editor.status.label')}>
      <span className="status-address" data-testid="unit-address">
        {path || t('editor.status.noUnit')}
      </span>
      {jump && (
        <button type="button" className="quiet small" onMouseDown={(e) => e.preventDefault()} onClick={() => jumpToUnit(view, jump.uid)}>
          {t(`editor.penjelasan.${jump.kind}`)}
        </button>
      )}
      <span className="status-spacer" />
      {broken.length > 0 && (
        <span className="status-broken">
          <button type="button" className="quiet small" onClick={() => setShowBroken((s) => !s)} title={t('editor.status.brokenTitle')} aria-expanded={showBroken}>
            {t('editor.status.broken', { count: broken.length })}
          </button>
          {showBroken && (
            <ul className="status-popup">
              {broken.map((b) => (
                <li key={b.pos}>
                  <button type="button" className="link-button" onClick={() => goTo(b.pos)}>
                    {b.pasalUid ? `${view.state.doc.resolve(b.pos).parent.textContent.slice(0, 60)}…` : b.label}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </span>
      )}
      <span className="status-since" data-testid="since-version">
        {sinceText}
      </span>
      {words !== null && <span className="status-words">{t('editor.status.words', { count: words })}</span>}
    </footer>
  );
}
