/** The outline on the left: BAB / Bagian / Paragraf / Pasal; a click jumps to the unit. */
import { useTranslation } from 'react-i18next';
import type { OutlineEntry } from '../editor/outline';
import { usePasalCommentCounts } from '../panels/comments/thread-store';
import { COLUMN_IDS, HideColumnButton } from './ColumnToggle';

/** The panel; `onHide` asks to hide it (the drafting screen then sets `hidden` and shows a rail in its place). */
export function OutlinePanel({ entries, onJump, hidden, onHide }: { entries: OutlineEntry[]; onJump(uid: string): void; hidden: boolean; onHide(): void }) {
  const { t } = useTranslation();
  const comments = usePasalCommentCounts();
  return (
    <nav className="side-panel outline-panel" id={COLUMN_IDS.outline} aria-labelledby="outline-title" hidden={hidden}>
      <div className="outline-head">
        <h2 id="outline-title" className="panel-title">
          {t('outline.title')}
        </h2>
        <HideColumnButton column="outline" onHide={onHide} />
      </div>
      {entries.length === 0 ? (
        <p className="hint">{t('outline.empty')}</p>
      ) : (
        <ol className="outline-list">
          {entries.map((e) => (
            <li key={e.uid} className={`outline-item outline-${e.type}${e.deleted ? ' is-deleted' : ''}`} style={{ paddingLeft: `${0.25 + e.depth * 0.9}rem` }}>
              <button type="button" className="outline-link" data-uid={e.uid} onClick={() => onJump(e.uid)}>
                <span className="outline-label">
                  {e.label}
                  {comments.get(e.uid) ? (
                    <span className="outline-comments" title={t('comments.outlineCount', { count: comments.get(e.uid) })}>
                      {comments.get(e.uid)}
                    </span>
                  ) : null}
                </span>
                {e.title && <span className="outline-text">{e.title}</span>}
              </button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
