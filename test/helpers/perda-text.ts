/**
 * The kerangka of a small Perda (Kota Batam, on Narkotika) around a batang tubuh a test writes:
 * Judul, pembukaan up to "Menetapkan", and the penutup with its signature blocks, as a print's
 * text sets them.
 */

/** Judul and pembukaan, up to the "Menetapkan" line. */
export const PERDA_HEAD = `PERATURAN DAERAH KOTA BATAM
NOMOR 5 TAHUN 2010
TENTANG
PENCEGAHAN PENYALAHGUNAAN NARKOTIKA

DENGAN RAHMAT TUHAN YANG MAHA ESA
WALI KOTA BATAM,

Menimbang : a. bahwa pertimbangan pertama;
            b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a,
               perlu menetapkan Peraturan Daerah;
Mengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;
            2. Undang-Undang Nomor 35 Tahun 2009 tentang Narkotika;

MEMUTUSKAN:
Menetapkan : PERATURAN DAERAH TENTANG PENCEGAHAN PENYALAHGUNAAN NARKOTIKA.
`;
/** The penutup: perintah pengundangan and signature blocks. */
export const PERDA_TAIL = `
Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini
dengan penempatannya dalam Lembaran Daerah Kota Batam.

                                   Ditetapkan di Batam
                                   pada tanggal 1 Maret 2010
                                   WALIKOTA BATAM,
                                          ttd.
                                   AHMAD DAHLAN
Diundangkan di Batam
pada tanggal 1 Maret 2010
SEKRETARIS DAERAH KOTA BATAM,
AGUSSAHIMAN
LEMBARAN DAERAH KOTA BATAM TAHUN 2010 NOMOR 5
NOREG PERATURAN DAERAH KOTA BATAM, PROVINSI KEPULAUAN RIAU: (5/2010)
`;
