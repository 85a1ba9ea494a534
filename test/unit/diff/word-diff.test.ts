import { describe, expect, it } from 'vitest';
import { compareThreeWay } from '../../../src/diff/three-way';
import { tokenize } from '../../../src/diff/tokenize';
import { diffOps, wordDiff } from '../../../src/diff/word-diff';
import { doc, pasal, range } from './build';

const diff = (a: string, b: string) => wordDiff(tokenize(a), tokenize(b));

describe('tokenize', () => {
  it('keeps references, amounts and slash compounds as single tokens', () => {
    const t = tokenize('sebagaimana dimaksud dalam Pasal 7A ayat (2) huruf b denda Rp50.000.000,00 dan/atau Rp. 5.000,00').map((x) => x.s);
    expect(t).toEqual(['sebagaimana', 'dimaksud', 'dalam', 'Pasal 7A', 'ayat (2)', 'huruf b', 'denda', 'Rp50.000.000,00', 'dan/atau', 'Rp. 5.000,00']);
  });
});

describe('wordDiff', () => {
  it('shows a changed amount as one replaced token', () => {
    expect(diff('denda paling banyak Rp50.000.000,00 (lima puluh juta rupiah).', 'denda paling banyak Rp75.000.000,00 (lima puluh juta rupiah).').filter((s) => s.op !== 'equal')).toEqual([
      { op: 'delete', text: ' Rp50.000.000,00' },
      { op: 'insert', text: ' Rp75.000.000,00' },
    ]);
  });

  it('folds a short kept word between two edits into one phrase replacement (no confetti)', () => {
    const segs = diff('diatur dengan Peraturan Kepala Daerah.', 'diatur dalam Peraturan Wali Kota.');
    expect(segs).toEqual([
      { op: 'equal', text: 'diatur' },
      { op: 'delete', text: ' dengan Peraturan Kepala Daerah' },
      { op: 'insert', text: ' dalam Peraturan Wali Kota' },
      { op: 'equal', text: '.' },
    ]);
  });

  it('marks each changed number of a mostly kept title on its own (Judul of Surabaya 2009 -> 2018)', () => {
    const segs = diff(
      'PERATURAN DAERAH KOTA SURABAYA NOMOR 1 TAHUN 2009 TENTANG PENYELENGGARAAN PERPARKIRAN DAN RETRIBUSI PARKIR',
      'PERATURAN DAERAH KOTA SURABAYA NOMOR 3 TAHUN 2018 TENTANG PENYELENGGARAAN PERPARKIRAN DI KOTA SURABAYA',
    );
    expect(segs).toEqual([
      { op: 'equal', text: 'PERATURAN DAERAH KOTA SURABAYA NOMOR' },
      { op: 'delete', text: ' 1' },
      { op: 'insert', text: ' 3' },
      { op: 'equal', text: ' TAHUN' },
      { op: 'delete', text: ' 2009' },
      { op: 'insert', text: ' 2018' },
      { op: 'equal', text: ' TENTANG PENYELENGGARAAN PERPARKIRAN' },
      { op: 'delete', text: ' DAN RETRIBUSI PARKIR' },
      { op: 'insert', text: ' DI KOTA SURABAYA' },
    ]);
  });

  it('still strikes a mostly rewritten text as phrases, numbers included', () => {
    // Another law cited in its place: only "Nomor", "Tahun", "tentang" are kept.
    const segs = diff('Nomor 1 Tahun 2009 tentang Parkir dan Retribusi Parkir', 'Nomor 3 Tahun 2018 tentang Penyelenggaraan Perhubungan Darat di Kota Surabaya');
    expect(segs).toEqual([
      { op: 'equal', text: 'Nomor' },
      { op: 'delete', text: ' 1 Tahun 2009 tentang Parkir dan Retribusi Parkir' },
      { op: 'insert', text: ' 3 Tahun 2018 tentang Penyelenggaraan Perhubungan Darat di Kota Surabaya' },
    ]);
  });

  it('ignores layout whitespace', () => {
    expect(diff('tempat   parkir\n di tepi jalan', 'tempat parkir di tepi jalan')).toEqual([{ op: 'equal', text: 'tempat parkir di tepi jalan' }]);
  });
});

describe('compareThreeWay', () => {
  it('tells in which stage each change came', () => {
    const base = doc([['KETENTUAN UMUM', range(0, 4)]]);
    const a = doc([['KETENTUAN UMUM', [pasal(0), pasal(10), pasal(2), pasal(3), pasal(4)]]]);
    const draft = doc([['KETENTUAN UMUM', [pasal(0), pasal(10), pasal(2), pasal(3), pasal(4), pasal(11)]]]);
    const t = compareThreeWay(base, a, draft, { useUids: false });
    const byNew = new Map(t.rows.map((r) => [r.row.new?.label ?? `x${r.row.old?.label}`, r]));
    expect(byNew.get('Pasal 2')?.stage).toBe('baseToA');
    expect(byNew.get('Pasal 6')).toMatchObject({ stage: 'aToDraft', aToDraft: 'inserted' });
    expect(byNew.get('Pasal 1')?.stage).toBe('none');
  });
});

describe('references that read the same but point elsewhere', () => {
  it('flags a struck and inserted reference that prints alike, not a number or marker that does', () => {
    const oldT = tokenize('sebagaimana dimaksud pada ayat (2) angka 1 huruf');
    const newT = tokenize('sebagaimana dimaksud pada ayat (2) angka 1 huruf');
    // As the comparison maps the old side: its ayat (2) is now ayat (3); the plain number stands apart too.
    const keys = oldT.map((t) => (t.kind === 'ayatRef' ? 'ayat(3)' : t.k === '1' ? 'x' : t.k));
    const segs = wordDiff(oldT, newT, keys);
    expect(segs.filter((s) => s.op !== 'equal').map((s) => `${s.op}${s.text}${s.repointed ? ' *' : ''}`)).toEqual(['delete ayat (2) *', 'insert ayat (2) *']);
    const num = tokenize('pada tanggal 1 bulan');
    const numSegs = wordDiff(num, num, num.map((t) => (t.k === '1' ? 'x' : t.k)));
    expect(numSegs.filter((s) => s.op !== 'equal').map((s) => `${s.op}${s.text}${s.repointed ? ' *' : ''}`)).toEqual(['delete 1', 'insert 1']);
  });

  it('sets such a reference apart where the tidy-up had joined it to the words around it', () => {
    const oldT = tokenize('Petugas parkir sebagaimana dimaksud pada ayat (1) terdiri atas:');
    const newT = tokenize('Petugas parkir sebagaimana dimaksud pada ayat (1) terdiri dari:');
    const keys = oldT.map((t) => (t.kind === 'ayatRef' ? 'ayat(3)' : t.k));
    const segs = wordDiff(oldT, newT, keys);
    expect(segs.map((s) => `${s.op}${s.text}${s.repointed ? ' *' : ''}`)).toEqual([
      'equalPetugas parkir sebagaimana dimaksud pada',
      'delete ayat (1) *',
      'insert ayat (1) *',
      'equal terdiri',
      'delete atas',
      'insert dari',
      'equal:',
    ]);
  });
});

describe('diffOps', () => {
  const ops = (a: string, b: string) => diffOps(tokenize(a), tokenize(b)).map((o) => `${o.op} ${o.oFrom}-${o.oTo} ${o.nFrom}-${o.nTo}`);

  it('gives one word replaced by another as jsdiff does, deletion first, the words around it equal', () => {
    expect(ops('izin diberikan oleh Walikota kepada pemohon', 'izin diberikan oleh Gubernur kepada pemohon')).toEqual(['equal 0-3 0-3', 'delete 3-4 3-3', 'insert 4-4 3-4', 'equal 4-6 4-6']);
    // The same through jsdiff's search, with two words replaced.
    expect(ops('izin diberikan oleh Walikota Surabaya kepada pemohon', 'izin diberikan oleh Gubernur Jatim kepada pemohon')).toEqual(['equal 0-3 0-3', 'delete 3-5 3-3', 'insert 5-5 3-5', 'equal 5-7 5-7']);
  });

  it('keeps a word whose capitals alone changed in place, as one equal run', () => {
    expect(ops('pengadaan Karcis parkir', 'pengadaan karcis parkir')).toEqual(['equal 0-1 0-1', 'equal 1-2 1-2', 'equal 2-3 2-3']);
  });
});
