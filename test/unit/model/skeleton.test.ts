import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { newPerdaSkeleton, type SkeletonRegion } from '../../../src/model/skeleton';
import { numberDocument } from '../../../src/model/numbering';
import { parseDocJson } from '../../../src/model/validate';
import { referencePhrase } from '../../../src/model/references';
import { generatePerda, SAMPLE_REGION } from '../../../src/model/doc-builders';

const BANJARNEGARA: SkeletonRegion = {
  name: 'KABUPATEN BANJARNEGARA',
  place: 'Banjarnegara',
  head: 'BUPATI BANJARNEGARA',
  province: 'PROVINSI JAWA TENGAH',
  gazette: 'Lembaran Daerah Kabupaten Banjarnegara',
  secretary: 'SEKRETARIS DAERAH KABUPATEN BANJARNEGARA',
  considerationVerb: 'perlu menetapkan',
};

const texts = (doc: Node, type: string) => {
  const out: string[] = [];
  doc.descendants((n) => {
    if (n.type.name === type) out.push(n.textContent);
    return true;
  });
  return out;
};

/** Every uid in a document. */
const uids = (doc: Node) => {
  const out: string[] = [];
  doc.descendants((n) => {
    if (typeof n.attrs.uid === 'string') out.push(n.attrs.uid);
    return true;
  });
  return out;
};

describe('newPerdaSkeleton', () => {
  const title = 'Fasilitasi Pencegahan dan Pemberantasan Penyalahgunaan dan Peredaran Gelap Narkotika dan Prekursor Narkotika';
  const doc = newPerdaSkeleton({ title, mode: 'penggantian', region: SAMPLE_REGION });

  it('is schema-valid and every unit has its own uid', () => {
    expect(() => doc.check()).not.toThrow();
    expect(() => parseDocJson(doc.toJSON())).not.toThrow();
    const all = uids(doc);
    expect(all.every((u) => /^[0-9a-z]{12}$/.test(u))).toBe(true);
    expect(new Set(all).size).toBe(all.length);
  });

  it('has the judul, frasa, jabatan and diktum of 1.13', () => {
    const judul = doc.firstChild!;
    expect(judul.attrs.prefix).toBe('PERATURAN DAERAH KOTA BATAM');
    expect(judul.textContent).toBe(title.toUpperCase());
    expect(texts(doc, 'frasa')).toEqual(['DENGAN RAHMAT TUHAN YANG MAHA ESA']);
    expect(texts(doc, 'jabatan')).toEqual(['WALI KOTA BATAM,']);
    const diktum: Array<[string, string]> = [];
    doc.descendants((n, _p, parent) => {
      if (parent?.type.name === 'diktum') diktum.push([n.attrs.role, n.textContent]);
      return true;
    });
    expect(diktum).toEqual([
      ['persetujuanBersama', 'Dengan Persetujuan Bersama'],
      ['dprd', 'DEWAN PERWAKILAN RAKYAT DAERAH KOTA BATAM'],
      ['dan', 'dan'],
      ['kepalaDaerah', 'WALI KOTA BATAM'],
      ['memutuskan', 'MEMUTUSKAN:'],
      ['menetapkan', `Menetapkan : PERATURAN DAERAH TENTANG ${title.toUpperCase()}.`],
    ]);
  });

  it('numbers Menimbang a.–d., Mengingat 1.–3., BAB I–III and Pasal 1..3', () => {
    const n = [...numberDocument(doc).values()];
    expect(n.filter((u) => u.address.startsWith('Menimbang')).map((u) => u.marker)).toEqual(['a.', 'b.', 'c.', 'd.']);
    expect(n.filter((u) => u.address.startsWith('Mengingat')).map((u) => u.marker)).toEqual(['1.', '2.', '3.']);
    expect(n.filter((u) => u.type === 'bab').map((u) => u.marker)).toEqual(['BAB I', 'BAB II', 'BAB III']);
    expect(n.filter((u) => u.type === 'pasal').map((u) => u.num)).toEqual(['1', '2', '3']);
    expect(n.filter((u) => u.type === 'bagian').map((u) => u.address)).toEqual(['BAB II Bagian Kesatu']);
    expect(n.filter((u) => u.address.startsWith('Pasal 1 angka')).length).toBe(5);
    expect(n.filter((u) => u.address.startsWith('Pasal 2 ayat (2) huruf')).map((u) => u.marker)).toEqual(['a.', 'b.', 'c.']);
  });

  it('writes the final konsiderans item, the definitions and the commencement from templates', () => {
    const items = texts(doc, 'item');
    expect(items[3]).toBe(`bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, dan huruf c, perlu menetapkan Peraturan Daerah tentang ${title};`);
    expect(items[4]).toBe('Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;');
    expect(items).toContain('Daerah adalah Kota Batam.');
    expect(items).toContain('Wali Kota adalah Wali Kota Batam.');
    expect(items).toContain('Dewan Perwakilan Rakyat Daerah yang selanjutnya disingkat DPRD adalah Dewan Perwakilan Rakyat Daerah Kota Batam.');
    expect(texts(doc, 'pasal')[2]).toBe('Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.');
  });

  it('links the reference in Pasal 2 ayat (2) to ayat (1)', () => {
    let ref: { target: string } | null = null;
    let from = '';
    doc.descendants((n) => {
      if (n.type.name === 'ayat') from = n.attrs.uid;
      if (n.type.name === 'ref') ref = n.attrs as { target: string };
      return true;
    });
    expect(ref).not.toBeNull();
    expect(referencePhrase(doc, from, ref!.target)).toBe('sebagaimana dimaksud pada ayat (1)');
  });

  it('has the penutup paragraphs with roles and a Penjelasan entry per Pasal', () => {
    const penutup = doc.child(3);
    expect(penutup.type.name).toBe('penutup');
    const roles: string[] = [];
    penutup.forEach((p) => roles.push(p.attrs.role));
    expect(roles).toEqual(['pengundangan', 'ditetapkan', 'diundangkan', 'lembaranDaerah', 'noreg']);
    expect(penutup.child(3).textContent).toBe('LEMBARAN DAERAH KOTA BATAM TAHUN ... NOMOR ...');
    const numbering = numberDocument(doc);
    const entries = [...numbering.values()].filter((u) => u.type === 'penjelasanPasal');
    const pasal = [...numbering.values()].filter((u) => u.type === 'pasal');
    expect(entries.map((u) => u.pasalUid)).toEqual(pasal.map((u) => u.uid));
    expect(entries.map((u) => u.marker)).toEqual(['Pasal 1', 'Pasal 2', 'Pasal 3']);
    expect(texts(doc, 'penjelasanPasal')).toEqual(['Cukup jelas.', 'Cukup jelas.', 'Cukup jelas.']);
  });

  it('takes every region string from the settings', () => {
    const other = newPerdaSkeleton({ title: 'RETRIBUSI PARKIR', mode: 'perubahan', region: BANJARNEGARA });
    const json = JSON.stringify(other.toJSON());
    expect(json).not.toMatch(/batam|wali kota/i);
    expect(texts(other, 'jabatan')).toEqual(['BUPATI BANJARNEGARA,']);
    expect(texts(other, 'item')).toContain('Bupati adalah Bupati Banjarnegara.');
    expect(texts(other, 'item')[3]).toMatch(/Peraturan Daerah tentang Retribusi Parkir;$/);
    expect(other.attrs.mode).toBe('perubahan');
    expect([...numberDocument(other).values()].filter((u) => u.type === 'pasal').map((u) => u.num)).toEqual(['1', '2', '3']);
  });
});

describe('generatePerda', () => {
  it('builds a deterministic, valid 1,000-Pasal document in 10–20 BAB', () => {
    const a = generatePerda(1000, { seed: 7 });
    const b = generatePerda(1000, { seed: 7 });
    expect(JSON.stringify(a.toJSON())).toBe(JSON.stringify(b.toJSON()));
    expect(() => parseDocJson(a.toJSON())).not.toThrow();
    const n = [...numberDocument(a).values()];
    const pasal = n.filter((u) => u.type === 'pasal');
    expect(pasal.length).toBe(1000);
    expect(pasal[999]?.num).toBe('1000');
    const babs = n.filter((u) => u.type === 'bab').length;
    expect(babs).toBeGreaterThanOrEqual(10);
    expect(babs).toBeLessThanOrEqual(20);
    expect(n.some((u) => u.type === 'bagian')).toBe(true);
    expect(n.some((u) => u.type === 'paragraf')).toBe(true);
    expect(n.filter((u) => u.type === 'ayat').length).toBeGreaterThan(1000);
    expect(JSON.stringify(generatePerda(50, { seed: 8 }).toJSON())).not.toBe(JSON.stringify(generatePerda(50, { seed: 9 }).toJSON()));
  });
});
