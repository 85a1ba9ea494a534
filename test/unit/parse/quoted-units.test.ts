import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../../../src/parse/normalize-lines';
import { withoutUnitQuotes } from '../../../src/parse/quoted-units';

const texts = (t: string) => withoutUnitQuotes(normalizeLines(t)).map((l) => l.text);

describe('the quotation marks around the units a change item restates', () => {
  it('go where they open the restated text or a unit and where they close it; those inside the text stay', () => {
    expect(texts('“Pasal 5\n(1) Nama Yayasan harus didahului dengan kata “Yayasan”.\n(2) Ketentuan lebih lanjut diatur dengan Peraturan Pemerintah.”')).toEqual([
      'Pasal 5',
      '(1) Nama Yayasan harus didahului dengan kata “Yayasan”.',
      '(2) Ketentuan lebih lanjut diatur dengan Peraturan Pemerintah.',
    ]);
  });

  it('close each of several units quoted one by one, and a closing mark alone on its line goes with its line', () => {
    expect(texts('“Pasal 72A\nTetap berlaku.”\n“Pasal 72B\nDiproses berdasarkan Undang-undang ini.\n”')).toEqual(['Pasal 72A', 'Tetap berlaku.', 'Pasal 72B', 'Diproses berdasarkan Undang-undang ini.']);
  });

  it('leave a last line alone whose marks pair up inside it', () => {
    expect(texts('Pasal 15\nNama Yayasan harus didahului dengan kata “Yayasan”')).toEqual(['Pasal 15', 'Nama Yayasan harus didahului dengan kata “Yayasan”']);
  });
});
