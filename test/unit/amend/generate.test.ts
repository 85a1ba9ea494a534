import { describe, expect, it } from 'vitest';
import { generateInstrument, instrumentToJson } from '../../../src/amend/index';
import { numberDocument } from '../../../src/model/numbering';
import { CASES, CITATION } from './cases';
import { edit, makeBase, SETTINGS, setText, unit, unitsOf } from './build';

describe('generateInstrument: one golden case per formula', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const base = makeBase();
      const inst = generateInstrument(base, edit(base, c.edit), { settings: SETTINGS });
      expect(inst.items.map((i) => ({ action: i.action, units: i.units, text: i.text }))).toEqual(
        c.items.map(({ action, units, text }) => ({ action, units, text })),
      );
      c.items.forEach((want, k) => {
        if (want.practice) expect(inst.items[k]?.note).toMatch(/praktik/);
        if (want.action !== 'dihapus' || want.units[0]?.includes('ayat'))
          expect(inst.items[k]?.restated.length).toBeGreaterThan(0);
      });
      expect(inst.warnings).toEqual([]);
    });
  }

  it('restates the whole Pasal with literal numbers and "Dihapus." for a deleted ayat', () => {
    const base = makeBase();
    const draft = edit(
      base,
      (j) => void (unitsOf(unit(j, 'pasal', '4'), 'ayat')[4]!.attrs!.deleted = true),
    );
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
    const inst = generateInstrument(base, edit(base, CASES.find((c) => c.items.length > 1)!.edit), {
      settings: SETTINGS,
    });
    expect(inst.doc?.attrs.kind).toBe('perubahan');
    expect(inst.text).toContain(
      'PERUBAHAN ATAS PERATURAN DAERAH KOTA BATAM NOMOR 5 TAHUN 2010 TENTANG PENCEGAHAN NARKOTIKA',
    );
    expect(inst.text).toContain(
      'Menetapkan : PERATURAN DAERAH TENTANG PERUBAHAN ATAS PERATURAN DAERAH KOTA BATAM NOMOR 5 TAHUN 2010 TENTANG PENCEGAHAN NARKOTIKA.',
    );
    expect(inst.text).toContain(
      'Beberapa ketentuan dalam Peraturan Daerah Kota Batam Nomor 5 Tahun 2010 tentang Pencegahan Narkotika (Lembaran Daerah Kota Batam Tahun 2010 Nomor 5, Tambahan Lembaran Daerah Kota Batam Nomor 45) diubah sebagai berikut:',
    );
    expect(inst.text).toMatch(
      /Pasal II\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan\./,
    );
    const numbering = numberDocument(inst.doc!);
    expect(
      [...numbering.values()]
        .filter((u) => u.type === 'pasal' && !u.address.includes('angka'))
        .map((u) => u.marker),
    ).toContain('Pasal II');
  });

  it('second amendment: PERUBAHAN KEDUA ATAS and the earlier amendment in the chapeau', () => {
    const base = makeBase();
    const settings = {
      ...SETTINGS,
      amendmentCount: 1,
      earlierAmendments: [
        { nomor: '2', tahun: '2015', gazetteYear: '2015', gazetteNo: '2', supplementNo: '60' },
      ],
    };
    const inst = generateInstrument(base, edit(base, CASES[0]!.edit), { settings });
    expect(inst.text).toContain(
      'PERUBAHAN KEDUA ATAS PERATURAN DAERAH KOTA BATAM NOMOR 5 TAHUN 2010',
    );
    expect(inst.text).toContain(
      'sebagaimana telah diubah dengan Peraturan Daerah Kota Batam Nomor 2 Tahun 2015 tentang Perubahan atas Peraturan Daerah Kota Batam Nomor 5 Tahun 2010',
    );
  });

  it('third amendment: each earlier amendment listed in the chapeau, "…" for what is not known', () => {
    const base = makeBase();
    const settings = {
      ...SETTINGS,
      amendmentCount: 2,
      earlierAmendments: [
        { nomor: '2', tahun: '2015', gazetteYear: '2015', gazetteNo: '2', supplementNo: '60' },
        { nomor: '7', tahun: '2019' },
      ],
    };
    const inst = generateInstrument(base, edit(base, CASES[0]!.edit), { settings });
    expect(inst.text).toContain('Nomor 2 Tahun 2015 (Lembaran Daerah Kota Batam Tahun 2015 Nomor 2, Tambahan Lembaran Daerah Kota Batam Nomor 60);');
    expect(inst.text).toContain('Nomor 7 Tahun 2019 (Lembaran Daerah Kota Batam Tahun 2019 Nomor …, Tambahan Lembaran Daerah Kota Batam Nomor …);');
  });

  it('advises penggantian above 50% with the rule cited, and gives the repeal clause', () => {
    const base = makeBase();
    const draft = edit(base, (j) => {
      for (const p of ['2', '3', '4', '5', '6'])
        setText(
          unitsOf(unit(j, 'pasal', p), 'ayat')[0] ?? unit(j, 'pasal', p),
          `Ketentuan baru Pasal ${p} tentang hal lain sama sekali.`,
        );
    });
    const inst = generateInstrument(base, draft, { settings: SETTINGS });
    expect(inst.share.pasal).toBeGreaterThan(0.5);
    expect(inst.recommendation).toBe('penggantian');
    expect(inst.reasons.join(' ')).toContain('Lampiran II UU 12/2011');
    const rep = generateInstrument(base, draft, { settings: SETTINGS, mode: 'penggantian' });
    expect(rep.doc).toBeNull();
    expect(rep.text.trim()).toBe(
      'Pada saat Peraturan Daerah ini mulai berlaku, Peraturan Daerah Kota Batam Nomor 5 Tahun 2010 tentang Pencegahan Narkotika (Lembaran Daerah Kota Batam Tahun 2010 Nomor 5, Tambahan Lembaran Daerah Kota Batam Nomor 45), dicabut dan dinyatakan tidak berlaku.',
    );
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

  it('one Pasal changed: the single-change form of 3.4.1 Contoh 2, without item number, in the text', () => {
    const base = makeBase();
    const inst = generateInstrument(base, edit(base, CASES[0]!.edit), { settings: SETTINGS });
    expect(inst.items).toHaveLength(1);
    expect(inst.items[0]).toMatchObject({
      template: 'pasalITunggal',
      formula: 'F1 (3.4.1 Contoh 2)',
      units: ['Pasal 3'],
    });
    expect(inst.items[0]?.hint).toContain('3.4.1 Contoh 2');
    expect(inst.text).toContain(
      `Pasal I\nKetentuan Pasal 3 dalam ${CITATION} diubah sehingga berbunyi sebagai berikut:\n`,
    );
    expect(inst.text).not.toContain('Beberapa ketentuan');
    expect(inst.text).not.toMatch(/^\s*1\.\s/m);
    expect(inst.text).toMatch(
      /sebagai berikut:\n\n\s+Pasal 3\n\s+Masyarakat dan dunia usaha berperan serta dalam pencegahan\.\n/,
    );
    const pasalI = inst.doc!.child(2).child(0);
    expect(pasalI.childCount).toBe(2);
    expect(pasalI.child(1).type.name).toBe('changeItem');
    expect(pasalI.child(1).attrs.baseNum).toBeNull();
  });

  it('one change of another kind, or in a Perda amended before, keeps Contoh 1 with one numbered item and says why', () => {
    const base = makeBase();
    const f2 = generateInstrument(
      base,
      edit(base, CASES.find((c) => c.name.startsWith('F2'))!.edit),
      { settings: SETTINGS },
    );
    expect(f2.text).toContain(
      'diubah sebagai berikut:\n1.  Ketentuan ayat (2) Pasal 2 diubah sehingga berbunyi sebagai berikut:',
    );
    expect(f2.items[0]?.hint).toContain(
      'untuk satu perubahan jenis lain dipakai rumusan Contoh 1 dengan satu butir',
    );
    const settings = {
      ...SETTINGS,
      amendmentCount: 1,
      earlierAmendments: [{ nomor: '2', tahun: '2015' }],
    };
    const again = generateInstrument(base, edit(base, CASES[0]!.edit), { settings });
    expect(again.items[0]?.text).toBe(
      'Ketentuan Pasal 3 diubah sehingga berbunyi sebagai berikut:',
    );
    expect(again.items[0]?.hint).toContain('Perda yang telah diubah sebelumnya');
    expect(again.text).toContain('1.  Ketentuan Pasal 3 diubah sehingga berbunyi sebagai berikut:');
  });

  it('writes the Penjelasan of 3.6: Pasal I with "Angka N", each restated Pasal and its explanation, Pasal II', () => {
    const base = makeBase();
    const paras = (inst: ReturnType<typeof generateInstrument>, label: string) => {
      const out: string[] = [];
      inst.doc!.descendants((n) => {
        if (n.type.name === 'penjelasanPasal' && n.attrs.label === label)
          n.forEach((p) => out.push(p.textContent));
        return true;
      });
      return out;
    };
    const several = generateInstrument(
      base,
      edit(base, CASES.find((c) => c.name.startsWith('several'))!.edit),
      { settings: SETTINGS },
    );
    expect(paras(several, 'Pasal I')).toEqual([
      'Angka 1',
      'Pasal 2',
      'Cukup jelas.',
      'Angka 2',
      'Pasal 4A',
      'Cukup jelas.',
      'Angka 3',
      'Cukup jelas.',
    ]);
    expect(paras(several, 'Pasal II')).toEqual(['Cukup jelas.']);
    expect(several.text).toMatch(
      /PENJELASAN[\s\S]*TENTANG\s+PERUBAHAN ATAS PERATURAN DAERAH KOTA BATAM NOMOR 5 TAHUN 2010[\s\S]*II\. PASAL DEMI PASAL\s+Pasal I\s+Angka 1\s+Pasal 2\s+Cukup jelas\./,
    );
    const f18 = generateInstrument(
      base,
      edit(base, CASES.find((c) => c.name.startsWith('F18'))!.edit),
      { settings: SETTINGS },
    );
    expect(paras(f18, 'Pasal I')).toEqual([
      'Angka 1',
      'Pasal 3',
      'Yang dimaksud dengan “peran serta” adalah keikutsertaan aktif.',
    ]);
    const single = generateInstrument(base, edit(base, CASES[0]!.edit), {
      settings: { ...SETTINGS, penjelasanUmum: ['Perubahan ini menyesuaikan peran serta.'] },
    });
    expect(paras(single, 'Pasal I')).toEqual(['Pasal 3', 'Cukup jelas.']);
    expect(single.text).toContain('Perubahan ini menyesuaikan peran serta.');
  });

  it('F19 Lampiran changed: the practice formula, the new Lampiran carried by the instrument', () => {
    const lampiran = (text: string) => ({
      type: 'lampiran',
      attrs: { uid: 'l1', title: 'LAMPIRAN' },
      content: [{ type: 'para', content: [{ type: 'text', text }] }],
    });
    const base = edit(makeBase(), (j) => void j.content!.push(lampiran('Tabel lama.')));
    const draft = edit(base, (j) => void j.content!.splice(-1, 1, lampiran('Tabel baru.')));
    const inst = generateInstrument(base, draft, { settings: SETTINGS });
    expect(inst.items.map((i) => [i.action, i.units, i.text, i.formula])).toEqual([
      [
        'diubah',
        ['Lampiran'],
        'Ketentuan Lampiran diubah sehingga menjadi sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Peraturan Daerah ini.',
        'F19',
      ],
    ]);
    expect(inst.items[0]?.note).toMatch(/praktik/);
    expect(inst.text).toContain('Tabel baru.');
  });
});
