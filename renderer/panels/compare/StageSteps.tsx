/**
 * Three-way mode, a unit both stages changed: under its new text, "Perubahan per tahap" opens
 * the word diff of each stage (base -> A, then A -> draft), only the lines each stage changed, so
 * a reader sees which words the first stage changed and which the second (e.g. the Bapemperda's
 * draft, then the Pansus). Shown in the table and the redline; opened for printing
 * (`use-print-details.ts`).
 */
import type { CompareRowView } from '../../../src/api/contract';
import type { RowText } from './row-parts';
import { SegmentText } from './SegmentText';
import { changedLines } from './view-model';

/** The per-stage word diffs of `row`, when it has them (nothing otherwise). */
export function StageSteps({ row, text }: { row: CompareRowView; text: RowText }) {
  if (!row.steps || !text.stageNames) return null;
  const names = text.stageNames;
  const step = (key: 'baseToA' | 'aToDraft') => (
    <div className="cmp-step" data-step={key}>
      <div className="cmp-step-name">{text.t(`compare.stage.${key}`, names)}</div>
      <SegmentText segments={changedLines(row.steps![key])} mode="inline" titles={text} />
    </div>
  );
  return (
    // Inside a clickable row: opening the details must not open the editor.
    <details className="cmp-steps" onClick={(e) => e.stopPropagation()}>
      <summary>{text.t('compare.steps')}</summary>
      {step('baseToA')}
      {step('aToDraft')}
    </details>
  );
}
