/** Strings of the Penjelasan side panel, in Indonesian and English. */
import type { FeatureStrings } from '../features';

/** The feature's strings. */
export const strings: FeatureStrings = {
  namespace: 'penjelasan',
  id: {
    title: 'Penjelasan',
    heading: 'Penjelasan Pasal',
    noPasal: 'Letakkan kursor di sebuah Pasal untuk menulis penjelasannya di sini.',
    noEntry:
      'Pasal ini belum memiliki entri Penjelasan (draf ini tidak memiliki bagian Penjelasan).',
    entryOf: 'Penjelasan {{pasal}}',
    fieldLabel: 'Teks penjelasan Pasal',
    lines:
      'Satu baris untuk satu paragraf. Untuk penjelasan per ayat, tulis “Ayat (1)” pada barisnya sendiri, lalu penjelasannya.',
    structured: 'Penjelasan ini memuat acuan hidup; suntinglah langsung di naskah.',
    cukupJelas: 'Cukup jelas.',
    showInDraft: 'Tampilkan di naskah',
  },
  en: {
    title: 'Explanation',
    heading: 'Explanation of the Pasal',
    noPasal: 'Put the cursor in a Pasal to write its explanation here.',
    noEntry: 'This Pasal has no Penjelasan entry (the draft has no Penjelasan part).',
    entryOf: 'Explanation of {{pasal}}',
    fieldLabel: 'Explanation text of the Pasal',
    lines:
      'One line per paragraph. To explain ayat by ayat, write “Ayat (1)” on its own line, then its explanation.',
    structured: 'This explanation holds live references; edit it in the draft itself.',
    cukupJelas: 'Cukup jelas.',
    showInDraft: 'Show in the draft',
  },
};
