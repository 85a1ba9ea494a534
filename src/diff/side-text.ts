/**
 * One side of a word diff, as a column of the comparison table shows it: the old column is the
 * equal runs (as the old text prints them) and the deletions, the new column the equal runs and
 * the insertions. When the parts of a Pasal changed order, the old column read that way would
 * follow the new order; `readsAsWritten` tells, and the column then quotes the old text as it
 * stands instead.
 */
import type { Segment } from './types';

/** The segments one side shows (its equal runs and its own changes), as they are. */
export function ofSide(segments: readonly Segment[], side: 'old' | 'new'): Segment[] {
  const drop = side === 'old' ? 'insert' : 'delete';
  return segments.filter((s) => s.op !== drop);
}

/** The segments of one side, each equal run with that side's print. */
export function sideSegments(segments: readonly Segment[], side: 'old' | 'new'): Segment[] {
  return ofSide(segments, side).map((s) => (side === 'old' && s.old !== undefined ? { op: s.op, text: s.old } : s));
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** True when the old side of `segments` reads as `oldText` (whitespace aside): the marks can be shown on it. */
export function readsAsWritten(segments: readonly Segment[], oldText: string): boolean {
  return squeeze(sideSegments(segments, 'old').map((s) => s.text).join('')) === squeeze(oldText);
}
