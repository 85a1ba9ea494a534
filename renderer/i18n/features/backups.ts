/** Strings of the backups panel (Cadangan), in Indonesian and English. */
import type { FeatureStrings } from '../features';

/** The feature's strings. */
export const strings: FeatureStrings = {
  namespace: 'backups',
  id: {
    title: 'Cadangan',
    heading: 'Cadangan proyek',
    hint: 'Salinan lengkap berkas proyek dibuat otomatis setiap 10 menit bila ada perubahan, sebelum pembaruan skema, dan sebelum pemulihan. Disimpan di folder "<proyek>.backups".',
    create: 'Buat cadangan sekarang',
    empty: 'Belum ada cadangan.',
    restore: 'Pulihkan',
    restoreTitle: 'Pulihkan cadangan?',
    restoreConfirm: 'Berkas proyek akan diganti dengan cadangan dari {{time}}. Keadaan sekarang disimpan lebih dulu sebagai cadangan "sebelum pemulihan", jadi tidak ada yang hilang.',
    restored: 'Cadangan dari {{time}} dipulihkan. Keadaan sebelumnya disimpan sebagai cadangan.',
    created: 'Cadangan dibuat.',
    kind: { scheduled: 'Terjadwal', 'pre-migration': 'Sebelum pembaruan skema', 'pre-restore': 'Sebelum pemulihan', manual: 'Manual' },
    size: '{{kb}} KB',
  },
  en: {
    title: 'Backups',
    heading: 'Project backups',
    hint: 'A complete copy of the project file is made every 10 minutes when something changed, before a schema upgrade and before a restore. Kept in the "<project>.backups" folder.',
    create: 'Back up now',
    empty: 'No backups yet.',
    restore: 'Restore',
    restoreTitle: 'Restore this backup?',
    restoreConfirm: 'The project file will be replaced by the backup from {{time}}. The current state is first saved as a "before restore" backup, so nothing is lost.',
    restored: 'The backup from {{time}} was restored. The previous state was kept as a backup.',
    created: 'Backup made.',
    kind: { scheduled: 'Scheduled', 'pre-migration': 'Before schema upgrade', 'pre-restore': 'Before restore', manual: 'Manual' },
    size: '{{kb}} KB',
  },
};
