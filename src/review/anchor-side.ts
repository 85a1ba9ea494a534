/**
 * The side of the comparison a thread is anchored to: the draft (the new text, the default of
 * every anchor made before sides existed) or the base (the old Perda: a deleted Pasal, the old
 * wording in the left column of the comparison table). Draft and base share the uids of the
 * units the draft kept, so the side, not the uid, tells which document an anchor belongs to.
 */
import type { ThreadAnchor } from './types';

/** Where an anchor belongs. */
export type AnchorSide = 'draft' | 'base';

/** The sides, for argument schemas. */
export const ANCHOR_SIDES = ['draft', 'base'] as const;

/** What follows the label of a unit of the base text ("Pasal 9 (naskah lama)"). */
export const BASE_LABEL_SUFFIX = ' (naskah lama)';

/** The side of an anchor (an anchor without one belongs to the draft). */
export function anchorSide(anchor: ThreadAnchor): AnchorSide {
  return anchor.side === 'base' ? 'base' : 'draft';
}

/** The anchor on `side`: `side: 'base'` is recorded, the draft side is left implicit (as old anchors have it). */
export function withSide(anchor: ThreadAnchor, side: AnchorSide): ThreadAnchor {
  const rest = { ...anchor };
  delete rest.side;
  return side === 'base' ? { side: 'base', ...rest } : rest;
}

/** A label as shown for `side`: "Pasal 9" on the draft, "Pasal 9 (naskah lama)" on the base. */
export function sideLabel(label: string, side: AnchorSide): string {
  return side === 'base' && !label.endsWith(BASE_LABEL_SUFFIX)
    ? `${label}${BASE_LABEL_SUFFIX}`
    : label;
}
