/**
 * The status rules, in one place:
 * - a matched pair whose text differs (after ignoring layout, hyphenation and references that
 *   only followed renumbering) is `changed`, whatever happened to its number or place;
 * - else, if it left the heaviest order-preserving chain of matched units or went to another
 *   (matched) BAB, it is `moved`;
 * - else, if its number differs, it is `renumbered`;
 * - else it is `unchanged`.
 */
import type { UnitStatus } from './types';

/** Status of a matched pair from its three facts. */
export function matchedStatus(textChanged: boolean, moved: boolean, renumbered: boolean): UnitStatus {
  if (textChanged) return 'changed';
  if (moved) return 'moved';
  if (renumbered) return 'renumbered';
  return 'unchanged';
}

/**
 * A row is a change when its wording, existence or place changed. A row whose number only
 * followed the renumbering ("Nomor berubah") is not: in a replacement text nearly every Pasal is
 * renumbered, and counting those would hide the real changes.
 */
export function isChangeStatus(status: UnitStatus): boolean {
  return status !== 'unchanged' && status !== 'renumbered';
}

/** A summary with every status at zero. */
export function emptySummary(): Record<UnitStatus, number> {
  return { unchanged: 0, changed: 0, inserted: 0, deleted: 0, moved: 0, renumbered: 0, split: 0, merged: 0 };
}
