/**
 * Tells whether a transaction can change numbers or references: anything but typing or deleting
 * plain text inside one paragraph (or title) and changing marks. Plugins that derive data from
 * the structure (numbering labels, Penjelasan entries, the structure guard) recompute only then.
 */
import type { Node } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import { AddMarkStep, RemoveMarkStep, ReplaceStep } from 'prosemirror-transform';

function hasRef(doc: Node, from: number, to: number): boolean {
  let found = false;
  if (to > from) {
    doc.nodesBetween(from, to, (n) => {
      if (n.type.name === 'ref') found = true;
      return !found;
    });
  }
  return found;
}

/** True when the step at `index` of `tr` edits only text inside a single textblock. */
function isTextStep(tr: Transaction, index: number): boolean {
  const step = tr.steps[index]!;
  if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return true;
  if (!(step instanceof ReplaceStep)) return false;
  const doc = tr.docs[index]!;
  const { from, to, slice } = step as unknown as { from: number; to: number; slice: import('prosemirror-model').Slice };
  if (slice.openStart !== 0 || slice.openEnd !== 0) return false;
  let inlineOnly = true;
  slice.content.forEach((n) => {
    if (!n.isText) inlineOnly = false;
  });
  if (!inlineOnly) return false;
  const $from = doc.resolve(from);
  if (!$from.parent.isTextblock) return false;
  if (to !== from && (to > $from.end() || hasRef(doc, from, to))) return false;
  return true;
}

/** True when `tr` changed the document beyond plain text inside textblocks. */
export function changesStructure(tr: Transaction): boolean {
  if (!tr.docChanged) return false;
  for (let i = 0; i < tr.steps.length; i++) if (!isTextStep(tr, i)) return true;
  return false;
}

/** True when any of `trs` changed the structure. */
export function anyChangesStructure(trs: readonly Transaction[]): boolean {
  return trs.some(changesStructure);
}
