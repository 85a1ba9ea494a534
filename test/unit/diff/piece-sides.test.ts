/**
 * The old side of the rows of a split or a merge.
 *
 * The rows of a split Pasal each compare their new piece with what it took of the old Pasal. On
 * the real Sulawesi Utara 4/2014 text, Pasal 17 (ayat (1) with a list of ten items, then (2) and
 * (3)) is split before its ayat (3), which becomes a Pasal 18 of its own: the first row shows old
 * ayat (1)-(2) beside the new Pasal 17, unchanged; the second shows old ayat (3) beside the new
 * Pasal 18, not the whole old Pasal struck through, and carries the old text before it; its
 * Keterangan says "ayat (3) menjadi Pasal 18".
 *
 * A Pasal split inside the list of one ayat (Pasal 31's huruf e-h made a Pasal 32, its ayat (4)
 * kept) is cut at those items: the new Pasal 32 shows old huruf e-h and says so; the new Pasal 31,
 * which kept the ayat after them, shows the whole old Pasal with them struck.
 *
 * A merged row holds every old Pasal that went into the new one: Pasal 16 (one paragraph) joined
 * to Pasal 15 shows, in the old column, Pasal 15's four ayat and then Pasal 16 under its own
 * heading, struck (the merge removed it), not Pasal 15 alone.
 */
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { keteranganOf } from '../../../src/diff/keterangan';
import { readsAsWritten, sideSegments } from '../../../src/diff/side-text';
import { parseText } from '../../../src/parse';
import { ayatListItemCount, ayatListSplit, listSplit, pasalsMerged, pasalSplit, readCorpus } from './corpus-edits';

const t = readCorpus('perda-prov-sulut-2014-04-minuman-beralkohol.txt');
const edit = pasalSplit(t, t.heads.findIndex((h) => h.n === 17))!;
const c = compareDocs(parseText(t.text).doc, parseText(edit.text).doc);
const [first, second] = c.pasal.filter((r) => r.status === 'split');
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
const oldSide = (r: typeof first) => squeeze(sideSegments(r!.segments, 'old').map((s) => s.text).join(''));

describe('the rows of a split Pasal', () => {
  it('are two, from old Pasal 17 to new Pasal 17 and 18, the second naming the ayat it took', () => {
    expect([first, second].map((r) => [r?.old?.label, r?.new?.label, keteranganOf(r!)])).toEqual([
      ['Pasal 17', 'Pasal 17', 'Dipecah menjadi Pasal 17 dan Pasal 18'],
      ['Pasal 17', 'Pasal 18', 'Dipecah menjadi Pasal 17 dan Pasal 18; ayat (3) menjadi Pasal 18'],
    ]);
  });

  it('show on the old side only what each piece took', () => {
    expect(oldSide(first)).toContain('Untuk memperoleh rekomendasi');
    expect(oldSide(first)).not.toContain('Tata cara pelaporan');
    expect(oldSide(second)).toMatch(/^\(3\) Tata cara pelaporan sebagaimana dimaksud pada ayat \(2\) diatur lebih lanjut dengan Peraturan Gubernur\.$/);
    // The row's old unit text is that portion, so the marks are shown on it.
    expect(readsAsWritten(second!.segments, second!.old!.text)).toBe(true);
    expect(second!.old!.lines?.map((l) => l.marker)).toEqual(['(3)']);
  });

  it('strike nothing in the first piece, and in the second only what reads otherwise', () => {
    expect(first!.segments.filter((s) => s.op !== 'equal')).toEqual([]);
    expect(second!.segments.filter((s) => s.op === 'delete').map((s) => squeeze(s.text))).toEqual(['ayat (2)']);
    expect(second!.similarity).toBeGreaterThan(0.8);
  });

  it('give the later piece the old text before its portion, the first none', () => {
    expect(first!.old!.before).toBeUndefined();
    expect(squeeze(second!.old!.before ?? '')).toMatch(/^\(1\) Untuk memperoleh rekomendasi .* tanggal 10 \(sepuluh\) bulan berikutnya\.$/);
    expect(c.pasal.find((r) => r.status === 'renumbered')?.old?.before).toBeUndefined();
  });
});

describe('the rows of a Pasal that is a lead sentence and its list, split within the list', () => {
  // The real Surabaya 3/2018 Pasal 7 (where parking is forbidden, huruf a-l), split before huruf g
  // into a new Pasal 8 with a lead of its own; its items lettered from a.
  const sby = readCorpus('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt');
  const split = listSplit(sby, sby.heads.findIndex((h) => h.n === 7), 6, 'Penyelenggaraan Tempat Parkir di dalam Ruang Milik Jalan juga dilarang dilakukan di:')!;
  const rows = compareDocs(parseText(sby.text).doc, parseText(split.text).doc).pasal.filter((r) => r.status === 'split');

  it('cut the old list at its items: the lead and huruf a-f beside the new Pasal 7, huruf g-l beside the new Pasal 8', () => {
    expect(rows.map((r) => [r.old?.label, r.new?.label])).toEqual([['Pasal 7', 'Pasal 7'], ['Pasal 7', 'Pasal 8']]);
    const [a, b] = rows;
    expect(oldSide(a)).toMatch(/^Penyelenggaraan Tempat Parkir .* f\. terowongan;$/);
    expect(a!.segments.filter((x) => x.op !== 'equal')).toEqual([]);
    expect(oldSide(b)).toMatch(/^g\. tempat yang mendekati perlintasan sebidang; .* l\. pada ruas dengan tingkat kemacetan tinggi\.$/);
    expect(b!.old!.lines?.map((l) => l.marker)).toEqual(['g.', 'h.', 'i.', 'j.', 'k.', 'l.']);
    expect(squeeze(b!.old!.before ?? '')).toMatch(/^Penyelenggaraan Tempat Parkir .* f\. terowongan;$/);
    // Only the new lead reads inserted: the items kept their words.
    expect(b!.segments.filter((x) => x.op !== 'equal').map((x) => [x.op, squeeze(x.text)])).toEqual([['insert', 'Penyelenggaraan Tempat Parkir di dalam Ruang Milik Jalan juga dilarang dilakukan di:']]);
  });

  it('name the items the later piece took, as a run', () => {
    expect(keteranganOf(rows[1]!)).toBe('Dipecah menjadi Pasal 7 dan Pasal 8; huruf g sampai dengan huruf l menjadi Pasal 8');
  });
});

describe('the rows of a Pasal split inside the list of one of its ayat', () => {
  // The real Sulut 4/2014 Pasal 31 (PPNS): ayat (3) lists the investigators' powers, huruf a-h.
  // Huruf e-h become a new Pasal 32 under a lead of their own; ayat (4) stays in Pasal 31.
  const lead = 'Wewenang penyidik sebagaimana dimaksud dalam Pasal 31 ayat (3) meliputi juga:';
  const split = ayatListSplit(t, t.heads.findIndex((h) => h.n === 31), 4, lead)!;
  const rows = compareDocs(parseText(t.text).doc, parseText(split.text).doc).pasal.filter((r) => r.status === 'split');

  it('give the new Pasal 32 only the items it took, named as a run in the Keterangan', () => {
    expect(rows.map((r) => [r.old?.label, r.new?.label])).toEqual([['Pasal 31', 'Pasal 31'], ['Pasal 31', 'Pasal 32']]);
    const later = rows[1]!;
    expect(later.old!.lines?.map((l) => l.marker)).toEqual(['e.', 'f.', 'g.', 'h.']);
    expect(oldSide(later)).toMatch(/^e\. Mengambil sidik jari .* h\. Mengadakan tindakan lain .* dipertanggungjawabkan\.$/);
    expect(later.segments.filter((x) => x.op !== 'equal').map((x) => [x.op, squeeze(x.text)])).toEqual([['insert', lead]]);
    expect(squeeze(later.old!.before ?? '')).toMatch(/^\(1\) Selain pejabat penyidik umum .* d\. Melakukan penyitaan berada dan atau surat;$/);
    expect(keteranganOf(later)).toBe('Dipecah menjadi Pasal 31 dan Pasal 32; ayat (3) huruf e sampai dengan huruf h menjadi Pasal 32');
  });

  it('show the whole old Pasal beside the new Pasal 31, which kept ayat (4) after the items taken from its middle: those read struck', () => {
    const first = rows[0]!;
    expect(first.old!.before).toBeUndefined();
    expect(first.old!.lines?.map((l) => l.marker)).toEqual(['(1)', '(2)', '(3)', 'a.', 'b.', 'c.', 'd.', 'e.', 'f.', 'g.', 'h.', '(4)']);
    const struck = first.segments.filter((x) => x.op === 'delete').map((x) => squeeze(x.text)).join(' ');
    expect(struck).toMatch(/^e\. Mengambil sidik jari .* h\. Mengadakan tindakan lain .* dipertanggungjawabkan\.$/);
    expect(first.segments.some((x) => x.op === 'insert')).toBe(false);
  });
});

describe.each([
  'perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt',
  'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt',
  'perda-prov-sulut-2014-04-minuman-beralkohol.txt',
])('every Pasal of %s split inside an ayat\'s list (the later half of its items made a Pasal)', (file) => {
  const text = readCorpus(file);
  const cases = text.heads.map((h, k) => ({ n: h.n, k, items: ayatListItemCount(text, k) })).filter((x) => x.items >= 4);

  it.each(cases.map((x) => [x.n, x] as const))('Pasal %s: the new Pasal shows beside it the old items it took, and only those', (_n, x) => {
    const at = Math.floor(x.items / 2);
    const edit = ayatListSplit(text, x.k, at)!;
    const later = compareDocs(parseText(text.text).doc, parseText(edit.text).doc).pasal.filter((r) => r.status === 'split')[1];
    expect(later?.new?.label).toBe(`Pasal ${x.n + 1}`);
    const letters = Array.from({ length: x.items - at }, (_v, i) => `${String.fromCharCode(97 + at + i)}.`);
    expect(later!.old!.lines?.map((l) => l.marker)).toEqual(letters);
    expect(keteranganOf(later!)).toMatch(new RegExp(`; ayat \\(\\d+\\) huruf ${letters[0]!.slice(0, 1)} (sampai dengan|dan) huruf ${letters[letters.length - 1]!.slice(0, 1)} menjadi Pasal ${x.n + 1}$`));
  });
});

describe('the row of a merge', () => {
  const merged = pasalsMerged(t, t.heads.findIndex((h) => h.n === 15))!;
  const row = compareDocs(parseText(t.text).doc, parseText(merged.text).doc).pasal.find((r) => r.status === 'merged')!;

  it('names both old Pasal and quotes both in the old column', () => {
    expect(row.oldAll.map((s) => s.label)).toEqual(['Pasal 15', 'Pasal 16']);
    expect(row.old!.text).toContain('wajib memiliki SKPL-A.');
    expect(row.old!.text).toContain('Distributor dan sub distributor minuman beralkohol golongan B dan C');
    expect(readsAsWritten(row.segments, row.old!.text)).toBe(true);
  });

  it('sets the later Pasal under its own heading line, struck: the merge removed it', () => {
    expect(row.old!.lines?.map((l) => l.label)).toEqual(['Pasal 15 ayat (1)', 'Pasal 15 ayat (2)', 'Pasal 15 ayat (3)', 'Pasal 15 ayat (4)', 'Pasal 16', 'Pasal 16']);
    // The later Pasal's text, all of it one paragraph, is named by its Pasal (notes say "dari Pasal 16", not "Pasal 16 (teks 1)").
    expect(row.segments.filter((s) => s.op !== 'equal').map((s) => [s.op, squeeze(s.text)])).toEqual([['delete', 'Pasal 16']]);
    // That line is set as a heading (centred), the others as text.
    expect(row.old!.lines?.filter((l) => l.heading).map((l) => l.label)).toEqual(['Pasal 16']);
  });
});
