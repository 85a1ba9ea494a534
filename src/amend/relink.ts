/**
 * References in the text an instrument restates. The importer links references only in a
 * Perda's own Pasal, so a Pasal restated inside a change item arrives with "sebagaimana dimaksud
 * pada ayat (1)" as plain text, while the same Pasal of the base holds a live reference: the
 * consolidated text would compare as "rujukan tidak menyesuaikan" although nothing changed.
 * Once applied, the Pasal the items restated are linked against the consolidated text.
 */
import type { NodeJson } from '../model/doc-json';
import { linkReferences } from '../parse/references';
import { APPLIED } from './apply-entry';
import { bodyOf, findUnit } from './json-tree';
import type { ApplyReportEntry } from './types';

/** Link the reference phrases of the Pasal that applied items restated (the JSON is changed in place). */
export function linkRestated(doc: NodeJson, report: readonly ApplyReportEntry[]): void {
  const body = bodyOf(doc);
  const restated = new Set<NodeJson>();
  for (const r of report) {
    if (r.item <= 0 || !APPLIED.has(r.status) || r.action === 'penjelasan') continue;
    for (const u of r.units) {
      const m = /^Pasal\s+(\S+)/.exec(u);
      const at = m ? findUnit(body, 'pasal', m[1] as string) : null;
      if (at) restated.add(at.node);
    }
  }
  if (restated.size > 0) linkReferences(body.content ?? [], [], restated);
}
