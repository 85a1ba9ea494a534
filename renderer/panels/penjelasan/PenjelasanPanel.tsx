/**
 * The Penjelasan beside its Pasal: the entry of the Pasal at the cursor (Penjelasan Pasal demi
 * Pasal) in a plain text field, one paragraph per line. Every change is an ordinary edit of the
 * draft (undo, autosave, exports); moving the cursor to another Pasal shows that Pasal's entry.
 */
import { useTranslation } from 'react-i18next';
import { fillTemplate } from '../../../src/model/templates';
import { useDraftView } from '../../editor/editor-bus';
import { editorNumbering } from '../../editor/numbering-plugin';
import type { PanelContext } from '../panel-types';
import { entryAtCursor, entryLines, writeEntryTr } from './entry-edit';
import './penjelasan.css';

/** The panel. */
export function PenjelasanPanel({ ctx }: { ctx: PanelContext }) {
  const { t } = useTranslation();
  const { view } = useDraftView();
  const state = view?.state ?? null;
  const at = state ? entryAtCursor(state) : null;
  const editable = !ctx.readOnly && ctx.viewingVersionId === null;

  const write = (text: string, ownUndoStep = false) => {
    const v = ctx.getDraftView();
    if (!v || !at?.entry) return;
    const tr = writeEntryTr(v.state, at.pos, text, { ownUndoStep });
    if (tr) v.dispatch(tr);
  };

  let body: React.ReactNode;
  if (!state || !at) body = <p className="hint">{t('penjelasan.noPasal')}</p>;
  else if (!at.entry) body = <p className="hint">{t('penjelasan.noEntry')}</p>;
  else {
    const entryUid = String(at.entry.attrs.uid ?? '');
    body = (
      <>
        <h3 className="penjelasan-entry-title">
          {t('penjelasan.entryOf', {
            pasal: editorNumbering(state).get(at.pasalUid)?.marker ?? '',
          })}
        </h3>
        {at.structured ? (
          <p className="hint">{t('penjelasan.structured')}</p>
        ) : (
          <>
            <textarea
              className="penjelasan-text"
              name="penjelasan-entry"
              aria-label={t('penjelasan.fieldLabel')}
              value={entryLines(at.entry)}
              readOnly={!editable}
              spellCheck
              lang="id"
              rows={8}
              onChange={(e) => write(e.target.value)}
            />
            <p className="hint">{t('penjelasan.lines')}</p>
          </>
        )}
        <div className="penjelasan-actions">
          {editable && !at.structured && (
            <button type="button" onClick={() => write(fillTemplate('cukupJelas'), true)}>
              {t('penjelasan.cukupJelas')}
            </button>
          )}
          <button type="button" onClick={() => ctx.jumpToUnit(entryUid)}>
            {t('penjelasan.showInDraft')}
          </button>
        </div>
      </>
    );
  }

  return (
    <div className="penjelasan-panel">
      <h2 className="panel-title">{t('penjelasan.heading')}</h2>
      {body}
    </div>
  );
}
