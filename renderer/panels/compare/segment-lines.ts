/**
 * The lines of a comparison row (`src/diff/segment-lines.ts` cuts a marked text into lines laid
 * out as the printed Perda sets them): where F8 stops inside a changed row, and how each line is
 * named.
 */
import type { CompareRowView } from '../../../src/api/contract';
import { partName } from '../../../src/diff/part-elsewhere';
import { formChanged } from '../../../src/diff/printed-otherwise';
import { hasLayout, hungMarker, layoutAt, segmentLines, type SideLines } from '../../../src/diff/segment-lines';

export { cutAtLines, hasLayout, hungMarker, MARKER_WORD, segmentLines, type SegmentLine, type SideLines } from '../../../src/diff/segment-lines';

/** The layouts of the lines of a row's two sides. */
export function rowLines(row: CompareRowView): SideLines {
  return { old: row.old?.lines, new: row.new?.lines };
}

/**
 * The changed lines of a changed row's redline (indices into its `segmentLines`), where F8 stops
 * inside the row; null when the row is no changed Pasal set line by line, or changed in one line
 * only (the row itself is then the stop).
 */
export function lineStops(row: CompareRowView): number[] | null {
  const lines = rowLines(row);
  if (row.status !== 'changed' || !hasLayout(lines)) return null;
  const stops: number[] = [];
  segmentLines(row.segments, 'inline', lines).forEach((line, i) => {
    if (line.pieces.some((p) => (p.op !== 'equal' && p.text.trim() !== '') || formChanged(p))) stops.push(i);
  });
  return stops.length >= 2 ? stops : null;
}

/**
 * The name of line `i` of a row's redline inside its Pasal, as the table names its part: "angka
 * 4", "angka 7 (semula angka 9)" for a kept line whose marker followed the renumbering, or null.
 */
export function lineName(row: CompareRowView, i: number): string | null {
  const line = segmentLines(row.segments, 'inline', rowLines(row))[i];
  if (!line?.layout) return null;
  const label = line.layout.label;
  if (line.side === 'old') return partName(row.old?.label, row.new?.label, label, undefined) || null;
  // A kept line printing another number in the old text: the old part is the nearest old line with that marker.
  const was = hungMarker(line)?.marker.old;
  const oldLine = was ? layoutAt(row.old?.lines, line.at.old, was) : null;
  return partName(row.old?.label, row.new?.label, oldLine && oldLine.marker === was ? oldLine.label : undefined, label) || null;
}
