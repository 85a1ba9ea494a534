/**
 * Generated amendment cases: each edits the test base like a drafter would and names the items
 * (exact formula text, units, action) the instrument must have, in base order.
 */
import type { NodeJson } from '../../../src/model/doc-json';
import { ayat, newAyat, newPasal, parentOf, setText, unit, unitsOf } from './build';

/** One case. */
export interface AmendCase {
  name: string;
  edit: (json: NodeJson) => void;
  items: Array<{ action: string; units: string[]; text: string; practice?: boolean }>;
  /** The round trip cannot reproduce the draft's own numbering (moves). */
  noRoundTrip?: boolean;
  /** One Pasal changed: Pasal I in the single-change form, without numbered items. */
  single?: boolean;
}

const P = 'sehingga berbunyi sebagai berikut:';
/** The base's citation as the single-change form writes it (drafting-rules.md 3.4.1 Contoh 2). */
export const CITATION =
  'Peraturan Daerah Kota Batam Nomor 5 Tahun 2010 tentang Pencegahan Narkotika (Lembaran Daerah Kota Batam Tahun 2010 Nomor 5, Tambahan Lembaran Daerah Kota Batam Nomor 45)';

/** All cases. */
export const CASES: AmendCase[] = [
  {
    name: 'F1 whole Pasal changed',
    edit: (j) =>
      setText(unit(j, 'pasal', '3'), 'Masyarakat dan dunia usaha berperan serta dalam pencegahan.'),
    items: [
      {
        action: 'diubah',
        units: ['Pasal 3'],
        text: `Ketentuan Pasal 3 dalam ${CITATION} diubah ${P}`,
      },
    ],
    single: true,
  },
  {
    name: 'F2 one ayat changed',
    edit: (j) =>
      setText(ayat(j, '2', '2'), 'Pencegahan dilakukan melalui sosialisasi dan edukasi.'),
    items: [
      {
        action: 'diubah',
        units: ['Pasal 2 ayat (2)'],
        text: `Ketentuan ayat (2) Pasal 2 diubah ${P}`,
      },
    ],
  },
  {
    name: 'F3 two of five ayat changed',
    edit: (j) => {
      setText(ayat(j, '4', '1'), 'Wali Kota membentuk tim terpadu pencegahan.');
      setText(
        ayat(j, '4', '3'),
        'Tim terpadu bertugas mengoordinasikan pencegahan dan rehabilitasi.',
      );
    },
    items: [
      {
        action: 'diubah',
        units: ['Pasal 4 ayat (1)', 'Pasal 4 ayat (3)'],
        text: `Ketentuan ayat (1) dan ayat (3) Pasal 4 diubah, ${P}`,
      },
    ],
  },
  {
    name: 'F1 when more than half of the ayat changed',
    edit: (j) => {
      setText(ayat(j, '2', '1'), 'Pemerintah Daerah wajib melaksanakan pencegahan.');
      setText(ayat(j, '2', '3'), 'Sosialisasi dilakukan paling sedikit 2 (dua) kali setahun.');
    },
    items: [
      {
        action: 'diubah',
        units: ['Pasal 2'],
        text: `Ketentuan Pasal 2 dalam ${CITATION} diubah ${P}`,
      },
    ],
    single: true,
  },
  {
    name: 'F6 one Pasal inserted',
    edit: (j) => {
      const p3 = unit(j, 'pasal', '3');
      const { parent, index } = parentOf(j, p3);
      parent.content?.splice(
        index + 1,
        0,
        newPasal('n1', 'Satuan pendidikan melaksanakan pencegahan.'),
      );
    },
    items: [
      {
        action: 'disisipkan',
        units: ['Pasal 3A'],
        text: `Di antara Pasal 3 dan Pasal 4 disisipkan 1 (satu) pasal, yakni Pasal 3A ${P}`,
      },
    ],
  },
  {
    name: 'F7 two Pasal inserted',
    edit: (j) => {
      const p6 = unit(j, 'pasal', '6');
      const { parent, index } = parentOf(j, p6);
      parent.content?.splice(
        index + 1,
        0,
        newPasal('n1', 'Rehabilitasi medis dilaksanakan di rumah sakit.'),
        newPasal('n2', 'Biaya rehabilitasi ditanggung daerah.'),
      );
    },
    items: [
      {
        action: 'disisipkan',
        units: ['Pasal 6A', 'Pasal 6B'],
        text: `Di antara Pasal 6 dan Pasal 7 disisipkan 2 (dua) pasal, yakni Pasal 6A dan Pasal 6B ${P}`,
      },
    ],
  },
  {
    name: 'F8 ayat inserted',
    edit: (j) => {
      const a1 = ayat(j, '7', '1');
      const { parent, index } = parentOf(j, a1);
      parent.content?.splice(index + 1, 0, newAyat('n1', 'Lembaga wajib terakreditasi.'));
    },
    items: [
      {
        action: 'disisipkan',
        units: ['Pasal 7 ayat (1a)'],
        text: 'Di antara ayat (1) dan ayat (2) Pasal 7 disisipkan 1 (satu) ayat, yakni ayat (1a) sehingga Pasal 7 berbunyi sebagai berikut:',
      },
    ],
  },
  {
    name: 'F9 ayat added at the end (practice)',
    edit: (j) =>
      unit(j, 'pasal', '7').content?.push(newAyat('n1', 'Daftar lembaga diumumkan setiap tahun.')),
    items: [
      {
        action: 'disisipkan',
        units: ['Pasal 7 ayat (2a)'],
        text: 'Ketentuan Pasal 7 ditambah 1 (satu) ayat, yakni ayat (2a) sehingga Pasal 7 berbunyi sebagai berikut:',
        practice: true,
      },
    ],
  },
  {
    name: 'F12 Pasal deleted',
    edit: (j) => void (unit(j, 'pasal', '5').attrs!.deleted = true),
    items: [{ action: 'dihapus', units: ['Pasal 5'], text: 'Pasal 5 dihapus.' }],
  },
  {
    name: 'F13 ayat deleted',
    edit: (j) => void (ayat(j, '4', '5').attrs!.deleted = true),
    items: [
      {
        action: 'dihapus',
        units: ['Pasal 4 ayat (5)'],
        text: 'Ketentuan ayat (5) Pasal 4 dihapus sehingga Pasal 4 berbunyi sebagai berikut:',
      },
    ],
  },
  {
    name: 'F14 BAB deleted',
    edit: (j) => void (unit(j, 'bab', 'III').attrs!.deleted = true),
    items: [{ action: 'dihapus', units: ['BAB III'], text: 'Bab III dihapus.' }],
  },
  {
    name: 'F15 BAB inserted',
    edit: (j) => {
      const b3 = unit(j, 'bab', 'III');
      const { parent, index } = parentOf(j, b3);
      parent.content?.splice(index + 1, 0, {
        type: 'bab',
        attrs: { uid: 'nb', baseNum: null, deleted: false },
        content: [
          { type: 'heading', content: [{ type: 'text', text: 'PERAN SERTA MASYARAKAT' }] },
          newPasal('n1', 'Masyarakat dapat melaporkan penyalahgunaan narkotika.'),
        ],
      });
    },
    items: [
      {
        action: 'disisipkan',
        units: ['BAB IIIA'],
        text: `Di antara BAB III dan BAB IV disisipkan 1 (satu) bab, yakni BAB IIIA ${P}`,
      },
    ],
  },
  {
    name: 'F16 Bagian inserted',
    edit: (j) => {
      const b2 = unit(j, 'bab', 'II');
      b2.content?.push({
        type: 'bagian',
        attrs: { uid: 'ng', baseNum: null, deleted: false },
        content: [
          { type: 'heading', content: [{ type: 'text', text: 'Pelaporan' }] },
          newPasal('n1', 'Tim terpadu menyampaikan laporan tahunan.'),
        ],
      });
    },
    items: [
      {
        action: 'disisipkan',
        units: ['Bagian Kesatu A'],
        text: `Di antara Pasal 5 dan Pasal 6 disisipkan 1 (satu) bagian, yakni Bagian Kesatu A ${P}`,
        practice: true,
      },
    ],
  },
  {
    name: 'F5 definitions changed',
    edit: (j) =>
      setText(
        unitsOf(unit(j, 'pasal', '1'), 'item')[2] as NodeJson,
        'Narkotika adalah zat atau obat sebagaimana dimaksud dalam undang-undang.',
      ),
    items: [
      {
        action: 'diubah',
        units: ['Pasal 1 angka 3'],
        text: 'Ketentuan Pasal 1 angka 3 diubah sehingga Pasal 1 berbunyi sebagai berikut:',
        practice: true,
      },
    ],
  },
  {
    name: 'F11 definition inserted',
    edit: (j) => {
      const list = unitsOf(unit(j, 'pasal', '1'), 'list')[0] as NodeJson;
      list.content?.splice(2, 0, {
        type: 'item',
        attrs: { uid: 'nd', baseNum: null, deleted: false },
        content: [
          {
            type: 'para',
            content: [{ type: 'text', text: 'Perangkat Daerah adalah unsur pembantu Wali Kota.' }],
          },
        ],
      });
    },
    items: [
      {
        action: 'disisipkan',
        units: ['Pasal 1 angka 2a'],
        text: 'Di antara angka 2 dan angka 3 Pasal 1 disisipkan 1 (satu) angka, yakni angka 2a sehingga Pasal 1 berbunyi sebagai berikut:',
        practice: true,
      },
    ],
  },
  {
    name: 'F17 BAB title changed',
    edit: (j) => setText(unit(j, 'bab', 'III'), 'REHABILITASI SOSIAL'),
    items: [
      {
        action: 'diubah',
        units: ['BAB III'],
        text: `Ketentuan judul BAB III diubah ${P}`,
        practice: true,
      },
    ],
  },
  {
    name: 'F17 Bagian title changed (inside its BAB)',
    edit: (j) => setText(unitsOf(j, 'bagian')[0] as NodeJson, 'Tim Koordinasi'),
    items: [
      {
        action: 'diubah',
        units: ['BAB II Bagian Kesatu'],
        text: `Ketentuan judul Bagian Kesatu BAB II diubah ${P}`,
        practice: true,
      },
    ],
  },
  {
    name: 'F18 Penjelasan of a Pasal changed',
    edit: (j) => {
      const entry = unitsOf(j, 'penjelasanPasal').find(
        (e) => e.attrs?.label === 'Pasal 3',
      ) as NodeJson;
      entry.content = [
        {
          type: 'para',
          content: [
            {
              type: 'text',
              text: 'Yang dimaksud dengan “peran serta” adalah keikutsertaan aktif.',
            },
          ],
        },
      ];
    },
    items: [
      {
        action: 'diubah',
        units: ['Penjelasan Pasal 3'],
        text: 'Penjelasan Pasal 3 diubah sehingga berbunyi sebagaimana tercantum dalam penjelasan Peraturan Daerah ini.',
        practice: true,
      },
    ],
  },
  {
    name: 'moved Pasal: deleted and inserted',
    edit: (j) => {
      const p3 = unit(j, 'pasal', '3');
      const from = parentOf(j, p3);
      from.parent.content?.splice(from.index, 1);
      const p6 = unit(j, 'pasal', '6');
      const to = parentOf(j, p6);
      to.parent.content?.splice(to.index + 1, 0, p3);
    },
    items: [
      { action: 'dihapus', units: ['Pasal 3'], text: 'Pasal 3 dihapus.' },
      {
        action: 'disisipkan',
        units: ['Pasal 6A'],
        text: `Di antara Pasal 6 dan Pasal 7 disisipkan 1 (satu) pasal, yakni Pasal 6A ${P}`,
      },
    ],
    noRoundTrip: true,
  },
  {
    name: 'several changes in base order',
    edit: (j) => {
      unit(j, 'pasal', '6').attrs!.deleted = true;
      setText(ayat(j, '2', '2'), 'Pencegahan dilakukan melalui sosialisasi dan edukasi.');
      const p4 = unit(j, 'pasal', '4');
      const { parent, index } = parentOf(j, p4);
      parent.content?.splice(index + 1, 0, newPasal('n1', 'Tim terpadu dibantu sekretariat.'));
    },
    items: [
      {
        action: 'diubah',
        units: ['Pasal 2 ayat (2)'],
        text: `Ketentuan ayat (2) Pasal 2 diubah ${P}`,
      },
      {
        action: 'disisipkan',
        units: ['Pasal 4A'],
        text: `Di antara Pasal 4 dan Pasal 5 disisipkan 1 (satu) pasal, yakni Pasal 4A ${P}`,
      },
      { action: 'dihapus', units: ['Pasal 6'], text: 'Pasal 6 dihapus.' },
    ],
  },
];
