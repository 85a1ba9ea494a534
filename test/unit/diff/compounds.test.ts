/**
 * Compounds written as one word in one text and as two in the other ("Walikota" / "Wali Kota",
 * "Warganegara" / "warga negara", "berperanserta" / "berperan serta") read alike where Pasal are
 * compared for similarity, and still show as written otherwise in the redline.
 */
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { compoundParts } from '../../../src/diff/compounds';
import { keteranganOf } from '../../../src/diff/keterangan';
import { dice, gramsOf } from '../../../src/diff/similarity';
import { subjectWords } from '../../../src/diff/subject-words';
import { tokenize } from '../../../src/diff/tokenize';
import { parseText } from '../../../src/parse';
import { PERDA_HEAD } from '../../helpers/perda-text';

const grams = (text: string) => gramsOf(tokenize(text));

describe('compounds written as one word or as two', () => {
  it('splits the compounds legal texts write both ways, and the words bound forms join', () => {
    expect(compoundParts('walikota')).toEqual(['wali', 'kota']);
    expect(compoundParts('berperanserta')).toEqual(['berperan', 'serta']);
    expect(compoundParts('bertanggungjawab')).toEqual(['bertanggung', 'jawab']);
    expect(compoundParts('barangsiapa')).toEqual(['barang', 'siapa']);
    expect(compoundParts('antardaerah')).toEqual(['antar', 'daerah']);
    expect(compoundParts('nonkementerian')).toEqual(['non', 'kementerian']);
    expect(compoundParts('pascabencana')).toEqual(['pasca', 'bencana']);
    // A capital I read as a small L in a word's key ("Ibukota" -> "lbukota") keeps its own letters.
    expect(compoundParts('lbukota')).toEqual(['lbu', 'kota']);
  });

  it('leaves alone words that only open like a compound', () => {
    for (const word of ['kota', 'antara', 'antaranya', 'nona', 'nonton', 'prasarana', 'tatanan', 'pascal', 'kewarganegaraan', 'pertanggungjawaban', 'sebagaimana']) {
      expect(compoundParts(word), word).toBeNull();
    }
  });

  it('gives a compound written as one word the fingerprint of its words written apart', () => {
    expect(grams('Tarif ditetapkan oleh Walikota setiap tahun.')).toEqual(grams('Tarif ditetapkan oleh Wali Kota setiap tahun.'));
    expect(grams('Ibukota Provinsi')).toEqual(grams('Ibu Kota Provinsi'));
    expect(grams('kerja sama antar daerah')).toEqual(grams('kerjasama antardaerah'));
    // Words that are not compounds keep their own fingerprint.
    expect(dice(grams('sarana dan prasarana'), grams('sarana dan pra sarana'))).toBeLessThan(1);
  });

  it('reads the same subject words from either spelling', () => {
    const joined = subjectWords(tokenize('Setiap Warganegara Republik Indonesia dapat menjadi anggota'));
    expect(joined).toEqual(subjectWords(tokenize('Setiap warga negara Republik Indonesia dapat menjadi anggota')));
    expect(joined.slice(0, 2)).toEqual(['warga', 'negara']);
    // Stock words are left out of a compound's words as they are of words written apart.
    expect(subjectWords(tokenize('kerja sama antardaerah'))).toEqual(subjectWords(tokenize('kerja sama antar daerah')));
  });

  it('still shows the spelling as changed, and says it is only that', () => {
    const doc = (body: string) => parseText(`${PERDA_HEAD}\nBAB I\nKETENTUAN UMUM\n${body}`).doc;
    const c = compareDocs(
      doc('Pasal 1\nTarif ditetapkan oleh Walikota setiap tahun.\n\nPasal 2\nSetiap Warganegara berhak ikut berperanserta.\n'),
      doc('Pasal 1\nTarif ditetapkan oleh Wali Kota setiap tahun.\n\nPasal 2\nSetiap warga negara berhak ikut berperan serta.\n'),
    );
    expect(c.pasal.map((r) => [r.status, keteranganOf(r)])).toEqual([
      ['changed', 'Diubah; hanya ejaan'],
      ['changed', 'Diubah; hanya ejaan'],
    ]);
  });
});
