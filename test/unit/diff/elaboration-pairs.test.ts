/**
 * Pasal paired by the list item they elaborate (`elaboration-pairs.ts`): a Perda lists the parts
 * of its P4GN in one Pasal and gives each a Pasal that opens by citing its item; rewritten, those
 * Pasal pair as their items pair, even where their words pair them otherwise.
 */
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { PERDA_HEAD, PERDA_TAIL } from '../../helpers/perda-text';

const doc = (body: string) => parseText(PERDA_HEAD + body + PERDA_TAIL).doc;

const OLD = `BAB I
PENYELENGGARAAN
Pasal 1
Penyelenggaraan pencegahan dan penanggulangan di Daerah meliputi:
a. pencegahan;
b. penindakan; dan
c. rehabilitasi.
Pasal 2
Pemerintah Daerah melaksanakan pencegahan sebagaimana dimaksud dalam Pasal 1 huruf a dengan cara:
a. menyelenggarakan penyuluhan di sekolah dan tempat ibadah;
b. membentuk satuan tugas di setiap kelurahan.
Pasal 3
Pemerintah Daerah melaksanakan penindakan sebagaimana dimaksud dalam Pasal 1 huruf b dengan cara:
a. melaporkan setiap penyalahgunaan kepada penyidik;
b. mencabut izin tempat hiburan yang menjadi lokasi peredaran gelap Narkotika.
Pasal 4
Pemerintah Daerah melaksanakan rehabilitasi sebagaimana dimaksud dalam Pasal 1 huruf c dengan cara:
a. menyediakan tempat rehabilitasi bagi pecandu;
b. membiayai rehabilitasi bagi warga miskin.
BAB II
KETENTUAN PENUTUP
Pasal 5
Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.
`;

/** The new text: penindakan dropped, its last measure kept under rehabilitasi; `list` is Pasal 1's items. */
const newText = (list: string) => `BAB I
FASILITASI
Pasal 1
Fasilitasi pencegahan dan penanggulangan oleh Pemerintah Daerah meliputi:
${list}
Pasal 2
Pencegahan sebagaimana dimaksud dalam Pasal 1 huruf a ditujukan untuk:
a. sosialisasi bahaya Narkotika kepada pelajar di sekolah;
b. pembentukan relawan anti Narkotika di setiap kelurahan.
Pasal 3
Rehabilitasi sebagaimana dimaksud dalam Pasal 1 huruf b ditujukan untuk:
a. penyediaan klinik bagi pecandu;
b. bantuan biaya bagi penduduk miskin;
c. pencabutan izin tempat hiburan yang menjadi lokasi peredaran gelap Narkotika.
Pasal 4
Pemberdayaan masyarakat sebagaimana dimaksud dalam Pasal 1 huruf c ditujukan untuk:
a. pelatihan kader;
b. pemberian penghargaan kepada warga yang melapor.
BAB II
KETENTUAN PENUTUP
Pasal 5
Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.
`;

/** Each new Pasal's old partner (or null), and the old Pasal read deleted. */
function reading(list: string) {
  const c = compareDocs(doc(OLD), doc(newText(list)), { useUids: false });
  return {
    partners: Object.fromEntries(c.pasal.filter((r) => r.new).map((r) => [r.new!.label, r.old?.label ?? null])),
    deleted: c.pasal.filter((r) => r.status === 'deleted').map((r) => r.old!.label),
  };
}

describe('Pasal paired by the item they elaborate', () => {
  const expected = {
    partners: { 'Pasal 1': 'Pasal 1', 'Pasal 2': 'Pasal 2', 'Pasal 3': 'Pasal 4', 'Pasal 4': null, 'Pasal 5': 'Pasal 5' },
    deleted: ['Pasal 3'],
  };

  it('pairs old rehabilitasi with new rehabilitasi, not old penindakan whose last measure it took (list of another length)', () => {
    // Words alone pair old 3 with new 3 (the measure on tempat hiburan) and old 4 with new 4.
    expect(reading('a. pencegahan;\nb. rehabilitasi;\nc. pemberdayaan masyarakat; dan\nd. pengawasan.')).toEqual(expected);
  });

  it('does so where the list keeps its length and an item moved up it', () => {
    expect(reading('a. pencegahan;\nb. rehabilitasi; dan\nc. pemberdayaan masyarakat.')).toEqual(expected);
  });
});
