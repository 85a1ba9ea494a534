import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyInstrument, consolidatedText } from '../../../src/amend/index';
import { parseText } from '../../../src/parse/index';
import { buildInstrument } from '../../../src/model/doc-builders';
import { fixturesDir } from '../../helpers/paths';

const read = (f: string) =>
  parseText(fs.readFileSync(path.join(fixturesDir, 'amend', f), 'utf8')).doc;

describe('applyInstrument on an instrument with non-standard wording', () => {
  const base = read('dasar.txt');
  const result = applyInstrument(base, read('perubahan-varian.txt'));
  const text = consolidatedText(result.doc);

  it('applies "diubah dan dibaca menjadi" and "Diantara … disispkan … yaitu"', () => {
    expect(result.report[0]).toMatchObject({
      status: 'applied',
      action: 'diubah',
      units: ['Pasal 2'],
    });
    expect(result.report[1]).toMatchObject({
      status: 'applied',
      action: 'disisipkan',
      units: ['Pasal 3A'],
    });
    expect(text).toContain('(1) Pemerintah Daerah wajib melaksanakan pencegahan.');
    expect(text.indexOf('Pasal 3A')).toBeGreaterThan(text.indexOf('Pasal 3\n'));
    expect(text.indexOf('Pasal 3A')).toBeLessThan(text.indexOf('Pasal 4\n'));
  });

  it('applies "ditambah 1 (satu) ayat baru yakni ayat (4)" and "disempurnakan menjadi"', () => {
    expect(result.report[2]).toMatchObject({
      status: 'applied',
      action: 'ditambah',
      units: ['Pasal 4 ayat (4)'],
    });
    expect(text).toContain('(4) Tim terpadu dibantu sekretariat.');
    expect(result.report[3]).toMatchObject({
      status: 'applied',
      action: 'diubah',
      units: ['Pasal 5'],
    });
    expect(text).toContain(
      'Biaya pencegahan dibebankan pada anggaran pendapatan dan belanja daerah.',
    );
  });

  it('keeps a move instruction as its own item and reports it as not understood', () => {
    expect(result.report[4]).toMatchObject({ status: 'not-understood', units: ['Pasal 3'] });
    expect(text).not.toContain('dipindahkan ke dalam BAB III');
  });

  it('reports what it cannot understand and leaves the text unchanged there', () => {
    const inst = buildInstrument({
      changes: [
        { instruction: 'Ketentuan Pasal 3 dipindahkan ke dalam BAB III.' },
        {
          instruction: 'Ketentuan Pasal 9 diubah sehingga berbunyi sebagai berikut:',
          pasal: [{ baseNum: '9', text: 'Teks baru.' }],
        },
        { action: 'dihapus', instruction: 'Pasal 5 dihapus.' },
      ],
    });
    const r = applyInstrument(base, inst);
    expect(r.report.map((x) => x.status)).toEqual(['not-understood', 'not-understood', 'applied']);
    expect(r.report[1]?.message).toBe('Pasal 9 tidak ada dalam naskah dasar.');
    const t = consolidatedText(r.doc);
    expect(t).toContain('Masyarakat berperan serta dalam pencegahan.');
    expect(t).toMatch(/Pasal 5\nDihapus\./);
  });
});
