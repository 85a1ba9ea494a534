/**
 * Revisions of four real Perda texts that do several things at once, as a real revision does:
 * every third Pasal reworded (every other in a text of fewer than 20 Pasal; three words replaced
 * in each), and then one Pasal deleted,
 * inserted, moved, split or merged with every later number and citation following. The
 * comparison must find exactly the reworded Pasal and the one edited in structure, and read
 * every other Pasal as "Tetap" or "Nomor berubah" with the right new number.
 */
import { describe, expect, it } from 'vitest';
import { andThen, ayatCount, pasalDeleted, pasalInserted, pasalMoved, pasalsMerged, pasalSplit, readCorpus, reworded, type CorpusEdit, type CorpusText } from './corpus-edits';
import { problemsOf } from './corpus-truth';

const FILES = [
  'perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt',
  'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt',
  'perda-prov-sulut-2014-04-minuman-beralkohol.txt',
  'perda-prov-sulut-2016-03-rpjmd-2016-2021.txt',
];

/** The revisions of `t`: for each structural edit, every third (or other) Pasal it leaves alone reworded first. */
function revisions(t: CorpusText): CorpusEdit[] {
  const last = t.heads.length - 1;
  const split = t.heads.map((_h, k) => k).find((k) => k > 0 && ayatCount(t, k) >= 3);
  const structural: Array<[number[], (x: CorpusText) => CorpusEdit | null]> = [
    [[1], (x) => pasalDeleted(x, 1)],
    [[Math.floor(last / 2)], (x) => pasalInserted(x, Math.floor(last / 2))],
    [[1, last - 1], (x) => pasalMoved(x, 1, last - 1)],
    [[last - 1, 2], (x) => pasalMoved(x, last - 1, 2)],
    [[Math.floor(last / 3), Math.floor(last / 3) + 1], (x) => pasalsMerged(x, Math.floor(last / 3))],
    ...(split === undefined ? [] : [[[split], (x: CorpusText) => pasalSplit(x, split)] as [number[], (x: CorpusText) => CorpusEdit | null]]),
  ];
  return structural.flatMap(([busy, edit]) => {
    const step = t.heads.length < 20 ? 2 : 3;
    const others = t.heads.map((_h, k) => k).filter((k) => k % step === step - 1 && !busy.includes(k));
    const words = reworded(t, others, 3);
    const both = words && andThen(words, edit, t.file);
    return both ? [both] : [];
  });
}

describe.each(FILES)('revisions of %s that do several things at once', (file) => {
  const t = readCorpus(file);
  const edits = revisions(t);

  it('has a revision of every structural kind, each with Pasal reworded', () => {
    expect(edits.length).toBeGreaterThanOrEqual(5);
    for (const e of edits) expect(e.truth.changed.length).toBeGreaterThanOrEqual(2);
  });

  it.each(edits.map((e) => [e.name, e] as const))('%s', (_name, edit) => {
    expect(problemsOf(t.text, edit)).toEqual([]);
  });
});
