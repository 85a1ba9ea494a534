/**
 * The traps of real Perda texts, as small cases: page furniture, wrapped lines that look like
 * markers or headings, hyphenation, layout spaces, typos and capitals in headings, numbering
 * gaps and duplicates, cross-references, Penutup/Penjelasan/Lampiran, the corpus header.
 */
import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { parseText } from '../../../src/parse/parse-text';
import { inlineText, outlineOf } from '../../../src/parse/outline';
import { actionOf } from '../../../src/parse/amendment';
import { parseDocJson } from '../../../src/model/validate';
import { PERDA_HEAD as HEAD, PERDA_TAIL as TAIL } from '../../helpers/perda-text';

const parse = (body: string, tail = TAIL) => parseText(HEAD + body + tail);
const pasalNodes = (doc: Node) => {
  const out: Node[] = [];
  doc.child(2).descendants((n) => { if (n.type.name === 'pasal') out.push(n); return n.type.name !== 'changeItem'; });
  return out;
};

describe('page furniture', () => {
  it('removes page numbers, running headers, SALINAN and e-signature footers, and reports them', () => {
    const body = `SALINAN
BAB I
KETENTUAN UMUM
Pasal 1
Dalam Peraturan Daerah ini yang dimaksud dengan:
1. Daerah adalah Kota Batam.
2. Wali Kota adalah Wali Kota Batam.

PERDA NAPZA/hukum
                     - 2 -

3. Narkotika adalah zat sebagaimana dimaksud dalam
   Undang-Undang.
PERDA NAPZA/hukum
                        3

Pasal 2
Setiap orang wajib ikut serta.
  Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang
diterbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE), Badan Siber dan Sandi Negara (BSSN).
PERDA NAPZA/hukum
                        4

Pasal 3
Cukup sekian.
`;
    const r = parse(body);
    const removed = r.removed.map((x) => `${x.reason}|${x.text}`);
    expect(removed).toContain('nomor halaman|- 2 -');
    expect(removed).toContain('nomor halaman|3');
    expect(removed).toContain('cap SALINAN|SALINAN');
    expect(removed.filter((x) => x.startsWith('kepala/kaki halaman berulang|PERDA NAPZA/hukum'))).toHaveLength(3);
    expect(removed.filter((x) => x.startsWith('catatan tanda tangan elektronik'))).toHaveLength(2);
    const pageNo = r.removed.find((x) => x.text === '- 2 -')!;
    expect(pageNo.line).toBeGreaterThan(15);
    expect(r.diagnostics.some((d) => d.code === 'FURNITURE_REMOVED' && /nomor halaman/.test(d.message))).toBe(true);
    const o = outlineOf(r);
    expect(o.pasal.map((p) => p.num)).toEqual(['1', '2', '3']);
    const p1 = pasalNodes(r.doc)[0]!;
    expect(p1.textContent).toContain('Narkotika adalah zat sebagaimana dimaksud dalam Undang-Undang.');
    expect(p1.textContent).not.toContain('NAPZA/hukum');
    expect(pasalNodes(r.doc)[1]!.textContent).toBe('Setiap orang wajib ikut serta.');
  });

  it('removes the running footer at the very end of the text, where no page number follows it', () => {
    const page = (n: number, text: string) => `${text}\nPERDA NAPZA/hukum\n                        ${n}\n\n`;
    const body = `BAB I\nKETENTUAN UMUM\n${page(1, 'Pasal 1\nSetiap orang wajib ikut serta.')}${page(2, 'Pasal 2\nSetiap orang berhak melapor.')}${page(3, 'Pasal 3\nWali Kota membina.')}Pasal 4\n(1) Wali Kota menetapkan.\n(2) Wali Kota mengawasi.\n(3) Wali Kota melaporkan.\nPERDA NAPZA/hukum\n`;
    // The text ends with the footer (no penutup after it, as in a file cut after the last page).
    const r = parseText(HEAD + body);
    expect(r.removed.filter((x) => x.text === 'PERDA NAPZA/hukum')).toHaveLength(4);
    expect(pasalNodes(r.doc)[3]!.textContent).toBe("Wali Kota menetapkan.Wali Kota mengawasi.Wali Kota melaporkan.");
  });

  it('removes a running header that carries the page number ("2018, No.3   -2-")', () => {
    const page = (n: number, text: string) => `\f2018, No.3                                    -${n}-\n\n${text}\n`;
    const body = `BAB I\nKETENTUAN UMUM\nPasal 1\nSetiap orang wajib ikut serta.\n${page(2, 'Pasal 2\nSetiap orang berhak melapor.')}${page(3, 'Pasal 3\nWali Kota membina.')}${page(4, 'Pasal 4\nWali Kota mengawasi.')}`;
    const r = parse(body);
    expect(r.removed.filter((x) => x.text.startsWith('2018, No.3'))).toHaveLength(3);
    expect(pasalNodes(r.doc).map((p) => p.textContent)).toEqual(['Setiap orang wajib ikut serta.', 'Setiap orang berhak melapor.', 'Wali Kota membina.', 'Wali Kota mengawasi.']);
  });

  it('moves lines above the judul (kop) to the removed list', () => {
    const r = parseText(`PEMERINTAH KOTA BATAM\n${HEAD}Pasal 1\nTeks.\n`);
    expect(r.removed.some((x) => x.reason.startsWith('kop') && x.text === 'PEMERINTAH KOTA BATAM')).toBe(true);
    expect(r.doc.child(0).attrs.prefix).toBe('PERATURAN DAERAH KOTA BATAM');
    expect(r.doc.child(0).attrs.nomor).toBe('5');
    expect(r.doc.child(0).attrs.tahun).toBe('2010');
  });
});

describe('wrapped lines', () => {
  it('a wrapped line starting with "(2)" after "ayat" is not an ayat', () => {
    const r = parse(`Pasal 1
(1) Setiap orang dilarang menyalahgunakan narkotika.
(2) Larangan sebagaimana dimaksud pada ayat
(1) berlaku juga bagi badan.
(3) Ketentuan lebih lanjut diatur dengan Peraturan Wali Kota.
`);
    const o = outlineOf(r);
    expect(o.pasal[0]!.ayat).toBe(3);
    const ayat2 = pasalNodes(r.doc)[0]!.child(1);
    expect(inlineText(ayat2.child(0))).toBe('Larangan sebagaimana dimaksud pada ayat (1) berlaku juga bagi badan.');
  });

  it('a Pasal number alone on a wrapped line is a reference, not a heading', () => {
    const r = parse(`Pasal 1
Teks pertama.
Pasal 2
Sanksi dikenakan kepada pelanggar ketentuan sebagaimana dimaksud dalam
Pasal 1
ayat (1) sesuai peraturan.
Pasal 3
Teks ketiga.
`);
    expect(outlineOf(r).pasal.map((p) => p.num)).toEqual(['1', '2', '3']);
    expect(inlineText(pasalNodes(r.doc)[1]!.child(0))).toContain('dimaksud dalam Pasal 1 ayat (1) sesuai');
  });

  it('joins hyphenated words, keeps real hyphens and collapses layout spaces', () => {
    const r = parse(`Pasal 1
Pemerintah Daerah melakukan pelaksana-
an    pencegahan   secara terpadu dan rencana-
rencana disusun menurut peraturan perundang-
undangan.
`);
    expect(pasalNodes(r.doc)[0]!.textContent).toBe('Pemerintah Daerah melakukan pelaksanaan pencegahan secara terpadu dan rencana-rencana disusun menurut peraturan perundang-undangan.');
  });

  it('a line ending in "Rp." goes on in the next line, even at the list\'s own indentation', () => {
    const r = parse(`Pasal 1
Tarif retribusi ditetapkan sebagai berikut:
  a. kendaraan truck dikenakan retribusi sebesar Rp.
  5.000,00 (lima ribu rupiah);
  b. kendaraan sepeda motor dikenakan retribusi sebesar Rp. 500,00 (lima ratus rupiah).
`);
    const p = pasalNodes(r.doc)[0]!;
    expect(p.childCount).toBe(2);
    expect(p.child(1).child(0).textContent).toBe('kendaraan truck dikenakan retribusi sebesar Rp. 5.000,00 (lima ribu rupiah);');
  });

  it('in a list laid out flat, a line after an item ending with a comma goes on with the item, and one after ";" closes the list', () => {
    const r = parse(`Pasal 1
Pada saat Peraturan Daerah ini mulai berlaku, maka:
a. Peraturan Daerah Nomor 1 Tahun 2000 tentang Retribusi Parkir,
sebagaimana telah diubah dengan Peraturan Daerah Nomor 3 Tahun 2003;
b. Peraturan Daerah Nomor 2 Tahun 2001 tentang Penyelenggaraan
Perparkiran di Daerah;
dicabut dan dinyatakan tidak berlaku.
`);
    const p = pasalNodes(r.doc)[0]!;
    expect(p.childCount).toBe(3);
    expect(p.child(1).child(0).textContent).toBe('Peraturan Daerah Nomor 1 Tahun 2000 tentang Retribusi Parkir, sebagaimana telah diubah dengan Peraturan Daerah Nomor 3 Tahun 2003;');
    expect(p.child(2).textContent).toBe('dicabut dan dinyatakan tidak berlaku.');
  });

  it('in a list laid out flat, "dan" alone on a line goes on with the item before the last one', () => {
    const r = parse(`Pasal 1
Pelayanan kebersihan yang diselenggarakan oleh
Pemerintah Daerah meliputi:
a. pengambilan sampah dari sumbernya ke lokasi
pembuangan sementara;
b. penyediaan dan/atau penyedotan kakus;
dan
c. pengolahan limbah cair rumah tangga.
`);
    const p = pasalNodes(r.doc)[0]!;
    expect(p.childCount).toBe(2);
    expect(p.child(1).childCount).toBe(3);
    expect(p.child(1).child(1).textContent).toBe('penyediaan dan/atau penyedotan kakus; dan');
  });

  it('a word or two wrapped out of an item to the left margin (a narrow PDF page) goes on with the item', () => {
    const r = parse(`Pasal 1
      Tarif retribusi ditetapkan sebagai berikut:
         1. kendaraan truck mini atau kendaraan lain yang sejenis,
dikenakan
            retribusi sebesar Rp. 3.000,00 (tiga ribu rupiah);
         2. kendaraan sepeda motor, dikenakan retribusi sebesar Rp. 500,00
            yang dipungut oleh juru parkir, perseroan,
lembaga,
            dan badan usaha lainnya.
`);
    const p = pasalNodes(r.doc)[0]!;
    expect(p.childCount).toBe(2);
    expect(p.child(1).childCount).toBe(2);
    expect(p.child(1).child(0).textContent).toBe('kendaraan truck mini atau kendaraan lain yang sejenis, dikenakan retribusi sebesar Rp. 3.000,00 (tiga ribu rupiah);');
    expect(p.child(1).child(1).textContent).toBe('kendaraan sepeda motor, dikenakan retribusi sebesar Rp. 500,00 yang dipungut oleh juru parkir, perseroan, lembaga, dan badan usaha lainnya.');
  });

  it('text after a list at the list\'s own indentation closes the list', () => {
    const r = parse(`Pasal 1
Pada saat Peraturan Daerah ini mulai berlaku:
  a. Peraturan Daerah Nomor 1 Tahun 2000
     tentang Narkotika; dan
  b. Peraturan Daerah Nomor 2 Tahun 2001;
dicabut dan dinyatakan tidak berlaku.
`);
    const p = pasalNodes(r.doc)[0]!;
    expect(p.childCount).toBe(3);
    expect(p.child(1).type.name).toBe('list');
    expect(p.child(2).textContent).toBe('dicabut dan dinyatakan tidak berlaku.');
  });

  it('builds the four list levels with their literal numbers', () => {
    const r = parse(`Pasal 1
(1) Upaya pencegahan meliputi:
    a. penyuluhan, yang terdiri atas:
       1. penyuluhan di sekolah yang meliputi:
          a) tingkat dasar, dengan:
             1) ceramah; dan
             2) diskusi;
          b) tingkat menengah;
       2. penyuluhan di masyarakat; dan
    b. pengawasan.
(2) Cukup sekian.
`);
    const ayat1 = pasalNodes(r.doc)[0]!.child(0);
    const l1 = ayat1.child(1);
    expect(l1.childCount).toBe(2);
    const l2 = l1.child(0).child(1);
    expect(l2.childCount).toBe(2);
    const l3 = l2.child(0).child(1);
    expect(l3.childCount).toBe(2);
    const l4 = l3.child(0).child(1);
    expect(l4.childCount).toBe(2);
    expect([l1, l2, l3, l4].map((l) => l.child(0).attrs.baseNum)).toEqual(['a', '1', 'a', '1']);
    expect(l4.child(1).textContent).toBe('diskusi;');
  });
});

describe('headings, numbering and amendments', () => {
  it('reads a list past huruf z, its letters doubled ("aa.", "bb."), as items, not as huruf z\'s words; "ii." elsewhere stays text', () => {
    // UU 24/2013 Pasal 58 ayat (2): "… y. kepemilikan akta perceraian; z. …; aa. …; bb. …".
    const letters = 'abcdefghijklmnopqrstuvwxyz'.split('').map((c) => `${c}. data ${c};`).join('\n');
    const r = parse(`BAB I\nKETENTUAN UMUM\nPasal 1\nData perseorangan meliputi:\n${letters}\naa. data aa;\nbb. data bb; dan\ncc. data cc.\nPasal 2\nPenduduk wajib melapor:\nii. dalam waktu 30 hari.\n`);
    const [first, second] = pasalNodes(r.doc);
    const items: string[] = [];
    first!.descendants((n) => { if (n.type.name === 'item') items.push(n.textContent); return true; });
    expect(items).toHaveLength(29);
    expect(items.slice(-4)).toEqual(['data z;', 'data aa;', 'data bb; dan', 'data cc.']);
    let inSecond = 0;
    second!.descendants((n) => { if (n.type.name === 'item') inSecond++; return true; });
    expect(inSecond).toBe(0);
    expect(second!.textContent).toContain('ii. dalam waktu 30 hari.');
  });

  it('reads headings printed with spaced-out letters, and a Bagian with its title on the same line', () => {
    const r = parse(`B A B  I
KETENTUAN UMUM
P a s a l  1
Setiap orang wajib ikut serta.
B A B  II
PENCEGAHAN
Bagian Kesatu Umum
P a s a l  2
Wali Kota membina.
`);
    const o = outlineOf(r);
    expect(o.pasal.map((p) => p.num)).toEqual(['1', '2']);
    const titles: string[] = [];
    r.doc.descendants((n) => {
      if (n.type.name === 'bab' || n.type.name === 'bagian') titles.push(`${n.type.name}: ${n.firstChild?.textContent}`);
      return true;
    });
    expect(titles).toEqual(['bab: KETENTUAN UMUM', 'bab: PENCEGAHAN', 'bagian: Umum']);
  });

  it('reads a Bagian whose title on its line holds commas, and a BAB heading run together with its first Bagian', () => {
    // UU 10/2004 as a web page gives it: "Bagian Kedua Persiapan … Undang-Undang, Peraturan
    // Pemerintah, dan Peraturan Presiden" and "BAB IX PENGUNDANGAN DAN PENYEBARLUASAN Bagian
    // Kesatu Pengundangan"; read as text, both went into the Pasal before them.
    const r = parse(`BAB I
KETENTUAN UMUM
Bagian Kesatu Umum
Pasal 1
Setiap orang wajib ikut serta.
Bagian Kedua Persiapan Pembentukan Peraturan Pemerintah Pengganti Undang-Undang, Peraturan Pemerintah, dan Peraturan Presiden
Pasal 2
Wali Kota membina.
BAB II PENGUNDANGAN DAN PENYEBARLUASAN Bagian Kesatu Pengundangan
Pasal 3
Wali Kota mengawasi sebagaimana diatur dalam
Bagian Kedua BAB III, dengan tetap berlaku.
`);
    const titles: string[] = [];
    r.doc.descendants((n) => {
      if (n.type.name === 'bab' || n.type.name === 'bagian') titles.push(`${n.type.name}: ${n.firstChild?.textContent}`);
      return true;
    });
    expect(titles).toEqual([
      'bab: KETENTUAN UMUM',
      'bagian: Umum',
      'bagian: Persiapan Pembentukan Peraturan Pemerintah Pengganti Undang-Undang, Peraturan Pemerintah, dan Peraturan Presiden',
      'bab: PENGUNDANGAN DAN PENYEBARLUASAN',
      'bagian: Pengundangan',
    ]);
    // A sentence wrapped to open a line with "Bagian Kedua" goes on in small letters: text, not a heading.
    expect(pasalNodes(r.doc).map((p) => p.textContent)).toEqual([
      'Setiap orang wajib ikut serta.',
      'Wali Kota membina.',
      'Wali Kota mengawasi sebagaimana diatur dalam Bagian Kedua BAB III, dengan tetap berlaku.',
    ]);
  });

  it('reads Pasal headings as text recognition misreads them ("Pasal l", "Pasa1 2", "PasaI 3", "Pasal l0")', () => {
    const body = ['Pasal l', 'Pasa1 2', 'PasaI 3', 'Pasal 4', 'Pasal 5', 'Pasal 6', 'Pasal 7', 'Pasal 8', 'Pasal 9', 'Pasal l0', 'Pasal 1l']
      .map((h, i) => `${h}\nKetentuan nomor ${i + 1} berlaku.\n`).join('');
    const r = parse(`BAB I\nKETENTUAN UMUM\n${body}`);
    expect(outlineOf(r).pasal.map((p) => p.num)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(pasalNodes(r.doc).map((p) => p.textContent)[9]).toBe('Ketentuan nomor 10 berlaku.');
  });

  it('reads a Pasal heading whose word a PDF\'s spacing broke ("P asal 4", "Pas al 5", UU 31/1999 on a web page: "P asal 14")', () => {
    const body = ['Pasal 1', 'Pasal 2', 'Pasal 3', 'P asal 4', 'Pas al 5', 'Pasal 6']
      .map((h, i) => `${h}\nKetentuan nomor ${i + 1} berlaku.\n`).join('');
    const r = parse(`BAB I\nKETENTUAN UMUM\n${body}`);
    expect(outlineOf(r).pasal.map((p) => p.num)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(pasalNodes(r.doc).map((p) => p.textContent)[3]).toBe('Ketentuan nomor 4 berlaku.');
  });

  it('reads a heading broken over two lines ("Pasal" / "2"), and does not take its number for a page number', () => {
    const r = parse(`BAB I\nKETENTUAN UMUM\nPasal 1\nSetiap orang wajib ikut serta.\n\nPasal\n2\n\nWali Kota membina.\nPasal 3\nWali Kota mengawasi.\n`);
    expect(outlineOf(r).pasal.map((p) => p.num)).toEqual(['1', '2', '3']);
    expect(r.removed.filter((x) => x.text === '2')).toEqual([]);
    expect(pasalNodes(r.doc)[1]!.textContent).toBe('Wali Kota membina.');
  });

  it('does not join "Pasal" / "5" into a heading where the sentence goes on in lower case (an instruction torn a word a line)', () => {
    const r = parse(`PASAL I
Beberapa ketentuan dalam Peraturan Daerah Kota Batam Nomor 5 Tahun 2010 tentang
Narkotika diubah sebagai berikut:
1. Ketentuan ayat (2)
Pasal
5
diubah, sehingga Pasal 5 berbunyi sebagai berikut:
Pasal 5
(1) Ayat satu.
(2) Ayat dua yang baru.
PASAL II
Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.
`);
    expect(outlineOf(r).change_items).toEqual([{ action: 'diubah', units: ['Pasal 5'] }]);
    expect(r.doc.child(2).child(0).child(1).firstChild!.textContent).toBe('Ketentuan ayat (2) Pasal 5 diubah, sehingga Pasal 5 berbunyi sebagai berikut:');
  });

  it('reports numbering gaps and duplicates with their line', () => {
    const r = parse(`BAB I
KETENTUAN UMUM
Bagian Kesatu
Umum
Paragraf 1
Pertama
Pasal 1
Teks satu.
Paragraf 1
Kedua
Pasal 2
Teks dua.
Pasal 4
Teks empat.
BagianKedua
Lain
Pasal 5
Teks lima.
`);
    const o = outlineOf(r);
    expect(o.pasal.map((p) => p.num)).toEqual(['1', '2', '4', '5']);
    expect(o.paragraf_count).toBe(2);
    expect(o.bagian_count).toBe(2);
    const dup = r.diagnostics.find((d) => d.code === 'NUMBERING_DUPLICATE');
    expect(dup?.message).toContain('Paragraf 1');
    expect(dup?.line).toBe(HEAD.split('\n').length - 1 + 9);
    expect(r.diagnostics.some((d) => d.code === 'NUMBERING_GAP' && d.message.includes('Pasal 4'))).toBe(true);
    const babNode = r.doc.child(2).child(0);
    expect(babNode.attrs.baseNum).toBe('I');
    expect(babNode.child(2).attrs.baseNum).toBe('Kedua');
  });

  it('recognises an amending instrument with "PASAL I", typos in actions and Pasal II', () => {
    const r = parse(`PASAL I
Beberapa ketentuan dalam Peraturan Daerah Kota Batam Nomor 5 Tahun 2010 tentang
Narkotika diubah sebagai berikut:
1. Ketentuan Pasal 3 diubah sehingga berbunyi sebagai berikut:
Pasal 3
(1) Ayat satu yang baru.
(2) Ayat dua yang baru.
2. Di antara Pasal 7 dan Pasal 8 disispkan 1 (satu) pasal, yakni Pasal 7A
sehingga berbunyi sebagai berikut:
Pasal 7A
Teks pasal sisipan.
3. Pasal 9 dihapus.
4. Ketentuan ayat (2) Pasal 10 ditambahkan 1 (satu) ayat, yakni ayat (3) sehingga
Pasal 10 berbunyi sebagai berikut:
Pasal 10
(1) Satu.
(2) Dua.
(3) Tiga.
PASAL II
Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.
`);
    const o = outlineOf(r);
    expect(o.kind).toBe('amendment');
    expect(r.doc.attrs.kind).toBe('perubahan');
    expect(o.pasal.map((p) => p.num)).toEqual(['I', 'II']);
    expect(o.change_items).toEqual([
      { action: 'diubah', units: ['Pasal 3'] },
      { action: 'disisipkan', units: ['Pasal 7A'] },
      { action: 'dihapus', units: ['Pasal 9'] },
      { action: 'ditambah', units: ['Pasal 10'] },
    ]);
    expect(o.babs).toEqual([]);
    const pasalI = r.doc.child(2).child(0);
    const item1 = pasalI.child(1);
    expect(item1.type.name).toBe('changeItem');
    expect(item1.firstChild!.textContent).toBe('Ketentuan Pasal 3 diubah sehingga berbunyi sebagai berikut:');
    expect(item1.child(1).attrs.baseNum).toBe('3');
    expect(item1.child(1).childCount).toBe(2);
  });

  it('reads action words with typos', () => {
    expect(actionOf('Di antara Pasal 7 dan Pasal 8 disispkan 1 (satu) pasal')).toBe('disisipkan');
    expect(actionOf('Ketentuan Pasal 5 diubha sehingga')).toBe('diubah');
    expect(actionOf('Pasal 9 dihpaus.')).toBe('dihapus');
    expect(actionOf('Ketentuan umum berlaku')).toBeNull();
  });
});

describe('cross-references', () => {
  const body = `Pasal 1
(1) Setiap orang wajib melapor.
(2) Laporan memuat:
    a. identitas; dan
    b. kejadian.
Pasal 2
Laporan sebagaimana dimaksud dalam Pasal 1 ayat (2) huruf a diperiksa.
Pasal 3
(1) Pemeriksaan dilakukan segera.
(2) Hasil pemeriksaan sebagaimana dimaksud pada ayat (1) dicatat.
Pasal 4
Ketentuan sebagaimana dimaksud dalam Pasal 1 sampai dengan Pasal 3 berlaku juga
bagi badan, kecuali Pasal 99, sesuai Pasal 18 ayat (6) Undang-Undang Dasar.
`;
  it('links references to the uids of their targets, ranges with a "to" uid', () => {
    const r = parse(body);
    const pasal = pasalNodes(r.doc);
    const refs: Array<{ target: string; to: string | null; text: string }> = [];
    r.doc.descendants((n) => { if (n.type.name === 'ref') refs.push(n.attrs as { target: string; to: string | null; text: string }); return true; });
    const hurufA = pasal[0]!.child(1).child(1).child(0);
    expect(refs).toContainEqual({ target: hurufA.attrs.uid, to: null, text: 'Pasal 1 ayat (2) huruf a' });
    expect(refs).toContainEqual({ target: pasal[2]!.child(0).attrs.uid, to: null, text: 'ayat (1)' });
    expect(refs).toContainEqual({ target: pasal[0]!.attrs.uid, to: pasal[2]!.attrs.uid, text: 'Pasal 1 sampai dengan Pasal 3' });
    expect(refs).toHaveLength(3);
    expect(pasal[3]!.textContent).toContain('kecuali Pasal 99, sesuai Pasal 18 ayat (6) Undang-Undang Dasar.');
    expect(inlineText(pasal[1]!.child(0))).toBe('Laporan sebagaimana dimaksud dalam Pasal 1 ayat (2) huruf a diperiksa.');
    const unresolved = r.diagnostics.filter((d) => d.code === 'REF_UNRESOLVED');
    expect(unresolved).toHaveLength(1);
    expect(unresolved[0]!.message).toContain('Pasal 99');
    expect(() => parseDocJson(r.doc.toJSON())).not.toThrow();
  });
});

describe('penutup, penjelasan, lampiran', () => {
  it('keeps the penutup blocks with their roles', () => {
    const r = parse('Pasal 1\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\n');
    const roles: string[] = [];
    r.doc.child(3).forEach((p) => roles.push(String(p.attrs.role)));
    expect(roles).toEqual(['pengundangan', 'ditetapkan', 'diundangkan', 'lembaranDaerah', 'noreg']);
    expect(pasalNodes(r.doc)[0]!.textContent).toBe('Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.');
  });

  it('opens the penutup at the Lembaran line where a text has no signature block, and keeps a sentence that names the Lembaran in its Pasal', () => {
    // A draft, or a print of the batang tubuh: the last Pasal, then "LEMBARAN DAERAH … NOMOR …".
    const r = parse('Pasal 1\nPeraturan Daerah ini diundangkan dalam\nLembaran Daerah Kota Batam Tahun 2010 Nomor 5 dan mulai berlaku.\n', '\n\nLEMBARAN DAERAH KOTA BATAM TAHUN 2010 NOMOR ...\n');
    expect(pasalNodes(r.doc).map((p) => p.textContent)).toEqual(['Peraturan Daerah ini diundangkan dalam Lembaran Daerah Kota Batam Tahun 2010 Nomor 5 dan mulai berlaku.']);
    const penutup: string[] = [];
    r.doc.child(3).forEach((p) => penutup.push(`${String(p.attrs.role)}: ${p.textContent}`));
    expect(penutup).toEqual(['lembaranDaerah: LEMBARAN DAERAH KOTA BATAM TAHUN 2010 NOMOR ...']);
  });

  it('reads an ayat (1) behind a stray bracket or bar ("[ (1) Usaha …", UU 30/2009 Pasal 10 as a web page gives it)', () => {
    for (const stray of ['[ ', '[', '| ']) {
      const r = parse(`Pasal 1\n${stray}(1) Usaha penyediaan tenaga listrik meliputi pembangkitan.\n(2) Usaha sebagaimana dimaksud pada ayat (1) dapat dilakukan secara terintegrasi.\n`);
      const ayat: string[] = [];
      pasalNodes(r.doc)[0]!.forEach((a) => ayat.push(`${a.type.name} ${String(a.attrs.baseNum)}: ${a.textContent.slice(0, 13)}`));
      expect(ayat).toEqual(['ayat 1: Usaha penyedi', 'ayat 2: Usaha sebagai']);
      expect(r.diagnostics.filter((d) => /ayat/.test(d.message))).toEqual([]);
    }
  });

  it('reads the formulas of a law run into its last Pasal: "Agar supaya setiap orang …", "… dapat mengetahuinya", "Disahkan di"', () => {
    // UU 7/1983 Pasal 36 and UU 32/2004 Pasal 240 as web pages give them: the perintah
    // pengundangan and the signature blocks on the line of the last Pasal.
    const closing = [
      'Undang-undang ini mulai berlaku pada tanggal diundangkan. Agar supaya setiap orang mengetahuinya, memerintahkan pengundangan undang-undang ini dengan penempatannya dalam Lembaran Negara Republik Indonesia. Disahkan di Jakarta pada tanggal 31 Desember 1983 PRESIDEN REPUBLIK INDONESIA, TTD SOEHARTO',
      'Undang-Undang ini mulai berlaku pada tanggal diundangkan. Agar setiap orang dapat mengetahuinya, memerintahkan pengundangan Undang-Undang ini dengan penempatannya dalam Lembaran Negara Republik Indonesia. Disahkan di Jakarta pada tanggal 15 Oktober 2004 ttd MEGAWATI SOEKARNOPUTRI Diundangkan di Jakarta pada tanggal 15 Oktober 2004 SEKRETARIS NEGARA REPUBLIK INDONESIA, ttd BAMBANG KESOWO',
    ];
    for (const line of closing) {
      const r = parse(`Pasal 1\n${line}\n`, '\n');
      expect(pasalNodes(r.doc).map((p) => p.textContent)).toEqual([line.slice(0, line.indexOf(' Agar'))]);
      const roles: string[] = [];
      r.doc.child(3).forEach((p) => roles.push(String(p.attrs.role)));
      expect(roles.slice(0, 2)).toEqual(['pengundangan', 'ditetapkan']);
    }
  });

  it('reads Penjelasan (I. UMUM, II. PASAL DEMI PASAL) and keeps Lampiran as text', () => {
    const r = parse('Pasal 1\nTeks satu.\nPasal 2\nTeks dua.\n', `${TAIL}
PENJELASAN
ATAS
PERATURAN DAERAH KOTA BATAM
NOMOR 5 TAHUN 2010
I. UMUM
    Penyalahgunaan narkotika merupakan ancaman.
II. PASAL DEMI PASAL
Pasal 1
    Cukup jelas.
Pasal 2 : Yang dimaksud dengan "badan" adalah
    badan hukum.
TAMBAHAN LEMBARAN DAERAH KOTA BATAM NOMOR 55
LAMPIRAN
PERATURAN DAERAH KOTA BATAM
NO   JENIS        TARIF
1.   Parkir       2.000
`);
    const o = outlineOf(r);
    expect(o.penjelasan_pasal_entries).toBe(2);
    const pj = r.doc.child(4);
    expect(pj.type.name).toBe('penjelasan');
    expect(pj.child(0).textContent).toBe('Penyalahgunaan narkotika merupakan ancaman.');
    const e2 = pj.child(1).child(1);
    expect(e2.attrs.label).toBe('Pasal 2');
    expect(e2.attrs.target).toBe(pasalNodes(r.doc)[1]!.attrs.uid);
    expect(e2.textContent).toBe('Yang dimaksud dengan "badan" adalah badan hukum.');
    const lampiran = r.doc.child(5);
    expect(lampiran.type.name).toBe('lampiran');
    expect(lampiran.attrs.title).toBe('LAMPIRAN');
    expect(lampiran.lastChild!.textContent).toBe('1.   Parkir       2.000');
    let tld = '';
    r.doc.child(3).forEach((p) => { if (p.attrs.role === 'tambahanLembaranDaerah') tld = p.textContent; });
    expect(tld).toBe('TAMBAHAN LEMBARAN DAERAH KOTA BATAM NOMOR 55');
  });
});

describe('corpus header', () => {
  it('skips a corpus header block only when the text starts with one', () => {
    const withHeader = parseText(`# Source: x\n# Title: y\n# ---\n${HEAD}Pasal 1\nTeks.\n`);
    expect(outlineOf(withHeader).title).toBe('Peraturan Daerah Kota Batam Nomor 5 Tahun 2010 tentang Pencegahan Penyalahgunaan Narkotika');
    const hashButNoHeader = parseText(`# catatan pengguna\n${HEAD}Pasal 1\nTeks.\n`);
    expect(hashButNoHeader.removed.some((x) => x.text === '# catatan pengguna')).toBe(true);
    const kept = parseText(`# Source: x\n# ---\n${HEAD}Pasal 1\nTeks.\n`, { skipCorpusHeader: false });
    expect(kept.removed.some((x) => x.text === '# Source: x')).toBe(true);
  });

  it('counts Menimbang and Mengingat items; a single pertimbangan has no letter', () => {
    const r = parse('Pasal 1\nTeks.\n');
    expect(outlineOf(r).menimbang).toBe(2);
    expect(outlineOf(r).mengingat).toBe(2);
    const single = parseText(HEAD.replace(/Menimbang :[\s\S]*?Mengingat/, 'Menimbang : bahwa untuk melaksanakan ketentuan Pasal 5, perlu menetapkan Peraturan Daerah;\nMengingat') + 'Pasal 1\nTeks.\n');
    expect(outlineOf(single).menimbang).toBe(1);
    expect(single.doc.child(1).child(2).child(0).attrs.baseNum).toBeNull();
  });
});

describe('amending instrument with a garbled text layer', () => {
  it('reads "Pasal 1" / "Pasal 2" as Pasal I / II when the judul names an amendment', () => {
    const head = HEAD.replace('PENCEGAHAN PENYALAHGUNAAN NARKOTIKA\n', 'PERUBAHAN ATAS PERATURAN DAERAH NOMOR 5 TAHUN 2010\nTENTANG NARKOTIKA\n');
    const r = parseText(`${head}Pasal 1
Beberapa ketentuan dalam Peraturan Daerah Nomor 5 Tahun 2010 diubah sebagai berikut:
1. Ketentuan Pasal 2 diubah sehingga berbunyi sebagai berikut:
Pasal 2
Teks baru.
Pasal 2
Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.
`);
    const o = outlineOf(r);
    expect(o.kind).toBe('amendment');
    expect(o.pasal.map((p) => p.num)).toEqual(['I', 'II']);
    expect(o.change_items).toEqual([{ action: 'diubah', units: ['Pasal 2'] }]);
    expect(r.diagnostics.some((d) => d.code === 'ROMAN_PASAL_READ')).toBe(true);
  });

  it('reads a Penjelasan entry written "Pasal 3 Cukup jelas." on one line', () => {
    const r = parse('Pasal 1\nSatu.\nPasal 2\nDua.\nPasal 3\nTiga.\n', `${TAIL}\nPENJELASAN\nATAS\nPERATURAN DAERAH\nI. UMUM\nUmum.\nII. PASAL DEMI PASAL\nPasal 1\nCukup jelas.\nPasal 2 Cukup jelas.\nPasal 3 : Cukup jelas.\n`);
    expect(outlineOf(r).penjelasan_pasal_entries).toBe(3);
    const texts: string[] = [];
    r.doc.descendants((n) => { if (n.type.name === 'penjelasanPasal') texts.push(n.textContent); return true; });
    expect(texts).toEqual(['Cukup jelas.', 'Cukup jelas.', 'Cukup jelas.']);
  });

  it('joins a marker set alone on its line to its text, never to a heading', () => {
    const r = parse('Pasal 1\nPerizinan meliputi:\na.\nizin lokasi; dan\nb.\n\nizin usaha.\n(2)\nPasal 2\nWali Kota membina.\n');
    expect(outlineOf(r).pasal.map((p) => p.num)).toEqual(['1', '2']);
    const labels: string[] = [];
    r.doc.descendants((n) => { if (n.type.name === 'item') labels.push(`${String(n.attrs.baseNum)} ${n.textContent}`); return true; });
    expect(labels.slice(-2)).toEqual(['a izin lokasi; dan', 'b izin usaha.']);
    expect(pasalNodes(r.doc)[1]!.textContent).toBe('Wali Kota membina.');
  });

  it('keeps as text a reference a wrapped line starts with ("Pasal 2 Undang-Undang …" after "dalam")', () => {
    const r = parse('Pasal 1\nPencegahan dilaksanakan sesuai dengan ketentuan dalam\nPasal 2 Undang-Undang Nomor 35 Tahun 2009 tentang Narkotika.\n');
    expect(outlineOf(r).pasal.map((p) => p.num)).toEqual(['1']);
    expect(pasalNodes(r.doc)[0]!.textContent).toBe('Pencegahan dilaksanakan sesuai dengan ketentuan dalam Pasal 2 Undang-Undang Nomor 35 Tahun 2009 tentang Narkotika.');
  });

  it('keeps as text a sentence of a Pasal that starts a line with a Pasal of another law, in a text whose headings stand alone', () => {
    const r = parse('Pasal 1\nPencegahan dilaksanakan oleh Pemerintah Daerah.\nPasal 2 Undang-Undang Nomor 35 Tahun 2009 menjadi acuannya.\nPasal 2\nWali Kota membina.\n');
    expect(outlineOf(r).pasal.map((p) => p.num)).toEqual(['1', '2']);
    expect(pasalNodes(r.doc)[0]!.textContent).toBe('Pencegahan dilaksanakan oleh Pemerintah Daerah. Pasal 2 Undang-Undang Nomor 35 Tahun 2009 menjadi acuannya.');
  });

  it('keeps as text a sentence of the Penjelasan Umum that starts with a Pasal of another law ("Pasal 18 Undang-Undang Dasar …")', () => {
    const r = parse('Pasal 1\nSatu.\nPasal 2\nDua.\n', `${TAIL}\nPENJELASAN\nATAS\nPERATURAN DAERAH\nI. UMUM\nDaerah berwenang mengatur urusannya.\nPasal 18 Undang-Undang Dasar Negara Republik Indonesia Tahun 1945 memberikan kewenangan itu.\nII. PASAL DEMI PASAL\nPasal 1\nCukup jelas.\nPasal 2\nCukup jelas.\n`);
    expect(outlineOf(r).penjelasan_pasal_entries).toBe(2);
    const umum: string[] = [];
    r.doc.descendants((n) => { if (n.type.name === 'penjelasanUmum') umum.push(n.textContent); return true; });
    expect(umum.join(' ')).toContain('Pasal 18 Undang-Undang Dasar Negara Republik Indonesia Tahun 1945 memberikan kewenangan itu.');
  });

  it('in a text whose headings run together with their first words, keeps as text a line that starts with a Pasal of another law', () => {
    const r = parse('Pasal 1 Daerah adalah Kota Batam.\nPasal 2 Pencegahan dilaksanakan oleh Pemerintah Daerah.\nPasal 18 Undang-Undang Dasar 1945 menjadi dasarnya.\nPasal 3 Wali Kota membina.\n');
    expect(outlineOf(r).pasal.map((p) => p.num)).toEqual(['1', '2', '3']);
    expect(pasalNodes(r.doc)[1]!.textContent).toBe('Pencegahan dilaksanakan oleh Pemerintah Daerah. Pasal 18 Undang-Undang Dasar 1945 menjadi dasarnya.');
  });

  it('reads Pasal headings and Penjelasan entries run together with their first words ("Pasal 2 (1) …", "Pasal 1 Yang dimaksud …")', () => {
    const r = parse('Pasal 1 Daerah adalah Kota Batam.\nPasal 2 (1) Wali Kota membina.\n(2) Wali Kota mengawasi.\n', `${TAIL}\nPENJELASAN\nATAS\nPERATURAN DAERAH\nI. UMUM\nUmum.\nII. PASAL DEMI PASAL\nPasal 1 Yang dimaksud dengan Daerah ialah wilayah Kota Batam.\nPasal 2 Cukup jelas.\n`);
    expect(outlineOf(r).pasal.map((p) => p.num)).toEqual(['1', '2']);
    expect(pasalNodes(r.doc).map((p) => p.textContent)).toEqual(['Daerah adalah Kota Batam.', 'Wali Kota membina.Wali Kota mengawasi.']);
    const texts: string[] = [];
    r.doc.descendants((n) => { if (n.type.name === 'penjelasanPasal') texts.push(n.textContent); return true; });
    expect(texts).toEqual(['Yang dimaksud dengan Daerah ialah wilayah Kota Batam.', 'Cukup jelas.']);
  });
});

describe('BAB titles in mixed case', () => {
  it('takes the lines between "BAB I" and the next heading as its title', () => {
    const r = parse(`BAB I
Ketentuan Umum
Pasal 1
Teks satu.
BAB II
Pencegahan dan
Pemberantasan
Bagian Kesatu
Umum
Pasal 2
Teks dua.
`);
    expect(outlineOf(r).babs).toEqual([{ num: 'I', title: 'Ketentuan Umum' }, { num: 'II', title: 'Pencegahan dan Pemberantasan' }]);
    expect(outlineOf(r).bagian_count).toBe(1);
  });
});

describe('what text recognition misreads, as small cases', () => {
  it('reads a lone "Pasal I" before "Pasal 2" as Pasal 1 in a Perda that amends nothing, and says so', () => {
    const r = parse('Pasal I\nSatu.\nPasal 2\nDua.\nPasal 3\nTiga.\n');
    expect(r.kind).toBe('original');
    expect(outlineOf(r).pasal.map((p) => p.num)).toEqual(['1', '2', '3']);
    expect(r.diagnostics.some((d) => d.code === 'OCR_PASAL_READ')).toBe(true);
  });

  it('keeps a Roman Pasal that fits no Arabic neighbour as written', () => {
    const r = parse('Pasal 1\nSatu.\nPasal II\nDua.\nPasal 5\nLima.\n');
    expect(r.diagnostics.some((d) => d.code === 'OCR_PASAL_READ')).toBe(false);
  });

  it('keeps the letter l of a list that runs past k, and reads "l." opening a numbered list as 1', () => {
    const letters = 'abcdefghijkl'.split('').map((c) => `${c}. butir ${c};`).join('\n');
    const lettered = parse(`Pasal 1\nDalam Peraturan Daerah ini:\n${letters}\n`);
    const items = (doc: Node) => { const out: string[] = []; doc.descendants((n) => { if (n.type.name === 'item' && n.attrs.baseNum) out.push(String(n.attrs.baseNum)); return true; }); return out; };
    expect(items(lettered.doc).slice(-12)).toEqual('abcdefghijkl'.split(''));
    const numbered = parse('Pasal 1\nDalam Peraturan Daerah ini:\nl. Daerah adalah Kota Batam.\n2. Wali Kota adalah Wali Kota Batam.\n');
    expect(items(numbered.doc).slice(-2)).toEqual(['1', '2']);
  });

  it('reads "a," as a huruf only where a "b" follows, not a line that happens to start so', () => {
    const list = parse('Pasal 1\nIzin terdiri atas:\na, izin tetap; dan\nb, izin sementara.\n');
    expect(list.doc.textContent).not.toContain('a, izin');
    const prose = parse('Pasal 1\nPenjelasan mengenai huruf\na, b, dan c diatur dengan Peraturan Wali Kota.\n');
    expect(prose.doc.textContent).toContain('huruf a, b, dan c');
  });

  it('keeps a printed "a." a huruf when its "b." stands far below, past a nested list lettered "a)"', () => {
    const nested = Array.from({ length: 12 }, (_v, k) => `${k + 1}. jenis ${k + 1} meliputi:\na) bagian pertama;\nb) bagian kedua;\nc) bagian ketiga;`).join('\n');
    const r = parse(`Pasal 1\nTarif terdiri atas:\na. tarif tetap:\n${nested}\nb. tarif progresif.\n`);
    const lists: string[] = [];
    r.doc.child(2).descendants((n) => { if (n.type.name === 'list') lists.push(`${String(n.attrs.style)}:${n.childCount}`); return true; });
    expect(lists[0]).toBe('null:2');
  });

  it('reads a list whose markers were read with three kinds of punctuation as one list', () => {
    const r = parse('Pasal 1\nDilarang:\na) berkeliaran di tempat umum;\nb. mengemudikan kendaraan;\nc, mengoperasikan mesin; dan\nd. membuat kegaduhan.\n');
    const items: string[] = [];
    r.doc.descendants((n) => { if (n.type.name === 'item') items.push(`${String(n.attrs.baseNum)} ${n.textContent.split(' ')[0]}`); return true; });
    expect(items.slice(-4)).toEqual(['a berkeliaran', 'b mengemudikan', 'c mengoperasikan', 'd membuat']);
  });

  it('reads the Judul\'s "NOMOR 5 TAHUN 2Ol0" as number 5 of 2010', () => {
    const r = parseText(HEAD.replace('NOMOR 5 TAHUN 2010', 'NOMOR 5 TAHUN 2Ol0') + 'Pasal 1\nSatu.\n' + TAIL);
    expect([r.doc.firstChild!.attrs.nomor, r.doc.firstChild!.attrs.tahun]).toEqual(['5', '2010']);
  });

  it('reads "BAB l" and "BAB 11" as BAB I and BAB II', () => {
    const r = parse('BAB l\nKETENTUAN UMUM\nPasal 1\nSatu.\nBAB 11\nASAS\nPasal 2\nDua.\n');
    expect(outlineOf(r).babs.map((b) => `${b.num} ${b.title}`)).toEqual(['I KETENTUAN UMUM', 'II ASAS']);
  });
});
