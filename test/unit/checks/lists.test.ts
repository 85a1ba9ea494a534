/** Tabulasi checks (drafting-rules.md 1.4.3): endings, "dan/atau", ":", depth, definitions. */
import { describe, expect, it } from 'vitest';
import { buildPerda, type ItemSpec } from '../../../src/model/doc-builders';
import { fillTemplate } from '../../../src/model/templates';
import { findingsOf, spanText } from './helpers';

/** A Perda whose Pasal 2 holds `items` after "… meliputi:". */
function withList(items: ItemSpec[], intro = 'Kegiatan pencegahan meliputi:') {
  return buildPerda({
    babs: [
      { title: 'KETENTUAN UMUM', pasal: [{ text: fillTemplate('ketentuanUmumPembuka'), list: { style: 'angka', items: ['Daerah adalah Kota Batam.', 'Kegiatan adalah kegiatan pencegahan.'] } }] },
      { title: 'PENCEGAHAN', pasal: [{ text: intro, list: items }] },
      { title: 'KETENTUAN PENUTUP', pasal: [fillTemplate('mulaiBerlaku')] },
    ],
  });
}

const messages = (doc: ReturnType<typeof withList>) => findingsOf(doc, 'tanda-baca-rincian').map((f) => [f.address, f.message]);

describe('list punctuation', () => {
  it('accepts a well punctuated list (";", "; dan", ".")', () => {
    expect(messages(withList(['sosialisasi;', 'penyuluhan; dan', 'pelatihan.']))).toEqual([]);
    expect(messages(withList(['sosialisasi; atau', 'pelatihan.']))).toEqual([]);
    expect(messages(withList(['sosialisasi;', 'penyuluhan; dan/atau', 'pelatihan.']))).toEqual([]);
  });

  it('flags a missing "dan" on the last-but-one item, pointing at its end', () => {
    const doc = withList(['sosialisasi;', 'penyuluhan;', 'pelatihan.']);
    const found = findingsOf(doc, 'tanda-baca-rincian');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ address: 'Pasal 2 huruf b', severity: 'warning' });
    expect(found[0]!.message).toMatch(/"; dan"/);
    expect(found[0]!.citation).toMatch(/drafting-rules\.md 1\.4\.3.*WS p\.113/);
    expect(spanText(doc, found[0]!)).toBe(';');
  });

  it('flags a wrong ending on a middle item, a missing final full stop and a "dan" in the wrong place', () => {
    expect(messages(withList(['sosialisasi.', 'penyuluhan; dan', 'pelatihan;']))).toEqual([
      ['Pasal 2 huruf a', 'Rincian diakhiri dengan tanda baca titik koma (";").'],
      ['Pasal 2 huruf c', 'Rincian terakhir diakhiri dengan tanda baca titik (".").'],
    ]);
    const conjEarly = messages(withList(['sosialisasi; dan', 'penyuluhan;', 'pelatihan.']));
    expect(conjEarly.map((m) => m[0])).toEqual(['Pasal 2 huruf a', 'Pasal 2 huruf b']);
    expect(conjEarly[0]![1]).toMatch(/hanya ditulis sesudah rincian kedua terakhir/);
    expect(messages(withList(['sosialisasi;', 'penyuluhan, dan', 'pelatihan.']))[0]![1]).toMatch(/titik koma sebelum kata sambung/);
  });

  it('wants ":" after the opening sentence and after an item with sub-items', () => {
    const doc = withList([
      { text: 'sosialisasi melalui', list: ['media cetak;', 'media elektronik; dan', 'media sosial;'] },
      'pelatihan.',
    ], 'Kegiatan pencegahan meliputi');
    expect(messages(doc)).toEqual([
      ['Pasal 2', 'Kalimat pembuka rincian diakhiri dengan tanda baca titik dua (":").'],
      ['Pasal 2 huruf a', 'Rincian yang masih mempunyai rincian lebih lanjut diakhiri dengan tanda baca titik dua (":").'],
    ]);
  });

  it('judges the last sub-item by the place of its parent item', () => {
    // Under a middle item the last sub-item ends with ";" (with or without "dan") ...
    expect(messages(withList([{ text: 'sosialisasi melalui:', list: ['media cetak; dan', 'media sosial;'] }, 'penyuluhan; dan', 'pelatihan.']))).toEqual([]);
    // ... under the last item it ends the sentence.
    expect(messages(withList(['penyuluhan; dan', { text: 'sosialisasi melalui:', list: ['media cetak; dan', 'media sosial;'] }]))).toEqual([
      ['Pasal 2 huruf b angka 2', 'Rincian terakhir diakhiri dengan tanda baca titik (".").'],
    ]);
  });

  it('stays calm while an item is being typed: an empty last item is ignored', () => {
    expect(messages(withList(['sosialisasi;', 'penyuluhan; dan', 'pelatihan.', '']))).toEqual([]);
    const empty = findingsOf(withList(['sosialisasi;', 'penyuluhan; dan', 'pelatihan.', '']), 'unit-kosong');
    expect(empty.map((f) => [f.address, f.severity])).toEqual([['Pasal 2 huruf d', 'info']]);
  });

  it('flags lists deeper than 4 levels once', () => {
    const deep: ItemSpec = { text: 'satu:', list: [{ text: 'dua:', list: [{ text: 'tiga:', list: [{ text: 'empat:', list: ['lima.'] }] }] }] };
    const found = findingsOf(withList([deep]), 'kedalaman-rincian');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/lebih dari 4 \(empat\) tingkat/);
    expect(findingsOf(withList([{ text: 'satu:', list: [{ text: 'dua:', list: [{ text: 'tiga:', list: ['empat.'] }] }] }]), 'kedalaman-rincian')).toEqual([]);
  });

  it('flags a capitalised item only when its list otherwise follows the lower-case rule', () => {
    expect(findingsOf(withList(['sosialisasi;', 'Penyuluhan; dan', 'pelatihan.']), 'rincian-huruf-kecil').map((f) => f.address)).toEqual(['Pasal 2 huruf b']);
    expect(findingsOf(withList(['Pemerintah Daerah;', 'Masyarakat; dan', 'Badan usaha.']), 'rincian-huruf-kecil')).toEqual([]);
  });
});

describe('definitions (the exception)', () => {
  const defs = (items: string[]) =>
    buildPerda({ babs: [{ title: 'KETENTUAN UMUM', pasal: [{ text: fillTemplate('ketentuanUmumPembuka'), list: { style: 'angka', items } }] }, { title: 'KETENTUAN PENUTUP', pasal: ['Daerah dan Wali Kota melaksanakan Peraturan Daerah ini.'] }] });

  it('wants a capital at the start and a full stop at the end of every definition, not ";"', () => {
    expect(findingsOf(defs(['Daerah adalah Kota Batam.', 'Wali Kota adalah Wali Kota Batam.']), 'definisi-tanda-baca')).toEqual([]);
    expect(findingsOf(defs(['Daerah adalah Kota Batam.', 'Wali Kota adalah Wali Kota Batam.']), 'tanda-baca-rincian')).toEqual([]);
    const found = findingsOf(defs(['Daerah adalah Kota Batam;', 'wali Kota adalah Wali Kota Batam.']), 'definisi-tanda-baca');
    expect(found.map((f) => [f.address, f.message])).toEqual([
      ['Pasal 1 angka 1', 'Setiap definisi dalam Ketentuan Umum diakhiri dengan tanda baca titik (".").'],
      ['Pasal 1 angka 2', 'Setiap definisi dalam Ketentuan Umum diawali dengan huruf kapital.'],
    ]);
    expect(found[0]!.citation).toMatch(/1\.5/);
  });
});
