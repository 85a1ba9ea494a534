import { describe, expect, it } from 'vitest';
import { generateInstrument, instrumentToJson } from '../../../src/amend/index';
import { numberDocument } from '../../../src/model/numbering';
import { CASES } from './cases';
import { edit, makeBase, SETTINGS, setText, unit, unitsOf } from './build';

describe('generateInstrument: one golden case per formula', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const base = makeBase();
      const inst = generateInstrument(base, edit(base, c.edit), { settings: SETTINGS });
      expect(inst.items.map((i) => ({ action: i.action, units: i.units, text: i.text }))).toEqual(c.items.map(({ action, units, text }) => ({ action, units, text })));
      c.items.forEach((want, k) => {
        if (want.practice) expect(inst.items[k]?.note).toMatch(/praktik/);
        if (want.action !== 'dihapus' || want.units[0]?.includes('ayat')) expect(inst.items[k]?.restated.length).toBeGreaterThan(0);
      });
      expect(inst.warnings).toEqual([]);
    });
  }

  it('restates the whole Pasal with literal numbers and "Dihapus." for a deleted ayat', () => {
    const base = makeBase();
    const draft = edit(base, (j) => void (unitsOf(unit(j, 'pasal', '4'), 'ayat')[4]!.attrs!.deleted = true));
    const inst = generateInstrument(base, draft, { settings: SETTINGS });
    const restated = inst.items[0]!.restated[0]!;
    expect(restated.attrs?.baseNum).toBe('4');
    const ayat = restated.content!.filter((c) => c.type === 'ayat');
    expect(ayat.map((a) => a.attrs?.baseNum)).toEqual(['1', '2', '3', '4', '5']);
    expect(ayat[4]?.attrs?.deleted).toBe(true);
    expect(ayat[4]?.content?.[0]?.content?.[0]?.text).toBe('Dihapus.');
    expect(inst.text).toContain('(5) Dihapus.');
  });

  it('writes the instrument: judul, diktum, Pasal I chapeau with the Lembaran Daerah, Pasal II', () => {
    const base = makeBase();
    const inst = generateInstrument(base, edit(base, CASES[0]!.edit), { settings: SETTINGS });
    expect(inst.doc?.attrs.kind).toBe('perubahan');
    expect(inst.text).toContain('PERUBAHAN ATAS PERATURAN DAERAH KOTA BATAM NOMOR 5 TAHUN 2010 TENTANG PENCEGAHAN NARKOTIKA');
    expect(inst.text).toContain('Menetapkan : PERATURAN DAERAH TENTANG PERUBAHAN ATAS PERATURAN DAERAH KOTA BATAM NOMOR 5 TAHUN 2010 TENTANG PENCEGAHAN NARKOTIKA.');
    expect(inst.text).toContain('Beberapa ketentuan dalam Peraturan Daerah Kota Batam Nomor 5 Tahun 2010 tentang Pencegahan Narkotika (Lembaran Daerah Kota Batam Tahun 2010 Nomor 5, Tambahan Lembaran Daerah Kota Batam Nomor 45) diubah sebagai berikut:');
    expect(inst.text).toMatch(/Pasal II\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan\./);
    const numbering = numberDocument(inst.doc!);
    expect([...numbering.values()].filter((u) => u.type === 'pasal' && !u.address.includes('angka')).map((u) => u.marker)).toContain('Pasal II');
  });

  it('second amendment: PERUBAHAN KEDUA ATAS and the earlier amendment in the chapeau', () => {
    const base = makeBase();
    const settings = { ...SETTINGS, amendmentCount: 1, earlierAmendments: [{ nomor: '2', tahun: '2015', gazetteYear: '2015', gazetteNo: '2', supplementNo: '60' }] };
    const inst = generateInstrument(base, edit(base, CASES[0]!.edit), { settings });
    expect(inst.text).toContain('PERUBAHAN KEDUA ATAS PERATURAN DAERAH KOTA BATAM NOMOR 5 TAHUN 2010');
    expect(inst.text).toContain('sebagaimana telah diubah dengan Peraturan Daerah Kota Batam Nomor 2 Tahun 2015 tentang Perubahan atas Peraturan Daerah Kota Batam Nomor 5 Tahun 2010');
  });

  it('advises penggantian above 50% with the rule cited, and gives the repeal clause', () => {
    const base = makeBase();
    const draft = edit(base, (j) => {
      for (const p of ['2', '3', '4', '5', '6']) setText(unitsOf(unit(j, 'pasal', p), 'ayat')[0] ?? unit(j, 'pasal', p), `Ketentuan baru Pasal ${p} tentang hal lain sama sekali.`);
    });
    const inst = generateInstrument(base, draft, { settings: SETTINGS });
    expect(inst.share.pasal).toBeGreaterThan(0.5);
    expect(inst.recommendation).toBe('penggantian');
    expect(inst.reasons.join(' ')).toContain('Lampiran II UU 12/2011');
    const rep = generateInstrument(base, draft, { settings: SETTINGS, mode: 'penggantian' });
    expect(rep.doc).toBeNull();
    expect(rep.text.trim()).toBe('Pada saat Peraturan Daerah ini mulai berlaku, Peraturan Daerah Kota Batam Nomor 5 Tahun 2010 tentang Pencegahan Narkotika (Lembaran Daerah Kota Batam Tahun 2010 Nomor 5, Tambahan Lembaran Daerah Kota Batam Nomor 45), dicabut dan dinyatakan tidak berlaku.');
  });

  it('small change: perubahan, and the CLI JSON shape', () => {
    const base = makeBase();
    const inst = generateInstrument(base, edit(base, CASES[0]!.edit), { settings: SETTINGS });
    const json = instrumentToJson(inst);
    expect(json.recommendation).toBe('perubahan');
    expect(json.share.pasal).toBeCloseTo(1 / 8, 3);
    expect(json.share.text).toBeGreaterThan(0);
    expect(json.share.text).toBeLessThan(0.2);
    expect(json.items[0]).toMatchObject({ action: 'diubah', units: ['Pasal 3'] });
  });
});
