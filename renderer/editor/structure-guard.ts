/**
 * A last line of defence: any transaction whose resulting document does not satisfy the Perda
 * schema is refused, so the structure can never become invalid whatever a command or paste does.
 * Only the part of the document a step touched is checked (the smallest node around each replaced
 * range; the whole document for other kinds of step), so typing in a long Perda stays fast.
 */
import type { Node } from 'prosemirror-model';
import { Plugin, type Transaction } from 'prosemirror-state';
import { ReplaceStep } from 'prosemirror-transform';

/** The nodes of `tr.doc` that must be re-checked: around each replaced range, or the doc. */
function touchedNodes(tr: Transaction): Node[] {
  const out: Node[] = [];
  for (let i = 0; i < tr.steps.length; i++) {
    const step = tr.steps[i]!;
    if (!(step instanceof ReplaceStep)) return [tr.doc];
    const rest = tr.mapping.slice(i + 1);
    let from = Infinity;
    let to = -Infinity;
    step.getMap().forEach((_os, _oe, ns, ne) => {
      from = Math.min(from, rest.map(ns, -1));
      to = Math.max(to, rest.map(ne, 1));
    });
    if (from === Infinity) continue;
    const $from = tr.doc.resolve(from);
    const depth = $from.sharedDepth(to);
    if (depth === 0) return [tr.doc];
    out.push($from.node(depth));
  }
  return out;
}

/** True when every node `tr` touched is valid. */
export function transactionKeepsStructure(tr: Transaction): boolean {
  if (!tr.docChanged) return true;
  try {
    for (const node of touchedNodes(tr)) node.check();
    return true;
  } catch {
    return false;
  }
}

/** The guard plugin. */
export function structureGuard(): Plugin {
  return new Plugin({ filterTransaction: transactionKeepsStructure });
}
