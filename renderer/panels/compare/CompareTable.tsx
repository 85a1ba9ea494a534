/**
 * The comparison table as DPRD members read it: No | Teks lama | Teks baru | Keterangan (and the
 * stage in three-way mode), with section rows (Menimbang, Mengingat, Batang tubuh, Penjelasan),
 * BAB/Bagian titles in their place and word changes marked inside the texts. Each text cell is
 * headed alike: the unit's label centred, its comment buttons at the right (see comment-tools.tsx).
 * A changed Pasal whose parts are out of step is followed by a row per part (PartRows.tsx).
 */
import { memo, type ReactNode } from 'react';
import type { CompareRowView, CompareSide } from '../../../src/api/contract';
import { NewCommentTool, OldCommentTools } from './comment-tools';
import { PartRows } from './PartRows';
import { StageSteps } from './StageSteps';
import { SegmentText } from './SegmentText';
import { isTitleRow, Keterangan, rowActivation, SideLabel, StageBadge, type RowText } from './row-parts';
import { startsSection, type NumberedRow } from './view-model';

/** Props of the table. */
export interface CompareTableProps {
  rows: readonly NumberedRow[];
  /** How many rows to render now (progressive rendering). */
  count: number;
  currentKey: string | null;
  /** The current part of the current row when it is shown part by part (F8 steps through its changed parts), else null. */
  currentPart?: number | null;
  text: RowText;
  columns: { old: string; new: string };
  /** How the Pasal were paired where the two texts share no uid (named under "Keterangan"); null for a draft against its own base or versions. */
  pairedBy?: 'number' | 'content' | null;
  onRowClick(row: CompareRowView, unit?: CompareSide): void;
  /** True when the old column is the base text (comments on it are possible). */
  oldIsBase: boolean;
  /** Ids of the base-side threads of each row (by row key). */
  oldThreads: ReadonlyMap<string, string[]>;
  /** Show a thread in the comments panel. */
  onShowThread(id: string): void;
  /** Only changes are shown: the part rows of a Pasal leave out its parts unchanged or only renumbered. */
  changesOnly?: boolean;
  /** Only changes of content are shown: the part rows also leave out the parts changed in form only. */
  contentOnly?: boolean;
}

const NO_THREADS: string[] = [];

const TableRow = memo(function TableRow({ nr, current, currentPart, text, onRowClick, oldIsBase, oldThreads, onShowThread, changesOnly, contentOnly }: {
  nr: NumberedRow; current: boolean; currentPart: number | null; text: RowText; onRowClick(row: CompareRowView, unit?: CompareSide): void; oldIsBase: boolean; oldThreads: string[]; onShowThread(id: string): void; changesOnly: boolean; contentOnly: boolean;
}) {
  const { row } = nr;
  const whole = row.status === 'inserted' || row.status === 'deleted';
  const title = isTitleRow(row);
  // A Pasal whose parts are out of step: its row heads the rows of its parts (PartRows).
  const byPart = row.partRows !== undefined;
  const cls = ['cmp-row', `cmp-row-${row.status}`, `cmp-kind-${row.kind}`, current ? 'is-current' : '', byPart ? 'cmp-by-part' : ''].filter(Boolean).join(' ');
  const cell = (side: 'old' | 'new') => {
    const ref = row[side];
    if (!ref) return <td className={`cmp-${side} cmp-empty`}>{text.absent}</td>;
    // Comments anchor to units with a uid: not to a Lampiran paragraph or the diktum and penutup lines ("#").
    const tools = ref.uid.includes('#')
      ? null
      : side === 'new' ? <NewCommentTool side={ref} text={text} /> : oldIsBase ? <OldCommentTools side={ref} text={text} threads={oldThreads} onShowThread={onShowThread} /> : null;
    return (
      <td className={`cmp-${side}`}>
        <div className="cmp-side-head">
          <SideLabel side={ref} />
          {tools}
        </div>
        {byPart ? null : side === 'old' && row.oldText !== undefined ? (
          // Its ayat or items changed order: the old text as written, unmarked.
          <SegmentText segments={[{ op: 'equal', text: row.oldText }]} mode="old" plain oldLines={row.old?.lines} titles={text} />
        ) : (
          <SegmentText segments={row.segments} mode={side} plain={whole} oldLines={row.old?.lines} newLines={row.new?.lines} titles={text} />
        )}
        {side === 'new' && <StageSteps row={row} text={text} />}
      </td>
    );
  };
  return (
    <>
    <tr className={cls + (title ? ' cmp-title-row' : '')} data-key={row.key} data-status={row.status} aria-current={current ? 'true' : undefined} {...rowActivation(row, text, onRowClick)}>
      <td className="cmp-no">{nr.no}</td>
      {cell('old')}
      {cell('new')}
      <td className="cmp-ket">
        <Keterangan row={row} text={text} noParts={byPart} />
      </td>
      {text.stageNames && (
        <td className="cmp-stage-cell">
          <StageBadge stage={row.stage} text={text} />
        </td>
      )}
    </tr>
    {byPart && <PartRows row={row} current={current} currentPart={currentPart} text={text} onRowClick={onRowClick} changesOnly={changesOnly} contentOnly={contentOnly} />}
    </>
  );
});

/** The table. */
export function CompareTable({ rows, count, currentKey, currentPart = null, text, columns, pairedBy = null, onRowClick, oldIsBase, oldThreads, onShowThread, changesOnly = false, contentOnly = false }: CompareTableProps) {
  const { t } = text;
  const width = text.stageNames ? 5 : 4;
  const body: ReactNode[] = [];
  for (let i = 0; i < Math.min(count, rows.length); i++) {
    const nr = rows[i] as NumberedRow;
    if (startsSection(nr.row, rows[i - 1]?.row)) {
      body.push(
        <tr key={`s-${nr.row.key}`} className="cmp-section-row">
          <th colSpan={width} scope="colgroup">
            {t(`compare.section.${nr.row.section}`)}
          </th>
        </tr>,
      );
    }
    body.push(
      <TableRow key={nr.row.key} nr={nr} current={nr.row.key === currentKey} currentPart={nr.row.key === currentKey ? currentPart : null} text={text} onRowClick={onRowClick}
        oldIsBase={oldIsBase} oldThreads={oldThreads.get(nr.row.key) ?? NO_THREADS} onShowThread={onShowThread} changesOnly={changesOnly} contentOnly={contentOnly} />,
    );
  }
  return (
    <table className={`cmp-table${text.stageNames ? ' has-stage' : ''}`}>
      <colgroup>
        <col className="cmp-col-no" />
        <col className="cmp-col-old" />
        <col className="cmp-col-new" />
        <col className="cmp-col-ket" />
        {text.stageNames && <col className="cmp-col-stage" />}
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('compare.col.no')}</th>
          <th scope="col">
            {t('compare.col.old')}
            <span className="cmp-src">{columns.old}</span>
          </th>
          <th scope="col">
            {t('compare.col.new')}
            <span className="cmp-src">{columns.new}</span>
          </th>
          <th scope="col">
            {t('compare.col.keterangan')}
            {pairedBy && (
              <span className="cmp-src cmp-paired-by" data-paired-by={pairedBy} title={t(`compare.pairedBy.${pairedBy}Title`)}>
                {t(`compare.pairedBy.${pairedBy}`)}
              </span>
            )}
          </th>
          {text.stageNames && <th scope="col">{t('compare.col.stage')}</th>}
        </tr>
      </thead>
      <tbody>{body}</tbody>
    </table>
  );
}
