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

describe('an item that quotes its units and says something between them (UU 20/2001 Pasal I angka 5)', () => {
  it('keeps the quoted text only: the lettered sub-instructions outside the quotes are the instrument\'s own words', () => {
    expect(texts('a. Pasal 37 dengan substansi yang berasal dari ayat (1), sehingga berbunyi:\n‘’Pasal 37\n(1) Terdakwa mempunyai hak.”\nb. Pasal 37 A dengan substansi yang berasal dari ayat (3), sehingga berbunyi:\n“Pasal 37 A\n(1) Terdakwa wajib memberikan keterangan.”')).toEqual([
      'Pasal 37',
      '(1) Terdakwa mempunyai hak.',
      'Pasal 37 A',
      '(1) Terdakwa wajib memberikan keterangan.',
    ]);
  });

  it('reads the marks alike when written plain, as a Word 97 file and a typewritten text give them (\'\' for ‘’, " for “ and ”)', () => {
    const plain = 'a. Pasal 37 dengan substansi yang berasal dari ayat (1), sehingga berbunyi:\n\'\'Pasal 37\n(1) Terdakwa mempunyai hak.\'\'\nb. Pasal 37 A dengan substansi yang berasal dari ayat (3), sehingga berbunyi:\n"Pasal 37 A\n(1) Terdakwa wajib memberikan keterangan."';
    expect(texts(plain)).toEqual(['Pasal 37', '(1) Terdakwa mempunyai hak.', 'Pasal 37 A', '(1) Terdakwa wajib memberikan keterangan.']);
  });

  it('keeps every line where a quote opened is never closed (a slip of the source)', () => {
    expect(texts('“Pasal 5\n(1) Kekayaan Yayasan.\n(2) Pengecualian.')).toEqual(['Pasal 5', '(1) Kekayaan Yayasan.', '(2) Pengecualian.']);
  });
});
