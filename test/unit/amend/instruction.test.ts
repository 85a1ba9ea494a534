import { describe, expect, it } from 'vitest';
import { readInstruction } from '../../../src/amend/instruction';

describe('readInstruction: the variants real drafters write', () => {
  it.each([
    ['Ketentuan Pasal 5 diubah sehingga berbunyi sebagai berikut:', 'diubah', ['5'], []],
    ['Pasal 1 diubah, sehingga pasal 1 berbunyi sebagai berikut:', 'diubah', ['1'], []],
    ['Ketentuan Pasal 12 diubah dan dibaca menjadi sebagai berikut:', 'diubah', ['12'], []],
    ['Ketentuan Pasal 8 disempurnakan menjadi sebagai berikut:', 'diubah', ['8'], []],
    [
      'Diantara Pasal 7 dan Pasal 8 disispkan 1 (satu) pasal yaitu Pasal 7A sehingga berbunyi sebagai berikut:',
      'disisipkan',
      ['7', '8'],
      ['7A'],
    ],
    [
      'Di antara Pasal 27 dan Pasal 28 disisipkan 2 (dua) pasal, yakni Pasal 27A dan Pasal 27B sehingga berbunyi sebagai berikut:',
      'disisipkan',
      ['27', '28'],
      ['27A', '27B'],
    ],
    // A scanned print's text layer (Perpres 76/2024) lost the space between "Pasal" and its number.
    [
      'Di antara Pasal5 dan Pasal6 disisipkan 3 (tiga) pasal, yakni Pasal 5A, Pasal 5B, dan Pasal 5C, sehingga berbunyi sebagai berikut:',
      'disisipkan',
      ['5', '6'],
      ['5A', '5B', '5C'],
    ],
    // Perpres 7/2025 as text recognition read it: "Pasal 1O" for Pasal 10.
    ['Ketentuan ayat (1) Pasal 1O diubah sehingga berbunyi sebagai berikut:', 'diubah', ['10'], []],
    ['Pasal 9 dihapus.', 'dihapus', ['9'], []],
    // The active voice of older instruments.
    ['Mengubah ketentuan Pasal 5 sehingga berbunyi sebagai berikut:', 'diubah', ['5'], []],
    ['Menghapus Pasal 6.', 'dihapus', ['6'], []],
    ['Menyisipkan 1 (satu) pasal di antara Pasal 9 dan Pasal 10, yakni Pasal 9A sehingga berbunyi sebagai berikut:', 'disisipkan', ['9', '10'], ['9A']],
    ['Menambahkan 1 (satu) pasal setelah Pasal 37, yakni Pasal 38 yang berbunyi sebagai berikut:', 'ditambah', ['37'], ['38']],
  ])('%s', (text, action, place, added) => {
    const ins = readInstruction(text);
    expect(ins.action).toBe(action);
    expect(ins.place.pasal).toEqual(place);
    expect(ins.added.pasal).toEqual(added);
  });

  it('ayat added at the end: "ditambah 1 (satu) ayat baru yakni ayat (4)"', () => {
    const ins = readInstruction(
      'Ketentuan Pasal 5 ditambah 1 (satu) ayat baru yakni ayat (4) sehingga Pasal 5 berbunyi sebagai berikut:',
    );
    expect(ins.action).toBe('ditambah');
    expect(ins.place.pasal).toEqual(['5']);
    expect(ins.added.ayat).toEqual(['4']);
  });

  it('ayat of a Pasal, BAB, Penjelasan, and an unknown verb', () => {
    expect(
      readInstruction(
        'Ketentuan ayat (2) dan ayat (3) Pasal 10 diubah, sehingga berbunyi sebagai berikut:',
      ).place,
    ).toMatchObject({ ayat: ['2', '3'], pasal: ['10'] });
    expect(readInstruction('Bab V dihapus.').place.bab).toEqual(['V']);
    expect(
      readInstruction(
        'Penjelasan Pasal 5 diubah sehingga berbunyi sebagaimana tercantum dalam penjelasan Peraturan Daerah ini.',
      ).scope,
    ).toBe('penjelasan');
    expect(readInstruction('Pasal 5 dipindahkan ke BAB III.').scope).toBe('unknown');
  });

  it('the citation of the amended Perda inside the sentence (single-change form, Lampiran items) is left out', () => {
    const single = readInstruction(
      'Ketentuan Pasal 5 dalam Peraturan Daerah Kota Batam Nomor 5 Tahun 2010 tentang Pencegahan (Lembaran Daerah Kota Batam Tahun 2010 Nomor 5, Tambahan Lembaran Daerah Kota Batam Nomor 45) diubah sehingga berbunyi sebagai berikut:',
    );
    expect(single).toMatchObject({
      action: 'diubah',
      scope: 'body',
      text: 'Ketentuan Pasal 5 diubah sehingga berbunyi sebagai berikut:',
    });
    expect(single.place.pasal).toEqual(['5']);
    const amended = readInstruction(
      'Di antara Pasal 7 dan Pasal 8 Peraturan Daerah Kota Batam Nomor 5 Tahun 2010 sebagaimana telah diubah dengan Peraturan Daerah Kota Batam Nomor 2 Tahun 2015, disisipkan 1 (satu) pasal, yakni Pasal 7A sehingga berbunyi sebagai berikut:',
    );
    expect(amended).toMatchObject({
      action: 'disisipkan',
      place: { pasal: ['7', '8'] },
      added: { pasal: ['7A'] },
    });
    const lampiran = readInstruction(
      'Ketentuan huruf A, huruf B, dan huruf D Lampiran I Peraturan Daerah Nomor 8 Tahun 2023 tentang Pajak Daerah dan Retribusi Daerah diubah sehingga menjadi sebagaimana tercantum dalam Lampiran I yang merupakan bagian tidak terpisahkan dari Perda ini.',
    );
    expect(lampiran).toMatchObject({ action: 'diubah', scope: 'lampiran' });
    expect(
      readInstruction(
        'Ketentuan Pasal 85 diubah sehingga berbunyi sebagaimana tercantum dalam Lampiran II.',
      ).scope,
    ).toBe('body');
  });
});
