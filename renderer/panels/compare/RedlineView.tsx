/**
 * The inline redline: one column, each unit with its deletions struck through and its
 * insertions underlined in place, headed by its label and Keterangan (and the notes of its parts
 * that went to, came from, or read alike another Pasal); in a changed Pasal, the changed line F8
 * stands on is marked.
 */
import { memo, useMemo, type ReactNode } from 'react';
import type { CompareRowView } from '../../../src/api/contract';
import { SegmentText } from './SegmentText';
import { StageSteps } from './StageSteps';
import { ElsewhereNotes, isTitleRow, Keterangan, rowActivation, StageBadge, type RowText } from './row-parts';
import { startsSection, type NumberedRow } from './view-model';

/**
 * A row's heading label: the new label, with the old one when it changed; a removed unit whose
 * label a unit of the new text bears (`newLabels`) is called old ("Menimbang huruf b lama"), so
 * it never reads as the row beside it, nor as that unit where a filter leaves it out.
 */
function rowLabel(row: CompareRowView, text: RowText, newLabels: ReadonlySet<string>): string | undefined {
  if (row.new && row.old && row.new.label !== row.old.label) return text.t('compare.formerly', { label: row.new.label, old: row.old.label });
  if (!row.new && row.old && newLabels.has(row.old.label)) return text.t('compare.oldUnit', { label: row.old.label });
  return (row.new ?? row.old)?.label;
}

const RedlineRow = memo(function RedlineRow({ nr, current, currentLine, text, newLabels, onRowClick }: { nr: NumberedRow; current: boolean; currentLine: number | null; text: RowText; newLabels: ReadonlySet<string>; onRowClick(row: CompareRowView): void }) {
  const { row } = nr;
  const label = rowLabel(row, text, newLabels);
  const cls = ['cmp-row', 'cmp-redline-row', `cmp-row-${row.status}`, `cmp-kind-${row.kind}`, isTitleRow(row) ? 'cmp-title-row' : '', current ? 'is-current' : ''].filter(Boolean).join(' ');
  return (
    <article className={cls} data-key={row.key} data-status={row.status} aria-current={current ? 'true' : undefined} {...rowActivation(row, text, onRowClick)}>
      <header className="cmp-redline-head">
        <span className="cmp-no">{nr.no}</span>
        <span className="cmp-label">{label}</span>
        <span className="cmp-redline-ket">
          <Keterangan row={row} text={text} noParts />
          <StageBadge stage={row.stage} text={text} />
        </span>
      </header>
      <ElsewhereNotes row={row} text={text} />
      <SegmentText segments={row.segments} mode="inline" oldLines={row.old?.lines} newLines={row.new?.lines} currentLine={currentLine} titles={text} />
      <StageSteps row={row} text={text} />
    </article>
  );
});

/** The redline of the shown rows (`rows`) of a comparison (`allRows`, shown or not). */
export function RedlineView({ rows, allRows, count, currentKey, currentLine = null, text, onRowClick }: { rows: readonly NumberedRow[]; allRows: readonly CompareRowView[]; count: number; currentKey: string | null; currentLine?: number | null; text: RowText; onRowClick(row: CompareRowView): void }) {
  const newLabels = useMemo(() => new Set(allRows.flatMap((r) => (r.new ? [r.new.label] : []))), [allRows]);
  const out: ReactNode[] = [];
  for (let i = 0; i < Math.min(count, rows.length); i++) {
    const nr = rows[i] as NumberedRow;
    if (startsSection(nr.row, rows[i - 1]?.row)) out.push(<h3 key={`s-${nr.row.key}`} className="cmp-redline-section">{text.t(`compare.section.${nr.row.section}`)}</h3>);
    out.push(<RedlineRow key={nr.row.key} nr={nr} current={nr.row.key === currentKey} currentLine={nr.row.key === currentKey ? currentLine : null} text={text} newLabels={newLabels} onRowClick={onRowClick} />);
  }
  return <div className="cmp-redline">{out}</div>;
}
