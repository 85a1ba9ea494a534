import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyInstrument,
  consolidatedText,
  generateInstrument,
  settingsFromDoc,
} from '../../../src/amend/index';
import { parseText } from '../../../src/parse/index';
import { corpusDir } from '../../helpers/paths';

const read = (f: string) => parseText(fs.readFileSync(path.join(corpusDir, f), 'utf8')).doc;
const BASE = 'perda-prov-sulut-2016-03-rpjmd-2016-2021.txt';
const AMEND = 'perda-prov-sulut-2018-02-perubahan-rpjmd.txt';

describe('the real RPJMD pair (Perda Prov. Sulawesi Utara 3/2016 and its amendment 2/2018)', () => {
  const base = read(BASE);
  const instrument = read(AMEND);
  const applied = applyInstrument(base, instrument);
  const text = consolidatedText(applied.doc);

  it('applies every item of the real instrument and names the one without a Pasal heading', () => {
    expect(applied.report.map((r) => [r.item, r.status, r.action, r.units])).toEqual([
      [1, 'applied', 'diubah', ['Pasal 1']],
      [2, 'applied', 'diubah', ['Pasal 3']],
      [3, 'applied', 'diubah', ['Pasal 4']],
    ]);
    expect(applied.report[2]?.message).toContain('tidak diawali judul "Pasal 4"');
  });

  it('produces the consolidated text: new wording in Pasal 1, 3 and 4, the rest untouched', () => {
    expect(text).toContain(
      '2.  Rencana Pembangunan Jangka Menengah Daerah Perubahan Tahun 2016 – 2021, yang selanjutnya disingkat RPJMD Perubahan, adalah',
    );
    expect(text).toContain(
      'sebagaimana tercantum dalam BAB V dan BAB VI Lampiran Peraturan Daerah ini.',
    );
    expect(text).toContain(
      '(8) RPJMD Perubahan ini menjadi acuan bagi masyarakat dan stakeholder pembangunan untuk ikut berpartisipasi dalam pelaksanaan pembangunan daerah.',
    );
    expect(text).not.toContain('Musrembang RPJMD sebagaimana');
    expect(text).toContain(
      '(2) RKPD sebagaimana dimaksud pada ayat (1) digunakan sebagai pedoman untuk menyusun Anggaran Pendapatan',
    );
    expect(text).toContain('Pasal 9');
    expect((text.match(/^\s+Pasal \d+$/gm) ?? []).length).toBe(9);
  });

  it('generates back an instrument naming exactly Pasal 1, 3 and 4 as diubah, in base order', () => {
    const inst = generateInstrument(base, parseText(text).doc, { settings: settingsFromDoc(base) });
    expect(inst.items.map((i) => [i.action, i.units])).toEqual([
      ['diubah', ['Pasal 1 angka 2']],
      ['diubah', ['Pasal 3']],
      ['diubah', ['Pasal 4']],
    ]);
    expect(inst.items[0]?.text).toBe(
      'Ketentuan Pasal 1 angka 2 diubah sehingga Pasal 1 berbunyi sebagai berikut:',
    );
    expect(inst.recommendation).toBe('perubahan');
    expect(inst.text).toContain(
      'PERUBAHAN ATAS PERATURAN DAERAH PROVINSI SULAWESI UTARA NOMOR 3 TAHUN 2016',
    );
  });
});
