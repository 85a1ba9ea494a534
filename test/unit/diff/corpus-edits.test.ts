/**
 * Revisions of four real Perda texts and three national laws (UU 16/2001, UU 28/1997, UU 2/2002), each edited in one known way (see `corpus-edits.ts`), at
 * the first, second, middle and last Pasal and more (every two neighbours of one chapter
 * merged): the comparison must find exactly the Pasal that were changed, deleted, inserted,
 * moved, split or merged, and read every other Pasal as "Tetap" or "Nomor berubah", with the
 * right new number.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../../helpers/paths';
import { ayatCount, ayatInserted, ayatListItemCount, ayatListSplit, itemInserted, leadOf, letteredItemCount, listSplit, numberedItemCount, pasalDeleted, pasalInserted, pasalMoved, pasalsMerged, pasalSplit, readCorpus, readCorpusFrom, reflowed, wordChanged, type CorpusEdit } from './corpus-edits';
import { problemsOf } from './corpus-truth';

const FILES = [
  'perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt',
  'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt',
  'perda-prov-sulut-2014-04-minuman-beralkohol.txt',
  'perda-prov-sulut-2016-03-rpjmd-2016-2021.txt',
  // National laws outside the corpus, a paragraph a line (test/fixtures): UU 16/2001 with its
  // Penjelasan; UU 28/1997 and UU 2/2002, whose BAB headings carry their titles on their line.
  'amend/uu-2001-16-yayasan.txt',
  'diff/uu-1997-28-kepolisian.txt',
  'diff/uu-2002-02-kepolisian.txt',
];

/** A corpus text by its name, or a fixture text by its path under test/fixtures. */
const read = (file: string) => (file.includes('/') ? readCorpusFrom(fs.readFileSync(path.join(fixturesDir, file), 'utf8'), file) : readCorpus(file));

describe.each(FILES)('edited copies of %s', (file) => {
  const t = read(file);
  const last = t.heads.length - 1;
  const places = [...new Set([0, 1, Math.floor(last / 3), Math.floor(last / 2), last - 1, last])];
  const withAyat = t.heads.map((_h, k) => k).filter((k) => ayatCount(t, k) >= 3);
  const edits: CorpusEdit[] = [
    ...places.flatMap((k) => [wordChanged(t, k), pasalDeleted(t, k), pasalInserted(t, k)]),
    ...[[1, last - 1], [last - 1, 1], [Math.floor(last / 2), 2], [2, Math.floor(last / 2)]].filter(([k, m]) => k !== m).map(([k, m]) => pasalMoved(t, k!, m!)),
    ...withAyat.flatMap((k) => [ayatInserted(t, k), pasalSplit(t, k)]),
    // A Pasal that is a lead sentence and a lettered list, split in the middle of its list under a copy of its lead.
    ...t.heads.map((_h, k) => k).filter((k) => ayatCount(t, k) === 0 && letteredItemCount(t, k) >= 4).map((k) => listSplit(t, k, Math.floor(letteredItemCount(t, k) / 2), leadOf(t, k))),
    // A Pasal of ayat, split inside the lettered list of one of them (its later items made a Pasal under a copy of the ayat's lead).
    ...t.heads.map((_h, k) => k).filter((k) => ayatListItemCount(t, k) >= 4).map((k) => ayatListSplit(t, k, Math.floor(ayatListItemCount(t, k) / 2))),
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
    expect(problemsOf(t.text, edit)).toEqual([]);
  });
});
