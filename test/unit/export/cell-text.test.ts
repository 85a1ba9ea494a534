/**
 * The marked runs of a matriks cell: a word whose capitals or spelling changed is struck on the
 * old side and underlined on the new (the words around it are not), while a number that only followed the
 * renumbering is no change and prints plain (Surabaya 2009 Pasal 11 -> 2018 Pasal 15).
 */
import { describe, expect, it } from 'vitest';
import { segmentRuns } from '../../../src/export/table/cell-text';
import { tokenize, wordDiff } from '../../../src/diff/index';

const marked = (runs: ReturnType<typeof segmentRuns>) => runs.filter((r) => r.change).map((r) => `${r.change}:${r.text}`);
const text = (runs: ReturnType<typeof segmentRuns>) => runs.map((r) => r.text).join('');

describe('segmentRuns', () => {
  it('marks the words whose capitals changed, and only those', () => {
    const segs = wordDiff(tokenize('Pengadaan Karcis Parkir pada tempat parkir yang diselenggarakan'), tokenize('Pengadaan karcis parkir pada Tempat Parkir yang diselenggarakan'));
    const old = segmentRuns(segs, 'old');
    const neu = segmentRuns(segs, 'new');
    expect(text(old)).toBe('Pengadaan Karcis Parkir pada tempat parkir yang diselenggarakan');
    expect(text(neu)).toBe('Pengadaan karcis parkir pada Tempat Parkir yang diselenggarakan');
    expect(marked(old)).toEqual(['delete:Karcis Parkir', 'delete:tempat parkir']);
    expect(marked(neu)).toEqual(['insert:karcis parkir', 'insert:Tempat Parkir']);
  });

  it('marks a word spelt otherwise in place, and a word changed for another as struck and inserted', () => {
    const segs = wordDiff(tokenize('izin diberikan oleh Walikota kepada setiap orang atau badan pengelola parkir'), tokenize('izin diberikan oleh Wali Kota kepada setiap orang atau badan penyelenggara parkir'));
    const old = segmentRuns(segs, 'old');
    const neu = segmentRuns(segs, 'new');
    expect(text(old)).toBe('izin diberikan oleh Walikota kepada setiap orang atau badan pengelola parkir');
    expect(text(neu)).toBe('izin diberikan oleh Wali Kota kepada setiap orang atau badan penyelenggara parkir');
    expect(marked(old)).toEqual(['delete:Walikota', 'delete:pengelola']);
    expect(marked(neu)).toEqual(['insert:Wali Kota', 'insert:penyelenggara']);
    // The spelling is one equal run printed otherwise: nothing struck between "oleh" and "kepada".
    expect(segs.filter((x) => x.op !== 'equal').map((x) => x.text.trim())).toEqual(['pengelola', 'penyelenggara']);
  });

  it('prints a reference that followed the renumbering plain on each side', () => {
    const segs = [{ op: 'equal' as const, text: 'dimaksud pada ayat (3), wajib', old: 'dimaksud pada ayat (2), wajib' }];
    expect(segmentRuns(segs, 'old')).toEqual([{ text: 'dimaksud pada ayat ' }, { text: '(2),' }, { text: ' wajib' }]);
    expect(marked(segmentRuns(segs, 'new'))).toEqual([]);
    expect(text(segmentRuns(segs, 'new'))).toBe('dimaksud pada ayat (3), wajib');
  });
});
