/**
 * The marked runs of a matriks cell: a word whose capitals or spelling changed is struck on the
 * old side and underlined on the new (the words around it are not), while a number that only followed the
 * renumbering is no change and prints plain (Surabaya 2009 Pasal 11 -> 2018 Pasal 15).
 */
import { describe, expect, it } from 'vitest';
import { runsToParas, segmentRuns } from '../../../src/export/table/cell-text';
import { tokenize, wordDiff } from '../../../src/diff/index';

const marked = (runs: ReturnType<typeof segmentRuns>) => runs.filter((r) => r.change).map((r) => `${r.change}:${r.text}`);
const text = (runs: ReturnType<typeof segmentRuns>) => runs.map((r) => r.text).join('');

describe('segmentRuns', () => {
  /** The word diff of `old` -> `now`, and the marked words of each side of the cell; each side still reads as written. */
  const diffed = (old: string, now: string) => {
    const segs = wordDiff(tokenize(old), tokenize(now));
    const oldRuns = segmentRuns(segs, 'old');
    const newRuns = segmentRuns(segs, 'new');
    expect(text(oldRuns)).toBe(old);
    expect(text(newRuns)).toBe(now);
    return { segs, old: marked(oldRuns), new: marked(newRuns) };
  };

  it('marks the words whose capitals changed, and only those', () => {
    const d = diffed('Pengadaan Karcis Parkir pada tempat parkir yang diselenggarakan', 'Pengadaan karcis parkir pada Tempat Parkir yang diselenggarakan');
    expect(d.old).toEqual(['delete:Karcis Parkir', 'delete:tempat parkir']);
    expect(d.new).toEqual(['insert:karcis parkir', 'insert:Tempat Parkir']);
  });

  it('marks a word spelt otherwise in place, and a word changed for another as struck and inserted', () => {
    const d = diffed('izin diberikan oleh Walikota kepada setiap orang atau badan pengelola parkir', 'izin diberikan oleh Wali Kota kepada setiap orang atau badan penyelenggara parkir');
    expect(d.old).toEqual(['delete:Walikota', 'delete:pengelola']);
    expect(d.new).toEqual(['insert:Wali Kota', 'insert:penyelenggara']);
    // The spelling is one equal run printed otherwise: nothing struck between "oleh" and "kepada".
    expect(d.segs.filter((x) => x.op !== 'equal').map((x) => x.text.trim())).toEqual(['pengelola', 'penyelenggara']);
    // Also a word away from another change: the one kept word between is not folded into a phrase.
    const near = diffed('izin diberikan oleh Walikota kepada pengelola parkir', 'izin diberikan oleh Wali Kota kepada penyelenggara parkir');
    expect(near.old).toEqual(['delete:Walikota', 'delete:pengelola']);
    expect(near.new).toEqual(['insert:Wali Kota', 'insert:penyelenggara']);
  });

  it('prints a reference that followed the renumbering plain on each side', () => {
    const segs = [{ op: 'equal' as const, text: 'dimaksud pada ayat (3), wajib', old: 'dimaksud pada ayat (2), wajib' }];
    expect(segmentRuns(segs, 'old')).toEqual([{ text: 'dimaksud pada ayat ' }, { text: '(2),' }, { text: ' wajib' }]);
    expect(marked(segmentRuns(segs, 'new'))).toEqual([]);
    expect(text(segmentRuns(segs, 'new'))).toBe('dimaksud pada ayat (3), wajib');
  });
});

describe('runsToParas', () => {
  it('centres a line that is a Pasal heading alone (a merged row\'s later Pasal), and only such a line', () => {
    const paras = runsToParas([{ text: '(1) Setiap orang wajib memiliki izin.\n' }, { text: 'Pasal 16', change: 'delete' }, { text: '\nSebagaimana dimaksud dalam Pasal 15 ayat (1).\nPasal 15 ayat (1) berlaku juga.' }]);
    expect(paras.map((p) => [p.runs.map((r) => r.text).join(''), p.align ?? null])).toEqual([
      ['Setiap orang wajib memiliki izin.', null],
      ['Pasal 16', 'center'],
      ['Sebagaimana dimaksud dalam Pasal 15 ayat (1).', null],
      ['Pasal 15 ayat (1) berlaku juga.', null],
    ]);
  });

  it('nests marker kinds in the order they first appear: change items above the ayat they quote, numbered items above their letters', () => {
    const levels = (text: string) => runsToParas([{ text }]).map((p) => [p.label ?? '', p.level]);
    // Pasal I of the real Sulawesi Utara 2018 instrument, abridged: change items "1.", "2.", and the quoted Pasal 3's ayat.
    expect(levels('1. Pasal 1 diubah, sehingga pasal 1 berbunyi sebagai berikut:\nPasal 1\n1. Gubernur adalah Gubernur Sulawesi Utara.\n2. Pasal 3 diubah, sehingga Pasal 3 berbunyi sebagai berikut:\nPasal 3\n(1) Pembangunan Daerah dilaksanakan sesuai dengan visi.\n(2) Strategi disesuaikan.')).toEqual([
      ['1.', 1], ['', 0], ['1.', 1], ['2.', 1], ['', 0], ['(1)', 2], ['(2)', 2],
    ]);
    expect(levels('(1) Setiap orang wajib:\na. memiliki izin; dan\n1. izin tertulis;\n(2) Izin diberikan.')).toEqual([['(1)', 1], ['a.', 2], ['1.', 3], ['(2)', 1]]);
    expect(levels('1. Jenis parkir meliputi:\na. parkir umum; dan\nb. parkir khusus.\n2. Tarif ditetapkan.')).toEqual([['1.', 1], ['a.', 2], ['b.', 2], ['2.', 1]]);
  });

  it('hangs a marker that is a run of its own (old "g." printed beside new "a." in a piece of a split), keeping the marks of the words after it', () => {
    const paras = runsToParas([{ text: 'Pasal 7\n' }, { text: 'g.' }, { text: ' tempat yang mendekati ' }, { text: 'perlintasan', change: 'delete' }, { text: ';\n' }, { text: 'h' }, { text: '. tempat lain.' }]);
    expect(paras.map((p) => [p.label ?? '', p.runs.map((r) => `${r.change ?? ''}:${r.text}`).join('|')])).toEqual([
      ['', ':Pasal 7'],
      ['g.', ':tempat yang mendekati |delete:perlintasan|:;'],
      ['h.', ':tempat lain.'],
    ]);
  });
});
