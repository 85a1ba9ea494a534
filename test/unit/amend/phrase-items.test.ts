/**
 * Word-level change items ("frasa … diganti dengan …", "kata … diubah menjadi …", "frasa …
 * dihapus"), applied to the real Sulawesi Utara 4/2014 text: the words change exactly where the
 * sentence says and nowhere else; words not found there change nothing and are reported.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyInstrument, consolidatedText } from '../../../src/amend/index';
import { readPhraseChange, readPhraseChanges } from '../../../src/parse/phrase-change';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { perdaSchema } from '../../../src/model/schema';
import { corpusDir } from '../../helpers/paths';
import { changedPasal, expectRefused, pasalText, statuses, sulutBase as base, sulutInstrument as instrument } from './sulut-instrument';

/** Body text of the consolidated document (up to the Penjelasan, if any). */
const bodyText = (doc: typeof base) => consolidatedText(doc).split('PENJELASAN')[0] as string;

describe('reading a word-level sentence', () => {
  it('takes the quoted words and what replaces them, in any quotes', () => {
    expect(readPhraseChange('Ketentuan Pasal 9 ayat (1) frasa "pukul 20.00 wita" diganti dengan frasa "pukul 22.00 wita".')).toEqual({ word: 'frasa', from: 'pukul 20.00 wita', to: 'pukul 22.00 wita' });
    expect(readPhraseChange('Kata “Walikota” dalam Pasal 3 diubah menjadi “Wali Kota”.')).toEqual({ word: 'kata', from: 'Walikota', to: 'Wali Kota' });
    expect(readPhraseChange('Frasa "dan/atau" dalam Pasal 12 dihapus.')).toEqual({ word: 'frasa', from: 'dan/atau', to: '' });
  });

  it('reads an insertion between, after or before quoted words', () => {
    expect(readPhraseChange('Di antara kata "lama" dan kata "sampai" dalam Pasal 9 ayat (1) disisipkan kata "hanya".')).toEqual({ word: 'kata', from: 'lama sampai', to: 'lama hanya sampai', inserted: 'hanya' });
    expect(readPhraseChange('Setelah frasa “pukul 20.00 wita” dalam Pasal 9 ayat (1) ditambahkan frasa “setiap hari”.')).toEqual({ word: 'frasa', from: 'pukul 20.00 wita', to: 'pukul 20.00 wita setiap hari', inserted: 'setiap hari' });
    expect(readPhraseChange('Sebelum kata "Minuman" dalam Pasal 9 ayat (1) disisipkan kata "seluruh".')).toEqual({ word: 'kata', from: 'Minuman', to: 'seluruh Minuman', inserted: 'seluruh' });
    // The place first, as "Ketentuan …" items write it.
    expect(readPhraseChange('Ketentuan Pasal 9 ayat (1) di antara kata "lama" dan kata "sampai" disisipkan kata "hanya".')).toEqual({ word: 'kata', from: 'lama sampai', to: 'lama hanya sampai', inserted: 'hanya' });
  });

  it('is no such sentence without "frasa" or "kata" before the quote, or with a restatement verb only', () => {
    expect(readPhraseChange('Ketentuan Pasal 5 diubah sehingga berbunyi sebagai berikut:')).toBeNull();
    expect(readPhraseChange('Ketentuan Pasal 5 yang berjudul "Larangan" diubah menjadi "Pengendalian".')).toBeNull();
    expect(readPhraseChange('Kata "Walikota" dalam Pasal 3 diubah sehingga Pasal 3 berbunyi sebagai berikut:')).toBeNull();
  });
});

describe('reading words placed between two others (UU 28/2004 writes them so)', () => {
  it('reads "frase" as "frasa"', () => {
    expect(readPhraseChange('Frase “dan/atau” dalam Pasal 12 dihapus.')).toEqual({ word: 'frasa', from: 'dan/atau', to: '' });
  });

  it('reads the words, the two it stands between, and a deletion or what replaces it', () => {
    expect(readPhraseChanges('Penjelasan Umum Alinea Ketiga, frase “atau pejabat yang ditunjuk”, di antara frase “Menteri Kehakiman” dan frase “Ketentuan tersebut” dihapus.')).toEqual([
      { word: 'frasa', from: 'atau pejabat yang ditunjuk', to: '', between: { before: 'Menteri Kehakiman', after: 'Ketentuan tersebut' } },
    ]);
    expect(readPhraseChanges('Frasa “dapat diajukan kepada Kepala Kantor Wilayah” di antara frasa “permohonan” dan frasa “Di samping itu”, diganti menjadi frasa “diajukan kepada Menteri.”')).toEqual([
      { word: 'frasa', from: 'dapat diajukan kepada Kepala Kantor Wilayah', to: 'diajukan kepada Menteri.', between: { before: 'permohonan', after: 'Di samping itu' } },
    ]);
  });

  it('reads two such changes joined by "dan", with a closing mark that opens a quote (”Selanjutnya”)', () => {
    const changes = readPhraseChanges('Penjelasan Umum Alinea Ketujuh, frase “ Yayasan dari Negara,” di antara frase ”Selanjutnya, terhadap” dan frase “bantuan luar negeri,” diubah menjadi frase “Yayasan yang memperoleh bantuan,” dan frase “laporan tahunannya” di antara frase “publik dan” dan frase “wajib diumumkan”, diubah menjadi frase “laporan keuangannya”.');
    expect(changes.map((c) => [c.from, c.to, c.between?.before, c.between?.after])).toEqual([
      ['Yayasan dari Negara,', 'Yayasan yang memperoleh bantuan,', 'Selanjutnya, terhadap', 'bantuan luar negeri,'],
      ['laporan tahunannya', 'laporan keuangannya', 'publik dan', 'wajib diumumkan'],
    ]);
  });

  it('reads nothing placed from a sentence that leaves a quote unread', () => {
    expect(readPhraseChanges('Frasa “A” di antara frasa “B” dan frasa “C” diubah menjadi frasa “D” dan “E”.')).toEqual([]);
  });
});

describe('applying a word-level item', () => {
  it('replaces the words in the ayat named, and only there', () => {
    const r = applyInstrument(base, instrument('1. Ketentuan Pasal 9 ayat (1) frasa "pukul 20.00 wita" diganti dengan frasa "pukul 22.00 wita".'));
    expect(statuses(r)).toEqual([[1, 'applied', 'Pasal 9 ayat (1)']]);
    const p9 = pasalText(r.doc, '9');
    expect(p9).toMatch(/^\(1\) Penjualan Minuman Beralkohol secara eceran .* paling lama sampai pukul 22\.00 wita\.$/m);
    expect(p9).toMatch(/^\(2\) untuk menyesuaikan dengan pola kehidupan masyarakat setempat Bupati\/Walikota/m);
    expect(changedPasal(r.doc)).toEqual([['Pasal 9', 'Pasal 9', 'changed']]);
  });

  it('a word in several Pasal changes in each of them, whole words only', () => {
    const r = applyInstrument(base, instrument('1. Kata "Bupati/Walikota" dalam Pasal 6 dan Pasal 13 diubah menjadi "Bupati/Wali Kota".'));
    expect(statuses(r)).toEqual([[1, 'applied', 'Pasal 6, Pasal 13']]);
    expect(r.report[0]?.message).toBe('Kata "Bupati/Walikota" diganti dengan "Bupati/Wali Kota" (2 kali) dalam Pasal 6, Pasal 13.');
    expect(pasalText(r.doc, '6')).toContain('pada ayat (1), Bupati/Wali Kota setelah mempertimbangkan');
    expect(pasalText(r.doc, '13')).toContain('Bupati/Wali Kota melakukan pengendalian');
    // Pasal 9 holds the word too but was not named.
    expect(pasalText(r.doc, '9')).toContain('Bupati/Walikota dapat menyesuaikan');
    expect(changedPasal(r.doc)).toEqual([['Pasal 6', 'Pasal 6', 'changed'], ['Pasal 13', 'Pasal 13', 'changed']]);
  });

  it('the single-change form: Pasal I is the one word-level sentence, citing the amended Perda', () => {
    const r = applyInstrument(base, instrument('Ketentuan Pasal 9 ayat (1) Peraturan Daerah Provinsi Sulawesi Utara Nomor 4 Tahun 2014 tentang Pengendalian dan Pengawasan Minuman Beralkohol di Provinsi Sulawesi Utara (Lembaran Daerah Provinsi Sulawesi Utara Tahun 2014 Nomor 4) frasa “pukul 20.00 wita” diganti dengan frasa “pukul 22.00 wita”.', true));
    expect(statuses(r)).toEqual([[1, 'applied', 'Pasal 9 ayat (1)']]);
    expect(pasalText(r.doc, '9')).toContain('paling lama sampai pukul 22.00 wita.');
    expect(changedPasal(r.doc)).toEqual([['Pasal 9', 'Pasal 9', 'changed']]);
  });

  it('the single-change form opening with the quoted words: a deletion, and an insertion', () => {
    const cited = 'Peraturan Daerah Provinsi Sulawesi Utara Nomor 4 Tahun 2014 tentang Pengendalian dan Pengawasan Minuman Beralkohol di Provinsi Sulawesi Utara (Lembaran Daerah Provinsi Sulawesi Utara Tahun 2014 Nomor 4)';
    const r = applyInstrument(base, instrument(`Frasa “secara eceran” dalam Pasal 7 ayat (1) ${cited} dihapus.`, true));
    expect(statuses(r)).toEqual([[1, 'applied', 'Pasal 7 ayat (1)']]);
    expect(pasalText(r.doc, '7')).not.toContain('secara eceran');
    expect(changedPasal(r.doc)).toEqual([['Pasal 7', 'Pasal 7', 'changed']]);
    const s = applyInstrument(base, instrument(`Di antara kata “lama” dan kata “sampai” dalam Pasal 9 ayat (1) ${cited} disisipkan kata “hanya”.`, true));
    expect(statuses(s)).toEqual([[1, 'applied', 'Pasal 9 ayat (1)']]);
  });

  it('the single-change form placing the words between two others ("frasa “…” di antara frasa “…” dan frasa “…” diubah menjadi …")', () => {
    const cited = 'Peraturan Daerah Provinsi Sulawesi Utara Nomor 4 Tahun 2014 tentang Pengendalian dan Pengawasan Minuman Beralkohol di Provinsi Sulawesi Utara (Lembaran Daerah Provinsi Sulawesi Utara Tahun 2014 Nomor 4)';
    const r = applyInstrument(base, instrument(`Ketentuan Pasal 9 ayat (1) ${cited} frasa “melakukan penjualan” di antara frasa “diizinkan” dan frasa “paling lama” diubah menjadi frasa “menjual”.`, true));
    expect(statuses(r)).toEqual([[1, 'applied', 'Pasal 9 ayat (1)']]);
    expect(pasalText(r.doc, '9')).toContain('hanya diizinkan menjual paling lama sampai pukul 20.00 wita.');
  });

  it('words that hold a live reference: the reference goes with them, and the new words are linked again', () => {
    const item = '1. Ketentuan Pasal 27 ayat (3) frasa "sebagaimana dimaksud pada ayat (1)" diganti dengan frasa "sebagaimana dimaksud pada ayat (2)".';
    const r = applyInstrument(base, instrument(item));
    expect(statuses(r)).toEqual([[1, 'applied', 'Pasal 27 ayat (3)']]);
    expect(pasalText(r.doc, '27')).toContain('(3) Pelaksanaan rehabilitasi sebagaimana dimaksud pada ayat (2) pelaksanaannya');
    // The new "ayat (2)" points at ayat (2) of Pasal 27, as the old "ayat (1)" pointed at ayat (1).
    const ayatOf27 = (doc: typeof base) => {
      const out: Array<{ uid: string; refs: string[] }> = [];
      doc.descendants((n) => {
        if (n.type.name === 'pasal') return String(n.attrs.baseNum) === '27';
        if (n.type.name !== 'ayat') return true;
        const refs: string[] = [];
        n.descendants((c) => void (c.type.name === 'ref' && refs.push(`${String(c.attrs.text)} -> ${String(c.attrs.target)}`)));
        out.push({ uid: String(n.attrs.uid), refs });
        return false;
      });
      return out;
    };
    const before = ayatOf27(base);
    const after = ayatOf27(r.doc);
    expect(before[2]!.refs).toEqual([`ayat (1) -> ${before[0]!.uid}`]);
    expect(after[2]!.refs).toEqual([`ayat (2) -> ${before[1]!.uid}`]);
    expect(changedPasal(r.doc)).toEqual([['Pasal 27', 'Pasal 27', 'changed']]);
    // Words that would cut the reference in two are refused, and say why.
    const cut = applyInstrument(base, instrument('1. Ketentuan Pasal 27 ayat (3) frasa "dimaksud pada ayat" diganti dengan frasa "disebut pada ayat".'));
    expect(statuses(cut)).toEqual([[1, 'not-understood', 'Pasal 27 ayat (3)']]);
    expect(cut.report[0]?.message).toContain('hanya terdapat dengan memotong sebuah rujukan');
    expect(changedPasal(cut.doc)).toEqual([]);
  });

  it('words inserted between two words, and after a phrase', () => {
    const r = applyInstrument(base, instrument(`1. Di antara kata "lama" dan kata "sampai" dalam Pasal 9 ayat (1) disisipkan kata "hanya".
2. Setelah frasa "pukul 20.00 wita" dalam Pasal 9 ayat (1) ditambahkan frasa "setiap hari".`));
    expect(statuses(r)).toEqual([[1, 'applied', 'Pasal 9 ayat (1)'], [2, 'applied', 'Pasal 9 ayat (1)']]);
    expect(r.report[0]?.message).toBe('Kata "hanya" disisipkan: "lama hanya sampai" (1 kali) dalam Pasal 9 ayat (1).');
    expect(pasalText(r.doc, '9')).toMatch(/paling lama hanya sampai pukul 20\.00 wita setiap hari\.$/m);
    expect(changedPasal(r.doc)).toEqual([['Pasal 9', 'Pasal 9', 'changed']]);
  });

  it('a huruf named: only that item changes', () => {
    const r = applyInstrument(base, instrument('1. Ketentuan Pasal 7 ayat (1) huruf b kata "Bupati/Walikota" diganti dengan kata "Gubernur".'));
    expect(statuses(r)).toEqual([[1, 'applied', 'Pasal 7 ayat (1) huruf b']]);
    expect(pasalText(r.doc, '7')).toMatch(/^\s*b\.\s+Tempat tertentu lainnya yang ditetapkan oleh Gubernur$/m);
    expect(changedPasal(r.doc)).toEqual([['Pasal 7', 'Pasal 7', 'changed']]);
  });

  it('deleted words tidy only their own place: the rest of the ayat keeps its spacing ("pada :")', () => {
    const r = applyInstrument(base, instrument('1. Frasa "secara eceran" dalam Pasal 7 ayat (1) dihapus.'));
    expect(statuses(r)).toEqual([[1, 'applied', 'Pasal 7 ayat (1)']]);
    expect(pasalText(r.doc, '7')).toMatch(/^\(1\) Penjualan minuman beralkohol hanya dapat dijual oleh pengecer, pada :$/m);
  });

  it('deleted words leave no stray space before the full stop', () => {
    const r = applyInstrument(base, instrument('1. Frasa "dengan tetap memperhatikan ketertiban dan keamanan wilayah setempat" dalam Pasal 9 ayat (2) dihapus.'));
    expect(statuses(r)).toEqual([[1, 'applied', 'Pasal 9 ayat (2)']]);
    expect(pasalText(r.doc, '9')).toMatch(/batasan waktu penjualan sebagaimana dimaksud pada ayat \(1\)\.$/m);
  });

  it('"dalam seluruh Pasal": every Pasal holding the words (also written "Bupati/ Walikota"), flagged for a look', () => {
    const r = applyInstrument(base, instrument('1. Kata "Bupati/Walikota" dalam seluruh Pasal diubah menjadi "Bupati/Wali Kota".'));
    const [line] = r.report;
    expect(line?.status).toBe('ambiguous');
    expect(line?.units).toEqual(['Pasal 1', 'Pasal 6', 'Pasal 7', 'Pasal 9', 'Pasal 12', 'Pasal 13', 'Pasal 21', 'Pasal 24', 'Pasal 27']);
    expect(bodyText(r.doc)).not.toMatch(/Bupati\/\s*Walikota/);
    expect(pasalText(r.doc, '27')).toContain('Keputusan Gubernur/ Bupati/Wali Kota.');
    expect(changedPasal(r.doc).map((x) => x[0])).toEqual(line?.units);
  });

  it('the amended Perda named as the place: the whole batang tubuh, flagged', () => {
    const r = applyInstrument(base, instrument('1. Kata "Bupati/Walikota" dalam Peraturan Daerah Provinsi Sulawesi Utara Nomor 4 Tahun 2014 tentang Pengendalian dan Pengawasan Minuman Beralkohol di Provinsi Sulawesi Utara diubah menjadi "Bupati/Wali Kota".'));
    expect(r.report[0]?.status).toBe('ambiguous');
    expect(r.report[0]?.units).toHaveLength(9);
    expect(bodyText(r.doc)).not.toMatch(/Bupati\/\s*Walikota/);
  });

  it('words not found where the sentence says: nothing changes, and the report says why', () => {
    expectRefused('1. Ketentuan Pasal 9 ayat (2) frasa "pukul 20.00 wita" diganti dengan frasa "pukul 22.00 wita".', 'Pasal 9 ayat (2)', 'Frasa "pukul 20.00 wita" tidak ditemukan dalam Pasal 9 ayat (2) naskah dasar; butir tidak diterapkan.');
  });

  /** Surabaya 3/2018, and an instrument amending it with the given items. */
  const surabaya = parseText(fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'), 'utf8')).doc;
  const surabayaInstrument = (items: string) => parseText(consolidatedText(instrument(items)).replace(/Sulawesi Utara/gi, 'Surabaya').replace('NOMOR 4 TAHUN 2014', 'NOMOR 3 TAHUN 2018')).doc;
  /** Applied to Surabaya: no Pasal changes, and [status, label, words struck and added] of each Penjelasan row that does. */
  const penjelasanChanges = (items: string) => {
    const r = applyInstrument(surabaya, surabayaInstrument(items));
    const c = compareDocs(surabaya, r.doc);
    expect(c.pasal.filter((p) => p.status !== 'unchanged')).toEqual([]);
    return { statuses: statuses(r), rows: c.penjelasan.filter((p) => p.status !== 'unchanged').map((p) => [p.status, p.new?.label, p.segments.filter((x) => x.op !== 'equal').map((x) => x.text.trim())]) };
  };

  it('words in the Penjelasan of a Pasal change there, never in the Pasal itself (Surabaya 3/2018)', () => {
    expect(penjelasanChanges('1. Frasa "komposisi peruntukkan" dalam Penjelasan Pasal 9 diubah menjadi "komposisi peruntukan".')).toEqual({
      statuses: [[1, 'applied', 'Penjelasan Pasal 9']],
      rows: [['changed', 'Penjelasan Pasal 9', ['peruntukkan', 'peruntukan']]],
    });
  });

  it('words in the Penjelasan Umum change there only (Surabaya 3/2018 "menfasilitasi")', () => {
    expect(penjelasanChanges('1. Kata "menfasilitasi" dalam Penjelasan Umum diubah menjadi "memfasilitasi".')).toEqual({
      statuses: [[1, 'applied', 'Penjelasan Umum']],
      rows: [['changed', 'Penjelasan Umum', ['menfasilitasi', 'memfasilitasi']]],
    });
    // Words the Penjelasan Umum does not hold change nothing.
    expect(penjelasanChanges('1. Kata "kendaraan dinas" dalam Penjelasan Umum diubah menjadi "kendaraan pribadi".')).toEqual({ statuses: [[1, 'not-understood', 'Penjelasan Umum']], rows: [] });
  });

  it('words in the Penjelasan of a Perda that has none, in a Lampiran it has not, or in a Pasal and a Lampiran at once: nothing changes, and said so', () => {
    expectRefused('1. Frasa "pukul 20.00 wita" dalam Penjelasan Pasal 9 diganti dengan frasa "pukul 22.00 wita".', '', 'Naskah dasar tidak memuat Penjelasan pasal demi pasal.');
    expectRefused('1. Frasa "wita" dalam Pasal 9 dan Lampiran diganti dengan frasa "WITA".', '', 'Butir menyebut Pasal dan Lampiran sekaligus; tulis perubahan kata dalam Lampiran sebagai butir tersendiri. Butir tidak diterapkan.');
    expectRefused('1. Frasa "wita" dalam Lampiran diganti dengan frasa "WITA".', '', 'Naskah dasar tidak memuat Lampiran yang disebut butir (atau memuat lebih dari satu Lampiran dan butir tidak menyebut nomornya).');
  });

  it('words in a Lampiran the base has change in its text only', () => {
    const json = base.toJSON() as { content: unknown[] };
    const lampiran = (title: string, lines: string[]) => ({ type: 'lampiran', attrs: { uid: title, title }, content: lines.map((text) => ({ type: 'para', content: [{ type: 'text', text }] })) });
    const withLampiran = perdaSchema.nodeFromJSON({ ...json, content: [...json.content, lampiran('LAMPIRAN I', ['JAM PENJUALAN', '1. Hotel      pukul 20.00 wita']), lampiran('LAMPIRAN II', ['2. Restoran   pukul 20.00 wita'])] });
    const r = applyInstrument(withLampiran, instrument('1. Frasa “pukul 20.00 wita” dalam Lampiran I diganti dengan frasa “pukul 22.00 wita”.'));
    expect(statuses(r)).toEqual([[1, 'applied', 'Lampiran I']]);
    const lines: string[] = [];
    r.doc.forEach((n) => void (n.type.name === 'lampiran' && n.forEach((p) => void lines.push(p.textContent))));
    // The line keeps its layout spaces; Lampiran II, not named, keeps its words.
    expect(lines).toEqual(['JAM PENJUALAN', '1. Hotel      pukul 22.00 wita', '2. Restoran   pukul 20.00 wita']);
    expect(pasalText(r.doc, '9')).toContain('pukul 20.00 wita');
    expect(compareDocs(withLampiran, r.doc).lampiran.filter((x) => x.status !== 'unchanged').map((x) => x.new?.text)).toEqual(['1. Hotel pukul 22.00 wita']);
  });

  it('a Pasal that does not exist, or no Pasal at all: nothing changes', () => {
    const none = applyInstrument(base, instrument('1. Ketentuan Pasal 90 frasa "wita" diganti dengan frasa "WITA".'));
    expect(statuses(none)).toEqual([[1, 'not-understood', '']]);
    expect(none.report[0]?.message).toBe('Pasal 90 tidak ada dalam naskah dasar.');
    // "dalam Peraturan Daerah ini" is the amending Perda itself: no place in the base.
    const nowhere = applyInstrument(base, instrument('1. Frasa "wita" dalam Peraturan Daerah ini diganti dengan frasa "WITA".'));
    expect(nowhere.report[0]?.status).toBe('not-understood');
    expect(changedPasal(nowhere.doc)).toEqual([]);
  });
});
