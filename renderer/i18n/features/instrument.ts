/** Strings of the amending-instrument panel (Instrumen), in Indonesian and English. */
import type { FeatureStrings } from '../features';

/** The feature's strings. */
export const strings: FeatureStrings = {
  namespace: 'instrument',
  id: {
    title: 'Instrumen',
    heading: 'Raperda tentang Perubahan',
    hint: 'Butir-butir Pasal I disusun otomatis dari perubahan draf terhadap naskah dasar dan diperbarui setiap kali draf berubah. Klik butir untuk menuju unitnya.',
    needBase: 'Tetapkan naskah dasar (Perda lama) lebih dulu, misalnya melalui tab Impor.',
    loading: 'Menyusun…',
    none: 'Belum ada perubahan terhadap naskah dasar.',
    items: '{{count}} butir perubahan',
    share: 'Porsi perubahan: {{pasal}}% Pasal, {{text}}% teks',
    advicePerubahan: 'Saran: perubahan (Perda tentang Perubahan).',
    advicePenggantian: 'Saran: penggantian (Perda baru yang mencabut Perda lama).',
    practice: 'Praktik, bukan kaidah',
  },
  en: {
    title: 'Instrument',
    heading: 'Amending regulation',
    hint: 'The items of Pasal I are generated from the draft’s changes against the base text and follow every edit. Click an item to go to its unit.',
    needBase: 'Set the base text (the old Perda) first, e.g. in the Import tab.',
    loading: 'Generating…',
    none: 'No changes against the base text yet.',
    items: '{{count}} change items',
    share: 'Share of change: {{pasal}}% of Pasal, {{text}}% of text',
    advicePerubahan: 'Advice: amend (a Perda tentang Perubahan).',
    advicePenggantian: 'Advice: replace (a new Perda revoking the old one).',
    practice: 'Practice, not rule',
  },
};
