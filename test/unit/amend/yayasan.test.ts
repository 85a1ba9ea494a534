/**
 * A real amending instrument outside the corpus: UU 28/2004 applied to UU 16/2001 on the Yayasan
 * (test/fixtures/amend). It sets every restated unit in quotation marks (“Pasal 5 … Yayasan.”),
 * inserts Pasal 13A and "Pasal 72 A" / "Pasal 72 B", deletes two Pasal, and explains its items
 * in a Penjelasan by "Angka". Checked against the consolidated text a reader makes from both.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyInstrument, consolidatedText } from '../../../src/amend/index';
import { applyNewInstrument } from '../../../src/amend/applied-instrument';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse/index';
import { fixturesDir } from '../../helpers/paths';
import { readAmendFixture } from '../../helpers/amend-fixture';

const read = (f: string) => readAmendFixture(f);
const base = read('uu-2001-16-yayasan.txt').doc;
const instrumentRead = read('uu-2004-28-perubahan-yayasan.txt');
const applied = applyInstrument(base, instrumentRead.doc);
const pasalText = (label: string) => compareDocs(base, applied.doc).pasal.find((r) => r.new?.label === label)?.new?.text ?? '';

describe('UU 28/2004 applied to UU 16/2001 (Yayasan): restated units in quotation marks', () => {
  it('keeps the quoted Pasal headings: none is taken for a running header near a page break', () => {
    expect(instrumentRead.removed.filter((r) => r.reason === 'kepala/kaki halaman berulang').map((r) => r.text)).toEqual([]);
    expect(instrumentRead.removed.filter((r) => r.reason === 'nomor halaman')).toHaveLength(19);
  });

  it('applies every item that restates, inserts or deletes a Pasal, with its explanation from the instrument', () => {
    const body = applied.report.filter((r) => r.action !== 'penjelasan' && r.item >= 2 && r.item <= 22);
    expect(body.map((r) => [r.item, r.status])).toEqual(Array.from({ length: 21 }, (_, k) => [k + 2, 'applied']));
    expect(body.flatMap((r) => r.units)).toEqual([
      'Pasal 5', 'Pasal 11', 'Pasal 12', 'Pasal 13A', 'Pasal 24', 'Pasal 25', 'Pasal 32', 'Pasal 33', 'Pasal 34', 'Pasal 38',
      'Pasal 41', 'Pasal 44', 'Pasal 45', 'Pasal 46', 'Pasal 52', 'Pasal 58', 'Pasal 60', 'Pasal 68', 'Pasal 71', 'Pasal 72',
      'Pasal 72A', 'Pasal 72B',
    ]);
    const explained = applied.report.filter((r) => r.action === 'penjelasan' && r.status === 'applied').map((r) => r.units[0]);
    expect(explained).toContain('Penjelasan Pasal 5');
    expect(explained).toContain('Penjelasan Pasal 72B');
  });

  it('takes the quotation marks off the restated text and keeps those inside it', () => {
    // Pasal 5 ends "… kemampuan kekayaan Yayasan." as restated, not "Yayasan.”".
    expect(pasalText('Pasal 5')).toMatch(/ditetapkan oleh Pembina sesuai dengan kemampuan kekayaan Yayasan\.$/);
    expect(pasalText('Pasal 5')).not.toMatch(/[“”]/);
    expect(pasalText('Pasal 13A')).toBe('Perbuatan hukum yang dilakukan oleh Pengurus atas nama Yayasan sebelum Yayasan memperoleh status badan hukum menjadi tanggung jawab Pengurus secara tanggung renteng.');
    // Pasal 71 ayat (4) quotes a word itself: kata “Yayasan”.
    expect(consolidatedText(applied.doc)).toContain('tidak dapat menggunakan kata “Yayasan” di depan namanya');
    expect(pasalText('Pasal 71')).toMatch(/atas permohonan Kejaksaan atau pihak yang berkepentingan\.$/);
  });

  it('gives the consolidated text: the Pasal it names changed, inserted or deleted, every other one as it was', () => {
    const c = compareDocs(base, applied.doc);
    const by = (status: string) => c.pasal.filter((r) => r.status === status).map((r) => (r.new ?? r.old)!.label);
    expect(by('changed')).toEqual(['Pasal 5', 'Pasal 11', 'Pasal 12', 'Pasal 24', 'Pasal 32', 'Pasal 33', 'Pasal 34', 'Pasal 38', 'Pasal 44', 'Pasal 45', 'Pasal 46', 'Pasal 52', 'Pasal 58', 'Pasal 60', 'Pasal 68', 'Pasal 71', 'Pasal 72']);
    expect(by('inserted')).toEqual(['Pasal 13A', 'Pasal 72A', 'Pasal 72B']);
    // Pasal 25 and 41 stay as "Dihapus." under their numbers, which reads as deleted.
    expect(by('deleted')).toEqual(['Pasal 25', 'Pasal 41']);
    expect(c.summary.unchanged).toBe(73 - 19);
  });

  it('is applied first when compared with its base: its title names UU 16/2001, and it counts its items, not its report lines', () => {
    const judul = base.firstChild!;
    expect([judul.attrs.prefix, judul.attrs.nomor, judul.attrs.tahun, judul.textContent]).toEqual(['UNDANG-UNDANG REPUBLIK INDONESIA', '16', '2001', 'YAYASAN']);
    const a = applyNewInstrument(base, instrumentRead.doc)!;
    expect([a.applied, a.total]).toEqual([25, 25]);
    expect(a.report.length).toBeGreaterThan(25);
  });

  it('changes only the explanation of a Pasal whose substance stays ("substansi tetap dan penjelasannya diubah")', () => {
    expect(applied.report.filter((r) => r.item === 1).map((r) => [r.status, r.units])).toEqual([['applied', ['Penjelasan Pasal 3']]]);
    const text = consolidatedText(applied.doc);
    expect(text).toContain('Ketentuan dalam ayat ini dimaksudkan untuk menegaskan bahwa Yayasan tidak digunakan sebagai wadah usaha');
    expect(text).not.toContain('harus bekerja secara sukarela tanpa menerima gaji, upah, atau honor tetap');
    expect(pasalText('Pasal 3')).toContain('Yayasan dapat melakukan kegiatan usaha untuk menunjang pencapaian maksud dan tujuannya');
  });

  it('changes words of the Penjelasan Umum in the alinea named, placed between the words it names ("frase “X” di antara frase “A” dan frase “B”")', () => {
    expect(applied.report.filter((r) => r.item >= 23).map((r) => [r.item, r.status, r.units])).toEqual([
      [23, 'applied', ['Penjelasan Umum alinea 3']],
      [24, 'applied', ['Penjelasan Umum alinea 4']],
      [25, 'applied', ['Penjelasan Umum alinea 7']],
    ]);
    const text = consolidatedText(applied.doc);
    // 23: deleted, the full stop after it kept.
    expect(text).toContain('pengesahan dari Menteri Kehakiman dan Hak Asasi Manusia. Ketentuan tersebut dimaksudkan');
    // 24: the new words end with the full stop the old ones stood before: one stop, not two.
    expect(text).toContain('permohonan pendirian Yayasan diajukan kepada Menteri melalui Notaris yang membuat akta pendirian Yayasan tersebut. Di samping itu');
    // 25: two changes in one item, the first quoted as ”Selanjutnya, terhadap” (a closing mark that opens).
    expect(text).toContain('Selanjutnya, terhadap Yayasan yang memperoleh bantuan dari Negara, bantuan luar negeri atau pihak lain,');
    expect(text).toContain('oleh akuntan publik dan laporan keuangannya wajib diumumkan dalam surat kabar berbahasa Indonesia');
  });

  it('applies alike with every quotation mark typed as two apostrophes (\'\'Pasal 5 … Yayasan.\'\', frase \'\'atau pejabat yang ditunjuk\'\'), as a typewritten text gives them', () => {
    const typed = fs.readFileSync(path.join(fixturesDir, 'amend', 'uu-2004-28-perubahan-yayasan.txt'), 'utf8').replace(/[“”]/g, "''");
    expect(typed).toContain("frase ''atau pejabat yang ditunjuk''");
    const again = applyInstrument(base, parseText(typed).doc);
    expect(again.report.map((r) => [r.item, r.status])).toEqual(applied.report.map((r) => [r.item, r.status]));
    const marksAlike = (t: string) => t.replace(/''|[“”]/g, '"');
    expect(marksAlike(consolidatedText(again.doc))).toBe(marksAlike(consolidatedText(applied.doc)));
  });
});
