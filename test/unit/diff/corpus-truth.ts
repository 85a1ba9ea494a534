/**
 * How a comparison of a corpus text with an edited copy of it agrees with what the edit did
 * (`Truth`, by Pasal label): one line per row with a wrong status or new number, and per row the
 * edit implies but the comparison lacks.
 */
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { parseText } from '../../../src/parse';
import type { CorpusEdit } from './corpus-edits';

/** What the comparison of `oldText` with `edit.text` says wrongly: one line per wrong or missing row. */
export function problemsOf(oldText: string, edit: CorpusEdit): string[] {
  const units = comparisonToJson(compareDocs(parseText(oldText).doc, parseText(edit.text).doc)).units;
  const { truth } = edit;
  const out: string[] = [];
  for (const u of units) {
    if (u.old && truth.ignored.includes(u.old)) continue;
    const want = u.old
      ? truth.changed.includes(u.old) ? 'changed'
        : truth.deleted.includes(u.old) ? 'deleted'
          : truth.moved.includes(u.old) ? 'moved'
            : truth.split.includes(u.old) ? 'split'
              : truth.merged.includes(u.old) ? 'merged'
                : 'same'
      : truth.inserted.includes(u.new ?? '') ? 'inserted' : 'same';
    const got = u.status === 'unchanged' || u.status === 'renumbered' ? 'same' : u.status;
    if (got !== want) out.push(`${u.old ?? '-'} -> ${u.new ?? '-'}: ${u.status} (${u.keterangan}), not ${want}`);
    else if (got === 'same' && u.old && u.new && truth.renumber && `Pasal ${truth.renumber(Number(u.old.slice(6)))}` !== u.new) out.push(`${u.old} -> ${u.new}: wrong new number`);
  }
  const has = (status: string, side: 'old' | 'new', label: string) => units.some((u) => u.status === status && u[side] === label);
  for (const [status, side, labels] of [['deleted', 'old', truth.deleted], ['inserted', 'new', truth.inserted], ['moved', 'old', truth.moved], ['split', 'old', truth.split], ['merged', 'old', truth.merged]] as const)
    for (const label of labels) if (!has(status, side, label)) out.push(`no row "${status}" for ${label}`);
  return out;
}
