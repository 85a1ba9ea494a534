/**
 * Every legal formula the app writes, as data (architecture.md decision 5). Texts are copied
 * from drafting-rules.md; `source` names the section and the source tag given there, and
 * `certainty` says whether the wording is a rule ("rule": ✅ or ◐ in the spec) or only observed
 * practice ("practice": [PRACTICE] / [NOT FOUND]). Placeholders are `{name}`; `{name|upper}`
 * inserts the value in capitals. Region placeholders (regionName, regionTitle, head, headTitle,
 * headOffice, place, province, gazette, secretary, dprd, dprdTitle, considerationVerb) are filled
 * from the region settings by `fillTemplate(id, values, region)`; see region-values.ts.
 */
import { CoreError } from '../core-error';
import { hurufOf } from './list-markers';
import { joinList } from './join-list';
import { regionValues } from './region-values';
import type { SkeletonRegion } from './skeleton-region';

/** One legal formula. */
export interface Template {
  /** The text, with {placeholders}; "\n" separates the lines of a block. */
  text: string;
  /** Where the wording comes from (drafting-rules.md section and its source tag). */
  source: string;
  /** "rule" when prescribed (✅/◐), "practice" when only observed ([PRACTICE]/[NOT FOUND]). */
  certainty: 'rule' | 'practice';
  /** A caveat worth showing to a drafter. */
  note?: string;
}

const CITATION =
  'Peraturan Daerah {regionTitle} Nomor {nomorLama} Tahun {tahunLama} tentang {namaLama} ({gazette} Tahun {tahunLembaran} Nomor {nomorLembaran}, Tambahan {gazette} Nomor {nomorTambahan})';

/** The template table, keyed by id. */
export const TEMPLATES = {
  // --- Placeholders of amended units (2.3) ---
  dihapus: { text: 'Dihapus.', source: '2.3 [DPR p.294]', certainty: 'rule' },

  // --- Judul and pembukaan (1.2, 1.3) ---
  rancangan: { text: 'RANCANGAN', source: '1.2 [BTJ-draft2024 p.139]', certainty: 'rule' },
  judulPrefix: {
    text: 'PERATURAN DAERAH {regionName}',
    source: '1.2 [DPR p.257]',
    certainty: 'rule',
  },
  judulNomor: { text: 'NOMOR {nomor} TAHUN {tahun}', source: '1.2 [DPR p.257]', certainty: 'rule' },
  judulNomorRancangan: {
    text: 'NOMOR ... TAHUN ...',
    source: '1.2 [BTJ-draft2024 p.139 item d]',
    certainty: 'rule',
  },
  tentang: { text: 'TENTANG', source: '1.2', certainty: 'rule' },
  frasa: {
    text: 'DENGAN RAHMAT TUHAN YANG MAHA ESA',
    source: '1.3.1 [DPR p.260]',
    certainty: 'rule',
  },
  jabatan: {
    text: '{head},',
    source: '1.3.2 [DPR p.261]',
    certainty: 'rule',
    note: 'Ejaan WALI KOTA/WALIKOTA diatur di pengaturan wilayah.',
  },
  konsideransPenutup: {
    text: 'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam {huruf}, {considerationVerb} Peraturan Daerah tentang {nama};',
    source: '1.3.3 [BTJ-Perda p.171; DPR p.263]',
    certainty: 'rule',
    note: '{huruf} dibentuk oleh hurufList(): "huruf a", "huruf a dan huruf b", "huruf a, huruf b, dan huruf c".',
  },
  konsideransDelegasi: {
    text: 'bahwa untuk melaksanakan ketentuan {pasal} {peraturan}, {considerationVerb} Peraturan Daerah tentang {nama};',
    source: '1.3.3 [BTJ-Perda p.171]',
    certainty: 'rule',
  },
  mengingatUud: {
    text: 'Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;',
    source: '1.3.4 [◐ Lampiran II; practice]',
    certainty: 'rule',
  },
  mengingatPembentukan: {
    text: '{uuPembentukan};',
    source: '1.3.4 [to verify per region]',
    certainty: 'practice',
  },
  mengingatPemda: {
    text: 'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah ({lembaran}) sebagaimana telah beberapa kali diubah terakhir dengan {perubahanTerakhir};',
    source: '1.3.4 [◐ Lampiran II; practice]',
    certainty: 'rule',
  },
  persetujuanBersama: {
    text: 'Dengan Persetujuan Bersama',
    source: '1.3.5 [DPR p.266–267; ◐ Perda form]',
    certainty: 'rule',
  },
  dprd: {
    text: 'DEWAN PERWAKILAN RAKYAT DAERAH {regionName}',
    source: '1.3.5 [◐]',
    certainty: 'rule',
  },
  dan: { text: 'dan', source: '1.3.5 [DPR p.266]', certainty: 'rule' },
  kepalaDaerah: { text: '{head}', source: '1.3.5 [◐]', certainty: 'rule' },
  memutuskan: { text: 'MEMUTUSKAN:', source: '1.3.5 [DPR p.266–267]', certainty: 'rule' },
  menetapkan: {
    text: 'Menetapkan : PERATURAN DAERAH TENTANG {nama|upper}.',
    source: '1.3.5 [DPR p.267; ◐ region dropped]',
    certainty: 'rule',
  },
  menetapkanPerubahan: {
    text: 'Menetapkan : PERATURAN DAERAH TENTANG PERUBAHAN ATAS PERATURAN DAERAH {regionName} NOMOR {nomorLama} TAHUN {tahunLama} TENTANG {namaLama|upper}.',
    source: '3.2 [BTJ-draft2024 p.140]',
    certainty: 'rule',
  },

  // --- Batang tubuh (1.5–1.9) ---
  ketentuanUmumPembuka: {
    text: 'Dalam Peraturan Daerah ini yang dimaksud dengan:',
    source: '1.5 [DPR p.269; ◐ Perda form]',
    certainty: 'rule',
  },
  definisiDaerah: {
    text: 'Daerah adalah {regionTitle}.',
    source: '1.5 [PRACTICE]',
    certainty: 'practice',
  },
  definisiPemerintahDaerah: {
    text: 'Pemerintah Daerah adalah {headOffice} sebagai unsur penyelenggara Pemerintahan Daerah yang memimpin pelaksanaan urusan pemerintahan yang menjadi kewenangan daerah otonom.',
    source: '1.5 [PRACTICE; UU 23/2014 Pasal 1 ◐]',
    certainty: 'practice',
  },
  definisiKepalaDaerah: {
    text: '{headOffice} adalah {headTitle}.',
    source: '1.5 [PRACTICE]',
    certainty: 'practice',
  },
  definisiDprd: {
    text: 'Dewan Perwakilan Rakyat Daerah yang selanjutnya disingkat DPRD adalah {dprdTitle}.',
    source: '1.5 [PRACTICE]',
    certainty: 'practice',
  },
  pidana: {
    text: 'Setiap orang yang melanggar ketentuan sebagaimana dimaksud dalam {acuan} dipidana dengan pidana kurungan paling lama {kurungan} bulan atau pidana denda paling banyak {denda}.',
    source: '1.7 [DPR p.272–275]',
    certainty: 'rule',
    note: '{kurungan} "6 (enam)"; {denda} "Rp50.000.000,00 (lima puluh juta rupiah)" (batas Perda).',
  },
  pidanaPelanggaran: {
    text: 'Tindak pidana sebagaimana dimaksud pada ayat (1) adalah pelanggaran.',
    source: '1.7 [PRACTICE, Perda Prov. Sulsel 1/2015]',
    certainty: 'practice',
  },
  peralihan: {
    text: 'Pada saat Peraturan Daerah ini mulai berlaku, {hal} tetap berlaku sampai dengan {batas}.',
    source: '1.8 [PRACTICE]',
    certainty: 'practice',
  },
  pencabutan: {
    text: `Pada saat Peraturan Daerah ini mulai berlaku, ${CITATION}, dicabut dan dinyatakan tidak berlaku.`,
    source: '1.9 [BPSDM module p.44]; 3.7',
    certainty: 'rule',
  },
  peraturanPelaksanaanTetapBerlaku: {
    text: 'Pada saat Peraturan Daerah ini mulai berlaku, semua peraturan pelaksanaan dari Peraturan Daerah {regionTitle} Nomor {nomorLama} Tahun {tahunLama} tentang {namaLama} dinyatakan masih tetap berlaku sepanjang tidak bertentangan dengan ketentuan dalam Peraturan Daerah ini.',
    source: '3.7 [PRACTICE]',
    certainty: 'practice',
  },
  peraturanPelaksanaan: {
    text: 'Peraturan pelaksanaan dari Peraturan Daerah ini ditetapkan paling lama {jangka} terhitung sejak Peraturan Daerah ini diundangkan.',
    source: '1.9 [PRACTICE]',
    certainty: 'practice',
  },
  mulaiBerlaku: {
    text: 'Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.',
    source: '1.9; 3.5 [DPR p.293; universal]',
    certainty: 'rule',
  },
  pencabutanTersendiri: {
    text: `${CITATION} dicabut dan dinyatakan tidak berlaku.`,
    source: '3.7 [DPR p.291; b.185]',
    certainty: 'rule',
  },
  penarikanKembali: {
    text: `${CITATION} ditarik kembali dan dinyatakan tidak berlaku.`,
    source: '3.7 [b.184]',
    certainty: 'rule',
  },

  // --- Penutup (1.10) ---
  pengundangan: {
    text: 'Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam {gazette}.',
    source: '1.10 [regional guideline b.117]',
    certainty: 'rule',
  },
  ditetapkan: {
    text: 'Ditetapkan di {place}\npada tanggal {tanggal}\n\n{head},\n\n{namaKepalaDaerah}',
    source: '1.10 [b.119; "pada tanggal" PRACTICE]',
    certainty: 'rule',
  },
  diundangkan: {
    text: 'Diundangkan di {place}\npada tanggal {tanggal}\n\n{secretary},\n\n{namaSekretaris}',
    source: '1.10 [◐ UU 23/2014 Pasal 244]',
    certainty: 'rule',
  },
  lembaranDaerah: {
    text: '{gazette|upper} TAHUN {tahun} NOMOR {nomor}',
    source: '1.10 [DPR p.283]',
    certainty: 'rule',
  },
  noreg: {
    text: 'NOREG PERATURAN DAERAH {regionName}, {province}: ({noreg})',
    source: '1.10 [◐ Permendagri 80/2015; NOT FOUND: exact punctuation]',
    certainty: 'practice',
    note: 'Format belum diverifikasi; salin dari surat noreg Gubernur.',
  },
  dinyatakanSah: {
    text: 'PERATURAN DAERAH INI DINYATAKAN SAH',
    source: '1.10 [◐ UU 23/2014 Pasal 242 ayat (8); wording not retrieved]',
    certainty: 'rule',
  },

  // --- Penjelasan (1.11) ---
  penjelasan: { text: 'PENJELASAN', source: '1.11 [DPR p.283]', certainty: 'rule' },
  atas: { text: 'ATAS', source: '1.11 [DPR p.283]', certainty: 'rule' },
  penjelasanUmum: { text: 'I. UMUM', source: '1.11 [DPR p.283–285]', certainty: 'rule' },
  penjelasanPasalDemiPasal: {
    text: 'II. PASAL DEMI PASAL',
    source: '1.11 [DPR p.283–285]',
    certainty: 'rule',
  },
  cukupJelas: { text: 'Cukup jelas.', source: '1.11 [DPR p.283–285]', certainty: 'rule' },
  penjelasanAyat: { text: 'Ayat ({ayat})', source: '1.11 [DPR p.285]', certainty: 'rule' },
  penjelasanHuruf: { text: 'Huruf {huruf}', source: '1.11 [DPR p.285]', certainty: 'rule' },
  penjelasanAngka: { text: 'Angka {angka}', source: '1.11 [DPR p.285]', certainty: 'rule' },
  yangDimaksud: {
    text: 'Yang dimaksud dengan “{istilah}” adalah {uraian}.',
    source: '1.11 [DPR p.285]',
    certainty: 'rule',
  },
  lihatPenjelasan: {
    text: 'Lihat penjelasan {acuan}.',
    source: '1.11 [BTJ-draft2024 p.232, butir 190a]',
    certainty: 'rule',
  },
  tambahanLembaranDaerah: {
    text: 'TAMBAHAN {gazette|upper} NOMOR {nomor}',
    source: '1.11 [◐ UU 23/2014 Pasal 244]',
    certainty: 'rule',
  },

  // --- Amending instrument (3.2–3.6) ---
  judulPerubahan: {
    text: 'PERUBAHAN ATAS PERATURAN DAERAH {regionName} NOMOR {nomorLama} TAHUN {tahunLama} TENTANG {namaLama|upper}',
    source: '3.2 [BTJ-draft2024 p.140 f–h]',
    certainty: 'rule',
  },
  judulPerubahanKe: {
    text: 'PERUBAHAN {ke|upper} ATAS PERATURAN DAERAH {regionName} NOMOR {nomorLama} TAHUN {tahunLama} TENTANG {namaLama|upper}',
    source: '3.2 [BTJ-draft2024 p.140 f–h]',
    certainty: 'rule',
    note: '{ke}: "Kedua", "Ketiga" (bagianOrdinal).',
  },
  judulPencabutan: {
    text: 'PENCABUTAN PERATURAN DAERAH {regionName} NOMOR {nomorLama} TAHUN {tahunLama} TENTANG {namaLama|upper}',
    source: '3.2 [BTJ-draft2024 p.140 i]',
    certainty: 'rule',
  },
  konsideransPerubahanAlasan: {
    text: 'bahwa beberapa ketentuan dalam Peraturan Daerah {regionTitle} Nomor {nomorLama} Tahun {tahunLama} tentang {namaLama} sudah tidak sesuai dengan {alasan} sehingga perlu diubah;',
    source: '3.3 [PRACTICE]',
    certainty: 'practice',
  },
  konsideransPerubahanPenutup: {
    text: 'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam {huruf}, {considerationVerb} Peraturan Daerah tentang Perubahan atas Peraturan Daerah {regionTitle} Nomor {nomorLama} Tahun {tahunLama} tentang {namaLama};',
    source: '3.3 [PRACTICE; rule ◐]',
    certainty: 'practice',
  },
  pasalIBeberapa: {
    text: `Beberapa ketentuan dalam ${CITATION} diubah sebagai berikut:`,
    source: '3.4.1 Contoh 1 [DPR p.292]',
    certainty: 'rule',
  },
  pasalITunggal: {
    text: `Ketentuan Pasal {pasal} dalam ${CITATION} diubah sehingga berbunyi sebagai berikut:`,
    source: '3.4.1 Contoh 2 [DPR p.292; completion ◐]',
    certainty: 'rule',
  },
  pasalIBeberapaKali: {
    text: `${CITATION} yang telah beberapa kali diubah dengan Peraturan Daerah {regionTitle}:`,
    source: '3.4.1 [DPR p.293; BTJ-Perda p.293]',
    certainty: 'rule',
    note: 'Diikuti butir perubahanSebelumnya (a., b., …) lalu diubahSebagaiBerikut.',
  },
  perubahanSebelumnya: {
    text: 'Nomor {nomor} Tahun {tahun} ({gazette} Tahun {tahunLembaran} Nomor {nomorLembaran}, Tambahan {gazette} Nomor {nomorTambahan});',
    source: '3.4.1 [DPR p.293; BTJ-Perda p.293]',
    certainty: 'rule',
  },
  diubahSebagaiBerikut: {
    text: 'diubah sebagai berikut:',
    source: '3.4.1 [DPR p.293]',
    certainty: 'rule',
  },
  pasalISekali: {
    text: `${CITATION} sebagaimana telah diubah dengan Peraturan Daerah {regionTitle} Nomor {nomorUbah} Tahun {tahunUbah} tentang Perubahan atas Peraturan Daerah {regionTitle} Nomor {nomorLama} Tahun {tahunLama} tentang {namaLama} ({gazette} Tahun {tahunLembaranUbah} Nomor {nomorLembaranUbah}, Tambahan {gazette} Nomor {nomorTambahanUbah}), diubah sebagai berikut:`,
    source: '3.4.1 [PRACTICE]',
    certainty: 'practice',
  },
  ubahPasal: {
    text: 'Ketentuan Pasal {pasal} diubah sehingga berbunyi sebagai berikut:',
    source: '3.4.2 F1 [DPR p.292]',
    certainty: 'rule',
  },
  ubahAyat: {
    text: 'Ketentuan ayat ({ayat}) Pasal {pasal} diubah sehingga berbunyi sebagai berikut:',
    source: '3.4.2 F2',
    certainty: 'rule',
  },
  ubahBeberapaAyat: {
    text: 'Ketentuan {daftarAyat} Pasal {pasal} diubah, sehingga berbunyi sebagai berikut:',
    source: '3.4.2 F3 [DPR p.292] (comma as in the source)',
    certainty: 'rule',
    note: '{daftarAyat}: "ayat (1) dan ayat (2)" (joinList).',
  },
  ubahHuruf: {
    text: 'Ketentuan huruf {huruf} ayat ({ayat}) Pasal {pasal} diubah sehingga Pasal {pasal} berbunyi sebagai berikut:',
    source: '3.4.2 F4 [PRACTICE]',
    certainty: 'practice',
  },
  ubahDefinisi: {
    text: 'Ketentuan Pasal 1 {daftarAngka} diubah sehingga Pasal 1 berbunyi sebagai berikut:',
    source: '3.4.2 F5 [PRACTICE]',
    certainty: 'practice',
  },
  sisipPasal: {
    text: 'Di antara Pasal {pasal} dan Pasal {pasalBerikut} disisipkan {jumlah} pasal, yakni {daftarPasal} sehingga berbunyi sebagai berikut:',
    source: '3.4.2 F6/F7 [DPR p.294; UU 1/2024 pattern]',
    certainty: 'rule',
    note: '{jumlah}: "1 (satu)"; {daftarPasal}: "Pasal 7A" / "Pasal 7A dan Pasal 7B".',
  },
  sisipPasalAwalBab: {
    text: 'Dalam {wadah} sebelum Pasal {pasalBerikut} disisipkan {jumlah} pasal, yakni {daftarPasal} sehingga berbunyi sebagai berikut:',
    source: '3.4.2 F6/F7, placed in a BAB [PRACTICE: UU 20/2001 Pasal I angka 8 "Dalam BAB VII sebelum Pasal 44 ditambah 1 (satu) pasal baru yakni Pasal 43 B"]',
    certainty: 'practice',
    note: 'Pasal yang disisipkan membuka BAB (atau Bagian) pasal sesudahnya, bukan BAB pasal sebelumnya: "Di antara Pasal … dan Pasal …" tidak menyatakan di sisi BAB mana pasal itu diletakkan.',
  },
  sisipAyat: {
    text: 'Di antara ayat ({ayat}) dan ayat ({ayatBerikut}) Pasal {pasal} disisipkan {jumlah} ayat, yakni {daftarAyat} sehingga Pasal {pasal} berbunyi sebagai berikut:',
    source: '3.4.2 F8 [DPR p.294]',
    certainty: 'rule',
  },
  tambahAyat: {
    text: 'Ketentuan Pasal {pasal} ditambah {jumlah} ayat, yakni {daftarAyat} sehingga Pasal {pasal} berbunyi sebagai berikut:',
    source: '3.4.2 F9 [PRACTICE]',
    certainty: 'practice',
  },
  sisipHuruf: {
    text: 'Di antara huruf {huruf} dan huruf {hurufBerikut} ayat ({ayat}) Pasal {pasal} disisipkan 1 (satu) huruf, yakni huruf {hurufBaru} sehingga Pasal {pasal} berbunyi sebagai berikut:',
    source: '3.4.2 F10 [NOT FOUND as rule; ending completed]',
    certainty: 'practice',
    note: 'Lebih aman: ubahAyat (nyatakan kembali seluruh ayat).',
  },
  sisipAngkaDefinisi: {
    text: 'Di antara angka {angka} dan angka {angkaBerikut} Pasal 1 disisipkan {jumlah} angka, yakni {daftarAngka} sehingga Pasal 1 berbunyi sebagai berikut:',
    source: '3.4.2 F11 [PRACTICE]',
    certainty: 'practice',
  },
  hapusPasal: {
    text: 'Pasal {pasal} dihapus.',
    source: '3.4.2 F12 [DPR p.294]',
    certainty: 'rule',
  },
  hapusAyat: {
    text: 'Ketentuan ayat ({ayat}) Pasal {pasal} dihapus sehingga Pasal {pasal} berbunyi sebagai berikut:',
    source: '3.4.2 F13 [DPR p.294]',
    certainty: 'rule',
  },
  hapusAyatLampiranII: {
    text: 'Pasal {pasal} ayat ({ayat}) dihapus sehingga Pasal {pasal} berbunyi sebagai berikut:',
    source: '3.4.2 F13 (Lampiran II example form) [DPR p.294]',
    certainty: 'rule',
  },
  hapusBab: { text: 'Bab {bab} dihapus.', source: '3.4.2 F14 [DPR p.293]', certainty: 'rule' },
  sisipBab: {
    text: 'Di antara BAB {bab} dan BAB {babBerikut} disisipkan {jumlah} bab, yakni {daftarBab} sehingga berbunyi sebagai berikut:',
    source: '3.4.2 F15 [DPR p.294 result; formula ◐]',
    certainty: 'rule',
  },
  sisipBagian: {
    text: 'Di antara Pasal {pasal} dan Pasal {pasalBerikut} disisipkan 1 (satu) bagian, yakni Bagian {bagianBaru} sehingga berbunyi sebagai berikut:',
    source: '3.4.2 F16 [PRACTICE]',
    certainty: 'practice',
  },
  sisipParagraf: {
    text: 'Di antara Pasal {pasal} dan Pasal {pasalBerikut} disisipkan 1 (satu) paragraf, yakni Paragraf {paragrafBaru} sehingga berbunyi sebagai berikut:',
    source: '3.4.2 F16 [PRACTICE]',
    certainty: 'practice',
  },
  ubahJudulBab: {
    text: 'Ketentuan judul BAB {bab} diubah sehingga berbunyi sebagai berikut:',
    source: '3.4.2 F17 [PRACTICE]',
    certainty: 'practice',
  },
  ubahPenjelasan: {
    text: 'Penjelasan Pasal {pasal} diubah sehingga berbunyi sebagaimana tercantum dalam penjelasan Peraturan Daerah ini.',
    source: '3.4.2 F18 [PRACTICE]',
    certainty: 'practice',
  },
  ubahLampiran: {
    text: 'Ketentuan Lampiran {lampiran} diubah sehingga menjadi sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Peraturan Daerah ini.',
    source: '3.4.2 F19 [PRACTICE]',
    certainty: 'practice',
  },

  // --- Amending instrument: entries added by the instrument generator (src/amend) ---
  menetapkanPerubahanKe: {
    text: 'Menetapkan : PERATURAN DAERAH TENTANG PERUBAHAN {ke|upper} ATAS PERATURAN DAERAH {regionName} NOMOR {nomorLama} TAHUN {tahunLama} TENTANG {namaLama|upper}.',
    source: '3.2 [BTJ-draft2024 p.140 f–h; diktum repeats the judul, 1.3.5]',
    certainty: 'rule',
    note: '{ke}: "Kedua", "Ketiga" (bagianOrdinal).',
  },
  konsideransPerubahanKePenutup: {
    text: 'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam {huruf}, {considerationVerb} Peraturan Daerah tentang Perubahan {ke} atas Peraturan Daerah {regionTitle} Nomor {nomorLama} Tahun {tahunLama} tentang {namaLama};',
    source: '3.3 [PRACTICE; rule ◐] with the ordinal of 3.2',
    certainty: 'practice',
  },
  mengingatPerdaDiubah: {
    text: `${CITATION};`,
    source: '3.3 [PRACTICE: the amended Perda is commonly the last Mengingat item]',
    certainty: 'practice',
  },
  tambahPasalAkhir: {
    text: 'Setelah Pasal {pasal} ditambahkan {jumlah} pasal, yakni {daftarPasal} sehingga berbunyi sebagai berikut:',
    source:
      '3.4.2 [NOT FOUND: no formula for a Pasal added after the last Pasal; F6 needs a following Pasal]',
    certainty: 'practice',
    note: 'Tidak ada rumusan Lampiran II untuk pasal yang ditambahkan sesudah pasal terakhir; periksa oleh perancang.',
  },
  penjelasanPerubahanAngka: {
    text: 'Angka {angka}',
    source: '3.6 [PRACTICE; not found as rule]',
    certainty: 'practice',
    note: 'Penjelasan Perda perubahan: di bawah "Pasal I" satu "Angka" per butir Pasal I, lalu pasal yang dimuat butir itu dengan penjelasannya.',
  },
  penjelasanPerubahanPasal: {
    text: 'Pasal {pasal}',
    source: '3.6 [PRACTICE; not found as rule]',
    certainty: 'practice',
    note: 'Pasal yang dijelaskan di bawah "Angka" butirnya (nomor sebagaimana dalam butir).',
  },
  ubahJudulBagian: {
    text: 'Ketentuan judul {bagian} diubah sehingga berbunyi sebagai berikut:',
    source: '3.4.2 F17 by analogy [NOT FOUND for Bagian/Paragraf]',
    certainty: 'practice',
    note: '{bagian}: "Bagian Kesatu BAB II" atau "Paragraf 1 Bagian Kesatu BAB II".',
  },
} as const satisfies Record<string, Template>;

/** Id of a template. */
export type TemplateId = keyof typeof TEMPLATES;

/** Values for placeholders. */
export type TemplateValues = Readonly<Record<string, string | number>>;

/**
 * Fill a template: `{name}` from `values` (then from the region's values), `{name|upper}` in
 * capitals. Throws CoreError INVALID_ARGS when a placeholder has no value.
 */
export function fillTemplate(
  id: TemplateId,
  values: TemplateValues = {},
  region?: SkeletonRegion,
): string {
  const all: Record<string, string | number> = {
    ...(region ? regionValues(region) : {}),
    ...values,
  };
  return TEMPLATES[id].text.replace(/\{(\w+)(\|upper)?\}/g, (_, key: string, upper?: string) => {
    const v = all[key];
    if (v === undefined)
      throw new CoreError('INVALID_ARGS', `Nilai "${key}" untuk templat "${id}" belum diisi.`);
    return upper ? String(v).toUpperCase() : String(v);
  });
}

/** The huruf list of the final konsiderans item for `n` preceding items: "huruf a, huruf b, dan huruf c". */
export function hurufList(n: number): string {
  return joinList(Array.from({ length: n }, (_, i) => `huruf ${hurufOf(i + 1)}`));
}
