/** Strings of the export panel (Ekspor), in Indonesian and English. */

const id = {
  title: 'Ekspor',
  heading: 'Ekspor berkas',
  what: 'Yang diekspor',
  kind: {
    draft: 'Naskah kerja (rancangan)',
    version: 'Versi tersimpan',
    base: 'Naskah dasar (Perda lama)',
    instrument: 'Raperda tentang Perubahan (Pasal I dan II)',
    comparison: 'Matriks perbandingan',
    comments: 'Laporan komentar',
    dim: 'Daftar Inventarisasi Masalah (DIM)',
  },
  kindHint: {
    draft: 'Naskah dalam tata letak resmi: kertas F4, Bookman Old Style 12.',
    version: 'Versi yang dipilih, dalam tata letak resmi.',
    base: 'Perda lama yang menjadi dasar perubahan.',
    instrument: 'Pasal I memuat butir-butir perubahan dari naskah dasar ke rancangan; Pasal II mulai berlakunya.',
    comparison: 'Tabel berdampingan (F4 melintang): teks lama, teks baru, dan keterangan; kata yang dihapus dicoret, kata baru bergaris bawah tebal.',
    comments: 'Semua utas komentar per Pasal, dengan balasan dan statusnya.',
    dim: 'No | Rancangan Peraturan Daerah | Tanggapan/Usulan (per fraksi) | Keterangan.',
  },
  format: 'Format',
  formatName: { docx: 'Word (DOCX)', pdf: 'PDF', html: 'HTML', akn: 'Akoma Ntoso (XML)' },
  version: 'Naskah',
  workingDraft: 'Naskah kerja',
  includePenjelasan: 'Sertakan Penjelasan',
  changesOnly: 'Perubahan saja (tanpa baris “Tetap” dan “Nomor berubah”)',
  needBase: 'Naskah dasar (Perda lama) belum ditetapkan untuk proyek ini.',
  needVersion: 'Belum ada versi tersimpan.',
  run: 'Ekspor',
  cancel: 'Batal',
  running: 'Menyiapkan berkas…',
  done: 'Berkas {{fileName}} telah diunduh.',
  noBytes: 'Berkas ekspor tidak diterima.',
  errors: {
    EXPORT_UNAVAILABLE: 'Ekspor PDF memerlukan peramban Chromium, yang tidak tersedia di komputer ini. Pilih DOCX atau HTML, atau pasang Chromium.',
  },
};

const en: typeof id = {
  title: 'Export',
  heading: 'Export a file',
  what: 'What to export',
  kind: {
    draft: 'Working draft',
    version: 'Saved version',
    base: 'Base text (old Perda)',
    instrument: 'Amending Raperda (Pasal I and II)',
    comparison: 'Comparison table',
    comments: 'Comment report',
    dim: 'Issue list (DIM)',
  },
  kindHint: {
    draft: 'The text in the official layout: F4 paper, Bookman Old Style 12.',
    version: 'The chosen version, in the official layout.',
    base: 'The old Perda the amendment is based on.',
    instrument: 'Pasal I lists the changes from the base text to the draft; Pasal II the commencement.',
    comparison: 'Side-by-side table (landscape F4): old text, new text and notes; deleted words struck through, new words underlined bold.',
    comments: 'All comment threads by Pasal, with replies and status.',
    dim: 'No | Draft regulation | Responses/Proposals (by faction) | Notes.',
  },
  format: 'Format',
  formatName: { docx: 'Word (DOCX)', pdf: 'PDF', html: 'HTML', akn: 'Akoma Ntoso (XML)' },
  version: 'Text',
  workingDraft: 'Working draft',
  includePenjelasan: 'Include the Elucidation (Penjelasan)',
  changesOnly: 'Changes only (no “Unchanged” or “Renumbered” rows)',
  needBase: 'No base text (old Perda) has been set for this project.',
  needVersion: 'No saved version yet.',
  run: 'Export',
  cancel: 'Cancel',
  running: 'Preparing the file…',
  done: 'The file {{fileName}} was downloaded.',
  noBytes: 'The export file was not received.',
  errors: {
    EXPORT_UNAVAILABLE: 'PDF export needs the Chromium browser, which is not available on this computer. Choose DOCX or HTML, or install Chromium.',
  },
};

/** The feature's strings under the `export` namespace. */
export const strings = { namespace: 'export', id, en };
