/**
 * The consolidated Penjelasan follows what the instrument did to the Pasal (drafting-rules.md
 * 1.11: Penjelasan pasal demi pasal has one entry per Pasal, "Cukup jelas." when it needs none).
 * A Pasal the instrument deleted ("Dihapus.") no longer reads "Cukup jelas." or its old
 * explanation: its entry reads "Dihapus." too. A Pasal it inserted whose explanation the
 * instrument does not give gets the entry "Cukup jelas." after the entry of the Pasal before
 * it. Each such change has its report line. A base without Penjelasan pasal demi pasal is left
 * as it is.
 */
import type { Node } from 'prosemirror-model';
import type { NodeJson } from '../model/doc-json';
import { numberDocument, type UnitNumber } from '../model/numbering';
import { TEMPLATES } from '../model/templates';
import { entryLabelNum, pasalDemiPasalOf, setExplanation, textOf, type ItemDone } from './apply-penjelasan';
import type { ApplyReportEntry } from './types';

/** The entry explaining Pasal `p` (by target, else by its label "Pasal 7A"). */
function entryOf(entries: readonly NodeJson[], p: UnitNumber): NodeJson | undefined {
  return entries.find((e) => e.attrs?.target === p.uid) ?? entries.find((e) => !e.attrs?.target && entryLabelNum(e) === p.num);
}

/** The item of Pasal I that named Pasal `num` (0 when none did). */
function itemOf(done: ReadonlyMap<number, ItemDone>, num: string): number {
  for (const [n, d] of done) if (d.applied && d.pasal.has(num)) return n;
  return 0;
}

/**
 * Make the Penjelasan entries of `json` (the consolidated text, `after` as a document) follow
 * the Pasal deleted and inserted since `before` (the base in perubahan numbering). Returns the
 * report lines of what it changed.
 */
export function penjelasanFollowsPasal(json: NodeJson, before: Node, after: Node, done: ReadonlyMap<number, ItemDone>): ApplyReportEntry[] {
  const entries = pasalDemiPasalOf(json)?.content;
  if (!entries?.length) return [];
  const old = numberDocument(before);
  const lines: ApplyReportEntry[] = [];
  const dihapus = TEMPLATES.dihapus.text;
  for (const p of numberDocument(after).values()) {
    if (p.type !== 'pasal') continue;
    const was = old.get(p.uid);
    if (p.deleted && was && !was.deleted) {
      const entry = entryOf(entries, p);
      if (!entry || textOf(entry).trim() === dihapus) continue;
      entry.content = [{ type: 'para', content: [{ type: 'text', text: dihapus }] }];
      lines.push({ item: itemOf(done, p.num), status: 'applied', action: 'penjelasan', units: [`Penjelasan ${p.marker}`], message: `Penjelasan ${p.marker} menjadi "${dihapus}" karena ${p.marker} dihapus.` });
    } else if (!p.deleted && !was && !entryOf(entries, p)) {
      const err = setExplanation(json, p.num, []);
      if (err) continue;
      lines.push({ item: itemOf(done, p.num), status: 'applied', action: 'penjelasan', units: [`Penjelasan ${p.marker}`], message: `Penjelasan Peraturan Daerah perubahan tidak memuat penjelasan ${p.marker} yang disisipkan; Penjelasan ${p.marker} ditulis "Cukup jelas.".` });
    }
  }
  return lines;
}
