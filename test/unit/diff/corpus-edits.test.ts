/**
 * Revisions of four real Perda texts, each edited in one known way (see `corpus-edits.ts`), at
 * the first, second, middle and last Pasal and more (every two neighbours of one chapter
 * merged): the comparison must find exactly the Pasal that were changed, deleted, inserted,
 * moved, split or merged, and read every other Pasal as "Tetap" or "Nomor berubah", with the
 * right new number.
 */
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { parseText } from '../../../src/parse';
import { ayatCount, ayatInserted, itemInserted, leadOf, letteredItemCount, listSplit, numberedItemCount, pasalDeleted, pasalInserted, pasalMoved, pasalsMerged, pasalSplit, readCorpus, reflowed, wordChanged, type CorpusEdit, type CorpusText } from './corpus-edits';

const FILES = [
  'perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt',
  'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt',
  'perda-prov-sulut-2014-04-minuman-beralkohol.txt',
  'perda-prov-sulut-2016-03-rpjmd-2016-2021.txt',
];

/** What the comparison says wrongly about `edit` of `t`: one line per wrong or missing row. */
function problems(t: CorpusText, edit: CorpusEdit): string[] {
  const units = comparisonToJson(compareDocs(parseText(t.text).doc, parseText(edit.text).doc)).units;
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

describe.each(FILES)('edited copies of %s', (file) => {
  const t = readCorpus(file);
  const last = t.heads.length - 1;
  const places = [...new Set([0, 1, Math.floor(last / 3), Math.floor(last / 2), last - 1, last])];
  const withAyat = t.heads.map((_h, k) => k).filter((k) => ayatCount(t, k) >= 3);
  const edits: CorpusEdit[] = [
    ...places.flatMap((k) => [wordChanged(t, k), pasalDeleted(t, k), pasalInserted(t, k)]),
    ...[[1, last - 1], [last - 1, 1], [Math.floor(last / 2), 2], [2, Math.floor(last / 2)]].filter(([k, m]) => k !== m).map(([k, m]) => pasalMoved(t, k!, m!)),
    ...withAyat.flatMap((k) => [ayatInserted(t, k), pasalSplit(t, k)]),
    // A Pasal that is a lead sentence and a lettered list, split in the middle of its list under a copy of its lead.
    ...t.heads.map((_h, k) => k).filter((k) => ayatCount(t, k) === 0 && letteredItemCount(t, k) >= 4).map((k) => listSplit(t, k, Math.floor(letteredItemCount(t, k) / 2), leadOf(t, k))),
    ...t.heads.map((_h, k) => pasalsMerged(t, k)),
    ...[0, Math.floor(numberedItemCount(t, 0) / 2), numberedItemCount(t, 0) - 1].map((at) => itemInserted(t, 0, at)),
    reflowed(t),
  ].filter((e): e is CorpusEdit => e !== null);

  it('has edits of every kind to check', () => {
    expect(t.heads.length).toBeGreaterThanOrEqual(9);
    expect(withAyat.length).toBeGreaterThanOrEqual(2);
    expect(numberedItemCount(t, 0)).toBeGreaterThanOrEqual(5);
  });

  it.each(edits.map((e) => [e.name, e] as const))('%s', (_name, edit) => {
    expect(edit.text).not.toBe(t.text);
    expect(problems(t, edit)).toEqual([]);
  });
});
