/**
 * An ayat cut from one Pasal and pasted into another (the real Sulawesi Utara 4/2014 text:
 * Pasal 27 ayat (4), on the rehabilitation budget, moved word for word to the end of Pasal 29 as
 * its ayat (3)): both Pasal read as changed, and their part rows link the two places (not one
 * ayat deleted and an unrelated one inserted); the comparison table says where it went and where
 * it came from. With only its closing punctuation changed it still links (as changed); reworded,
 * it does not (each row only names the other as reading alike), and neither do two "Ketentuan
 * lebih lanjut mengenai ... diatur dalam Peraturan Walikota" ayat on other subjects (the real Surabaya 2018 text: the one on honorarium and jaminan
 * sosial deleted from Pasal 17, one on insentif inserted in Pasal 27): a wrong link is worse than none.
 * Left behind as "(4) Dihapus.", the ayat still links; and a Pasal kept as "Dihapus." whose text
 * went into another Pasal lists that link in its own (deleted) row too. Moved into a newly inserted
 * Pasal (with an ayat of its own), or out of a Pasal then deleted, it links the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { partElsewhere } from '../../../src/diff/part-elsewhere';
import { comparisonTable } from '../../../src/export/table/index';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const original = fs.readFileSync(path.join(corpusDir, 'perda-prov-sulut-2014-04-minuman-beralkohol.txt'), 'utf8');
const ayat4 = `(4)   Anggaran pelaksanaan rehabilitasi sebagaimana dimaksud pada ayat
      (1) dibebankan dalam Anggaran Pendapatan dan Belanja Daerah
      Provinsi/Kabupaten/Kota sesuai dengan kewenangannya.
`;
const anchor = '      (1) dibebankan dalam APBD.\n';

/** The text with Pasal 27 ayat (4) moved to the end of Pasal 29. */
function moved(): string {
  expect(original.split(ayat4).length - 1).toBe(1);
  const without = original.replace(ayat4, '');
  expect(without.split(anchor).length - 1).toBe(1);
  return without.replace(anchor, anchor + ayat4.replace('(4)   ', '(3)   '));
}

describe('an ayat moved to another Pasal', () => {
  const c = compareDocs(parseText(original).doc, parseText(moved()).doc);

  it('both Pasal changed, their part rows name the other place', () => {
    const rows = c.pasal.filter((r) => r.status !== 'unchanged');
    expect(rows.map((r) => `${r.status} ${r.old?.label} -> ${r.new?.label}`)).toEqual(['changed Pasal 27 -> Pasal 27', 'changed Pasal 29 -> Pasal 29']);
    for (const r of rows) {
      const parts = r.parts.filter((p) => p.status !== 'unchanged').map((p) => `${p.status} ${p.old?.label} -> ${p.new?.label}`);
      expect(parts).toEqual(['moved Pasal 27 ayat (4) -> Pasal 29 ayat (3)']);
    }
  });

  it('the comparison table notes where the ayat went and where it came from', () => {
    const t = comparisonTable(c, { oldLabel: 'lama', newLabel: 'baru' });
    const notes = t.rows.flatMap((r) => (r.kind === 'row' ? r.cells[3]!.map((p) => p.runs.map((x) => x.text).join('')) : []));
    // Both Pasal print part by part: the ayat's own row says where it went, and where it came from.
    expect(notes).toContain('Dipindahkan ke Pasal 29 ayat (3)');
    expect(notes).toContain('Dipindahkan dari Pasal 27 ayat (4)');
  });

  it('reads a part row as moved between Pasal only when its sides lie in different Pasal', () => {
    expect(partElsewhere('Pasal 27', 'Pasal 27', 'Pasal 27 ayat (4)', 'Pasal 29 ayat (3)')).toEqual({ direction: 'to', own: 'ayat (4)', other: 'Pasal 29 ayat (3)' });
    expect(partElsewhere('Pasal 29', 'Pasal 29', 'Pasal 27 ayat (4)', 'Pasal 29 ayat (3)')).toEqual({ direction: 'from', own: 'ayat (3)', other: 'Pasal 27 ayat (4)' });
    expect(partElsewhere('Pasal 16', 'Pasal 17', 'Pasal 16 ayat (1)', 'Pasal 17 ayat (3)')).toBeNull();
    expect(partElsewhere('Pasal 16', 'Pasal 17', 'Pasal 16 ayat (1)', undefined)).toBeNull();
  });

  it('moved with other closing punctuation: still linked, as changed; moved and reworded: not linked', () => {
    const repunctuated = moved().replace('Provinsi/Kabupaten/Kota sesuai dengan kewenangannya.\n\n', 'Provinsi/Kabupaten/Kota sesuai dengan kewenangannya;\n\n');
    expect(repunctuated).not.toBe(moved());
    const d = compareDocs(parseText(original).doc, parseText(repunctuated).doc);
    const linked = d.pasal.flatMap((r) => r.parts.filter((p) => p.status !== 'unchanged').map((p) => `${r.new?.label}: ${p.status} ${p.old?.label} -> ${p.new?.label}`));
    expect(linked).toEqual(['Pasal 27: changed Pasal 27 ayat (4) -> Pasal 29 ayat (3)', 'Pasal 29: changed Pasal 27 ayat (4) -> Pasal 29 ayat (3)']);
    const reworded = moved().replace('(3)   Anggaran pelaksanaan rehabilitasi', '(3)   Biaya pelaksanaan rehabilitasi');
    const e = compareDocs(parseText(original).doc, parseText(reworded).doc);
    const parts = e.pasal.flatMap((r) => r.parts.filter((p) => p.status !== 'unchanged').map((p) => `${p.status} ${p.old?.label ?? '-'} -> ${p.new?.label ?? '-'} (alike ${p.alike ?? '-'})`));
    // Not a move, but each row names the other part as reading alike (`alike-parts.ts`).
    expect(parts).toEqual(['deleted Pasal 27 ayat (4) -> - (alike Pasal 29 ayat (3))', 'inserted - -> Pasal 29 ayat (3) (alike Pasal 27 ayat (4))']);
  });

  it('two delegation ayat sharing little beyond the formula stay deleted and inserted', () => {
    const surabaya = fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'), 'utf8');
    const gone = '(4)   Ketentuan lebih lanjut mengenai hubungan kerja,\n      pemberian honorarium dan jaminan sosial diatur dalam\n      Peraturan Walikota.\n';
    const after = '   (3)   Ketentuan lebih lanjut mengenai pemberian Insentif diatur\n         dalam Peraturan Walikota.\n';
    expect(surabaya.split(gone).length - 1).toBe(1);
    expect(surabaya.split(after).length - 1).toBe(1);
    const added = '   (4)   Ketentuan lebih lanjut mengenai hubungan kerja dan pemberian\n         insentif diatur dalam Peraturan Walikota.\n';
    const revised = surabaya.replace(gone, '').replace(after, after + added);
    const d = compareDocs(parseText(surabaya).doc, parseText(revised).doc);
    const parts = d.pasal.flatMap((r) => r.parts.filter((p) => p.status !== 'unchanged').map((p) => `${p.status} ${p.old?.label ?? '-'} -> ${p.new?.label ?? '-'} (alike ${p.alike ?? '-'})`));
    // Not a move; but both open on "hubungan kerja … pemberian", so each names the other as reading alike.
    expect(parts).toEqual(['deleted Pasal 17 ayat (4) -> - (alike Pasal 27 ayat (4))', 'inserted - -> Pasal 27 ayat (4) (alike Pasal 17 ayat (4))']);
  });

  it('moved away leaving "(4) Dihapus." behind: both rows link the two places', () => {
    const withDihapus = original.replace(ayat4, '(4)   Dihapus.\n');
    expect(withDihapus).not.toBe(original);
    const text = withDihapus.replace(anchor, anchor + ayat4.replace('(4)   ', '(3)   '));
    const d = compareDocs(parseText(original).doc, parseText(text).doc);
    const parts = d.pasal.flatMap((r) => r.parts.filter((p) => p.status !== 'unchanged').map((p) => `${r.new?.label}: ${p.status} ${p.old?.label} -> ${p.new?.label}`));
    expect(parts).toEqual(['Pasal 27: moved Pasal 27 ayat (4) -> Pasal 29 ayat (3)', 'Pasal 29: moved Pasal 27 ayat (4) -> Pasal 29 ayat (3)']);
  });

  it('a Pasal kept as "Dihapus." whose text went into another Pasal: its deleted row lists the link', () => {
    const surabaya = fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'), 'utf8');
    const lines = surabaya.split('\n');
    const head37 = lines.findIndex((l) => l.trim() === 'Pasal 37');
    const head38 = lines.findIndex((l) => l.trim() === 'Pasal 38');
    expect(head37).toBeGreaterThan(0);
    const body37 = lines.slice(head37 + 1, head38).join('\n').trim();
    expect(body37.split(/\s+/).length).toBeGreaterThan(4);
    const last36 = lines.slice(0, head37).map((l) => l.trim()).lastIndexOf('');
    const revised = [...lines.slice(0, last36), `(5) ${body37}`, '', lines[head37], '', 'Dihapus.', '', ...lines.slice(head38)].join('\n');
    const d = compareDocs(parseText(surabaya).doc, parseText(revised).doc);
    const row37 = d.pasal.find((r) => r.old?.label === 'Pasal 37');
    expect(row37?.status).toBe('deleted');
    expect(row37?.parts.map((p) => `${p.status} ${p.old?.label} -> ${p.new?.label}`)).toEqual(['moved Pasal 37 (teks 1) -> Pasal 36 ayat (5)']);
  });

  it('moved into a newly inserted Pasal (later Pasal renumbered): the inserted row lists where its ayat came from', () => {
    const lines = original.replace(ayat4, '').split('\n');
    const bab9 = lines.findIndex((l) => l.trim() === 'BAB IX');
    expect(bab9).toBeGreaterThan(0);
    // Every Pasal from 30 on is one higher; the new Pasal 30 closes BAB VIII.
    const renumbered = lines.map((l, i) => (i >= bab9 && /^\s*Pasal \d+\s*$/.test(l) ? l.replace(/\d+/, (n) => String(Number(n) + 1)) : l));
    const inserted = ['', '                                Pasal 30', '', '(1)   Pemerintah Daerah Provinsi menyediakan sarana rehabilitasi bagi korban', '      penyalahgunaan minuman beralkohol.', ayat4.replace('(4)   ', '(2)   ').trimEnd(), ''];
    const text = [...renumbered.slice(0, bab9), ...inserted, ...renumbered.slice(bab9)].join('\n');
    const d = compareDocs(parseText(original).doc, parseText(text).doc);
    const rows = d.pasal.filter((r) => r.status !== 'unchanged' && r.status !== 'renumbered');
    expect(rows.map((r) => `${r.status} ${r.old?.label ?? '-'} -> ${r.new?.label ?? '-'}`)).toEqual(['changed Pasal 27 -> Pasal 27', 'inserted - -> Pasal 30']);
    for (const r of rows) expect(r.parts.filter((p) => p.status !== 'unchanged').map((p) => `${p.status} ${p.old?.label} -> ${p.new?.label}`)).toEqual(['moved Pasal 27 ayat (4) -> Pasal 30 ayat (2)']);
    expect(d.summary).toMatchObject({ changed: 1, inserted: 1, deleted: 0, renumbered: 8 });
    const t = comparisonTable(d, { oldLabel: 'lama', newLabel: 'baru' });
    const notes = t.rows.flatMap((r) => (r.kind === 'row' ? r.cells[3]!.map((p) => p.runs.map((x) => x.text).join('')) : []));
    // Pasal 27 prints part by part; the inserted Pasal 30 is one row, with its notes.
    expect(notes).toContain('Dipindahkan ke Pasal 30 ayat (2)');
    expect(notes).toContain('Rincian: ayat (2) dipindahkan dari Pasal 27 ayat (4).');
    // The other way round: the ayat goes back from a Pasal that is then deleted.
    const back = compareDocs(parseText(text).doc, parseText(original).doc);
    const gone = back.pasal.find((r) => r.old?.label === 'Pasal 30');
    expect(gone?.status).toBe('deleted');
    expect(gone?.parts.map((p) => `${p.status} ${p.old?.label} -> ${p.new?.label}`)).toEqual(['moved Pasal 30 ayat (2) -> Pasal 27 ayat (4)']);
  });
});
