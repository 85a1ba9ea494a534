/* eslint-disable @typescript-eslint/no-explicit-any -- these tests edit raw ProseMirror JSON of arbitrary shape */
/** Order of the kerangka and of the BAB types, judul, Menimbang/Mengingat, pengundangan (1.1–1.3, 1.10). */
import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { buildPerda, type BabSpec } from '../../../src/model/doc-builders';
import { perdaSchema } from '../../../src/model/schema';
import { fillTemplate } from '../../../src/model/templates';
import { runChecks } from '../../../src/checks';
import { babType } from '../../../src/checks/structure';
import { findingsOf } from './helpers';

const bab = (title: string): BabSpec => ({ title, pasal: [`Ketentuan mengenai ${title.toLowerCase()}.`] });

/** Rebuild a document with a changed JSON (for parts the builders always write correctly). */
function edit(doc: Node, change: (json: any) => void): Node {
  const json = doc.toJSON();
  change(json);
  return perdaSchema.nodeFromJSON(json);
}

describe('order of the BAB types', () => {
  it('classifies BAB titles', () => {
    expect(['KETENTUAN UMUM', 'Ketentuan  Pidana', 'PENYIDIKAN', 'KETENTUAN PERALIHAN', 'KETENTUAN PENUTUP', 'REHABILITASI'].map(babType))
      .toEqual(['umum', 'pidana', 'penyidikan', 'peralihan', 'penutup', 'materi']);
  });

  it('accepts the prescribed order and reports each misplaced BAB', () => {
    const good = buildPerda({ babs: ['KETENTUAN UMUM', 'PENCEGAHAN', 'KETENTUAN PENYIDIKAN', 'KETENTUAN PIDANA', 'KETENTUAN PERALIHAN', 'KETENTUAN PENUTUP'].map(bab) });
    expect(findingsOf(good, 'urutan-bab')).toEqual([]);
    const bad = buildPerda({ babs: ['PENCEGAHAN', 'KETENTUAN UMUM', 'KETENTUAN PIDANA', 'KETENTUAN PENYIDIKAN', 'KETENTUAN PENUTUP', 'REHABILITASI'].map(bab) });
    const found = findingsOf(bad, 'urutan-bab');
    expect(found.map((f) => [f.address, f.severity])).toEqual([
      ['BAB II', 'error'],
      ['BAB IV', 'warning'],
      ['BAB V', 'error'],
      ['BAB VI', 'error'],
    ]);
    expect(found[0]!.message).toBe('BAB II (KETENTUAN UMUM) harus menjadi BAB pertama (BAB I).');
    expect(found[1]!.message).toMatch(/^BAB IV \(KETENTUAN PENYIDIKAN\) harus ditempatkan sebelum BAB III \(KETENTUAN PIDANA\)/);
    expect(found[2]!.message).toBe('BAB V (KETENTUAN PENUTUP) harus menjadi BAB terakhir.');
    expect(found[0]!.citation).toMatch(/1\.1.*butir 62/);
  });

  it('asks for Ketentuan Umum and Ketentuan Penutup, and BAB titles in capitals', () => {
    const doc = buildPerda({ babs: [bab('PENCEGAHAN'), bab('Rehabilitasi')] });
    expect(findingsOf(doc, 'bab-wajib').map((f) => f.address)).toEqual(['BAB I', 'BAB II']);
    expect(findingsOf(doc, 'judul-bab').map((f) => [f.address, f.message])).toEqual([['BAB II', 'Judul BAB II ditulis seluruhnya dengan huruf kapital: "REHABILITASI".']]);
  });
});

describe('judul, Menimbang, Mengingat', () => {
  it('wants the judul in capitals without a final mark', () => {
    const doc = edit(buildPerda({ title: 'Pencegahan Narkotika' }), (j) => { j.content[0].content[0].text = 'Pencegahan Narkotika.'; });
    expect(findingsOf(doc, 'judul').map((f) => f.message)).toEqual([
      'Judul ditulis seluruhnya dengan huruf kapital: "PENCEGAHAN NARKOTIKA.".',
      'Judul tidak diakhiri tanda baca: hapus ".".',
    ]);
    expect(findingsOf(buildPerda({ title: 'Pencegahan Narkotika' }), 'judul')).toEqual([]);
  });

  it('wants every Menimbang item to begin with "bahwa" and end with ";", every Mengingat item to end with ";"', () => {
    const doc = buildPerda({
      menimbang: ['bahwa narkotika membahayakan;', 'penyalahgunaan meningkat;', 'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Peraturan Daerah tentang Contoh.'],
      mengingat: ['Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;', 'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah.'],
    });
    expect(findingsOf(doc, 'menimbang').map((f) => f.address)).toEqual(['Menimbang huruf b', 'Menimbang huruf c']);
    expect(findingsOf(doc, 'mengingat').map((f) => f.address)).toEqual(['Mengingat angka 2']);
  });
});

describe('kerangka: diktum, penutup, pengundangan', () => {
  it('accepts the builders\' kerangka and reports parts out of order or missing', () => {
    const doc = buildPerda({ babs: [bab('KETENTUAN UMUM'), bab('KETENTUAN PENUTUP')] });
    expect(findingsOf(doc, 'urutan-kerangka')).toEqual([]);
    expect(findingsOf(doc, 'formula-pengundangan')).toEqual([]);
    const swapped = edit(doc, (j) => {
      const penutup = j.content.find((n: any) => n.type === 'penutup');
      penutup.content.reverse();
    });
    expect(findingsOf(swapped, 'urutan-kerangka').map((f) => f.message)).toEqual(['Dalam penutup, Lembaran Daerah harus ditempatkan sebelum NOREG.']);
    expect(findingsOf(swapped, 'urutan-kerangka')[0]!.address).toBe('Pasal 2');
    const without = edit(doc, (j) => {
      const penutup = j.content.find((n: any) => n.type === 'penutup');
      penutup.content = penutup.content.filter((p: any) => p.attrs.role !== 'pengundangan');
    });
    const missing = findingsOf(without, 'formula-pengundangan');
    expect(missing.map((f) => [f.address, f.severity])).toEqual([['Pasal 2', 'warning']]);
    expect(missing[0]!.message).toContain('Agar setiap orang mengetahuinya, memerintahkan pengundangan');
  });

  it('finds nothing but hints on a new skeleton-like Perda', () => {
    const doc = buildPerda({
      penjelasan: true,
      babs: [
        { title: 'KETENTUAN UMUM', pasal: [{ text: fillTemplate('ketentuanUmumPembuka'), list: { style: 'angka', items: ['Daerah adalah Kota Batam.'] } }] },
        { title: 'KETENTUAN PENUTUP', pasal: [fillTemplate('mulaiBerlaku')] },
      ],
    });
    expect(runChecks(doc).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
