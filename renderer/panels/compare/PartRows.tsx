/**
 * The ayat, items and loose text of a changed Pasal whose parts are out of step (one inserted,
 * deleted, moved, merged or split) or that is longer than about a screen (`partRows` of the row,
 * `src/diff/parts-in-step.ts`), each in a row of its own under the
 * Pasal's row: the old part beside its new one, its marker hanging left (an item a step further
 * in, as printed), word changes marked, and its own note. Old angka 9 then stands beside new angka 7, not beside whatever is seventh. Each
 * part row opens its own ayat or item in the editor (click or Enter) and is highlighted with its
 * Pasal. Under "only changes" the unchanged parts are left out; under a search, the parts that
 * do not hold it.
 */
import { useContext, type CSSProperties } from 'react';
import type { ComparePartRowView, CompareRowView, CompareSide } from '../../../src/api/contract';
import { newPartNames } from '../../../src/diff/part-elsewhere';
import { isChangeStatus } from '../../../src/diff/status';
import { partKey } from './part-key';
import { GotoLink, partNote, rowActivation, StageBadge, type RowText } from './row-parts';
import { SegmentText } from './SegmentText';
import { partsShown } from './row-search';
import { SearchQuery } from './search-highlight';
import { sideText } from './view-model';

/** One side of a part: its marker and its text (nothing when the part is not on that side). */
function PartSide({ part, side, text }: { part: ComparePartRowView; side: 'old' | 'new'; text: RowText }) {
  const ref = part[side];
  if (!ref || sideText(part.segments, side).trim() === '') return <td className={`cmp-${side} cmp-empty`}>{text.absent}</td>;
  const whole = part.status === 'inserted' || part.status === 'deleted';
  const indent = ref.lines?.[0]?.indent ?? 0;
  // A heading (a quoted Pasal's "Pasal 7" in an amending instrument) is set centred, as printed.
  const heading = ref.lines?.[0]?.heading === true;
  return (
    <td className={`cmp-${side}`}>
      <div className={ref.marker ? 'cmp-part' : `cmp-part-loose${heading ? ' cmp-part-heading' : ''}`} style={indent > 0 ? ({ '--cmp-indent': indent } as CSSProperties) : undefined}>
        {ref.marker && <span className="cmp-marker">{ref.marker}</span>}
        <SegmentText segments={part.segments} mode={side} plain={whole} titles={text} />
      </div>
    </td>
  );
}

/** The rows of the parts of `row` (its `partRows`), to follow the row itself; `currentPart` is marked as where F8 stands. */
export function PartRows({ row, current, currentPart = null, text, onRowClick, changesOnly = false, contentOnly = false }: { row: CompareRowView; current: boolean; currentPart?: number | null; text: RowText; onRowClick(row: CompareRowView, unit?: CompareSide): void; changesOnly?: boolean; contentOnly?: boolean }) {
  const parts = row.partRows ?? [];
  const names = newPartNames(row.new?.label, parts);
  const shown = partsShown(parts, useContext(SearchQuery), contentOnly);
  return (
    <>
      {parts.map((p, i) => ((changesOnly && !isChangeStatus(p.status)) || !shown(p) ? null : (
        <tr key={partKey(row.key, i)} className={`cmp-part-row cmp-row-${p.status}${current ? ' is-current' : ''}${current && i === currentPart ? ' is-current-part' : ''}`} data-key={partKey(row.key, i)} data-part-status={p.status} aria-current={current && i === currentPart ? 'true' : undefined} {...rowActivation(row, text, (r) => onRowClick(r, p.new ?? undefined))}>
          <td className="cmp-no" />
          <PartSide part={p} side="old" text={text} />
          <PartSide part={p} side="new" text={text} />
          <td className="cmp-ket">
            <span className="cmp-part-note">{partNote(row, p, text, names)}</span>
            <GotoLink row={row} part={p} text={text} />
          </td>
          {text.stageNames && (
            <td className="cmp-stage-cell">
              <StageBadge stage={p.stage} text={text} />
            </td>
          )}
        </tr>
      )))}
    </>
  );
}
