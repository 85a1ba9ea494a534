/**
 * Structure fixes on the selected unit: promote/demote, merge with the previous unit, split at a
 * chosen paragraph, change of kind (of the unit, or of one of its text paragraphs), undo.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Node } from 'prosemirror-model';
import {
  changeParaKind,
  changeUnitKind,
  demoteUnit,
  mergeWithPrevious,
  promoteUnit,
  splitUnit,
  type BlockKind,
  type FixResult,
  type GroupKind,
} from '../../../src/parse/fix/index';
import { blocksOf, findUnit } from './review-model';

const KINDS_FOR: Record<string, Array<BlockKind | GroupKind>> = {
  bab: ['bagian', 'paragraf'],
  bagian: ['bab', 'paragraf'],
  paragraf: ['bab', 'bagian'],
  ayat: ['para', 'item'],
  item: ['para', 'ayat'],
};

/** Props of the tools. */
export interface FixToolsProps {
  doc: Node;
  selected: string | null;
  label: string | null;
  refusal: string | null;
  canUndo: boolean;
  onFix(run: (doc: Node) => FixResult): void;
  onUndo(): void;
}

/** The tools. */
export function FixTools({ doc, selected, label, refusal, canUndo, onFix, onUndo }: FixToolsProps) {
  const { t } = useTranslation();
  const [block, setBlock] = useState<number | null>(null);
  const unit = selected ? findUnit(doc, selected) : null;
  const type = unit?.type.name ?? '';
  const blocks = unit ? blocksOf(unit) : [];
  const chosen = blocks.find((b) => b.index === block) ?? null;
  const kinds = KINDS_FOR[type] ?? [];
  const uid = selected ?? '';
  return (
    <section className="import-fix" aria-label={t('import.fixHeading')}>
      <h3>{t('import.fixHeading')}</h3>
      {!unit ? (
        <p className="hint">{t('import.noSelection')}</p>
      ) : (
        <>
          <p className="import-selected">{t('import.selected', { label })}</p>
          <div className="fix-row">
            <button type="button" onClick={() => onFix((d) => promoteUnit(d, uid))} disabled={!['pasal', 'bagian', 'paragraf'].includes(type)}>
              {t('import.promote')}
            </button>
            <button type="button" onClick={() => onFix((d) => demoteUnit(d, uid))} disabled={!['pasal', 'bagian', 'paragraf'].includes(type)}>
              {t('import.demote')}
            </button>
            <button type="button" onClick={() => onFix((d) => mergeWithPrevious(d, uid))}>
              {t('import.merge')}
            </button>
          </div>
          {kinds.length > 0 && (
            <label className="fix-kind">
              {t('import.changeKind')}{' '}
              <select
                value=""
                onChange={(e) => {
                  const k = e.target.value as BlockKind | GroupKind;
                  if (k) onFix((d) => changeUnitKind(d, uid, k));
                }}
              >
                <option value="">—</option>
                {kinds.map((k) => (
                  <option key={k} value={k}>
                    {t(`import.kindOf.${k}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {blocks.length > 1 && (
            <fieldset className="fix-blocks">
              <legend>{t('import.splitHint')}</legend>
              {blocks.map((b) => (
                <label key={b.index} className="fix-block">
                  <input type="radio" name="fix-block" checked={block === b.index} onChange={() => setBlock(b.index)} />
                  <span className="fix-block-kind">{t(`import.block.${b.type}`, { count: b.count, defaultValue: b.type })}</span>{' '}
                  <span className="fix-block-text">{b.text}</span>
                </label>
              ))}
              <div className="fix-row">
                <button type="button" disabled={!chosen || chosen.index === 0} onClick={() => chosen && onFix((d) => splitUnit(d, uid, chosen.index))}>
                  {t('import.split')}
                </button>
                {chosen?.type === 'para' && (
                  <>
                    <button type="button" onClick={() => onFix((d) => changeParaKind(d, uid, chosen.index, 'ayat'))}>
                      {t('import.paraToAyat')}
                    </button>
                    <button type="button" onClick={() => onFix((d) => changeParaKind(d, uid, chosen.index, 'item'))}>
                      {t('import.paraToItem')}
                    </button>
                  </>
                )}
              </div>
            </fieldset>
          )}
        </>
      )}
      {refusal && (
        <p className="fix-refusal" role="alert">
          {refusal}
        </p>
      )}
      <button type="button" className="quiet" disabled={!canUndo} onClick={onUndo}>
        {t('import.undo')}
      </button>
    </section>
  );
}
