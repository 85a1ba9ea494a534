/**
 * Which package format a set of review events needs: format 1 unless an event uses something
 * format 1 cannot carry (a thread anchored to the base text, a DIM kind). Older builds read only
 * format 1 and refuse format 2 as "made by a newer Rancang", so writing the oldest sufficient
 * format keeps packages without those features exchangeable with reviewers on older builds.
 */
import type { ReviewEvent } from './types';

/** The first package format. */
export const FIRST_PACKAGE_FORMAT = 1;
/** The format that added base-side anchors and DIM kinds. */
export const BASE_SIDE_PACKAGE_FORMAT = 2;

/** True when one event needs format 2. */
function needsFormat2(e: ReviewEvent): boolean {
  if (e.kind === 'thread.create') return e.anchor.side !== undefined || e.jenis !== undefined;
  if (e.kind === 'anchor.set') return e.anchor.side !== undefined;
  return false;
}

/** The oldest package format that can hold `events`. */
export function formatForEvents(events: readonly ReviewEvent[]): number {
  return events.some(needsFormat2) ? BASE_SIDE_PACKAGE_FORMAT : FIRST_PACKAGE_FORMAT;
}
