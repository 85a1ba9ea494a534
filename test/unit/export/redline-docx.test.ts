/**
 * The redline of the real Surabaya pair (Perda 1/2009 -> Perda 3/2018, parkir) as DOCX with Word
 * revisions, read back as a drafter would use it: Word's "Accept All" must give the new text and
 * "Reject All" the old one. Accepting is what the importer does with a Word file that still holds
 * tracked changes; rejecting is done here on the XML (insertions and inserted paragraphs dropped,
 * deletions kept as text). Both results are imported and compared with the texts they must equal.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import type { Comparison, UnitStatus } from '../../../src/diff/types';
import { comparisonRedline, redlineFrame, redlineText, redlineToDocx } from '../../../src/export/redline/index';
import { importBuffer, parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';
import { andThen, ayatListItemCount, ayatListSplit, pasalMoved, pasalSplit, readCorpus, reworded } from '../diff/corpus-edits';

const read = (f: string) => fs.readFileSync(path.join(corpusDir, f), 'utf8');
const OLD = parseText(read('perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt')).doc;
const NEW = parseText(read('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt')).doc;
const DATE = '2026-12-06T10:00:00Z';
// With its frame (the pembukaan's lines and the signature blocks), as the export writes it.
const redline = comparisonRedline(compareDocs(OLD, NEW), { oldLabel: 'PERDA 1/2009', newLabel: 'PERDA 3/2018', date: DATE, frame: redlineFrame(OLD, NEW) });
const bytesOnce = redlineToDocx(redline);

/**
 * Word's "Reject All" (`keep` 'del') or "Accept All" (`keep` 'ins') on document.xml: a paragraph
 * whose mark is a revision that goes runs on into the next paragraph (which keeps its own
 * properties); the runs of that revision go; the others become plain text.
 */
function resolveAll(xml: string, keep: 'ins' | 'del'): string {
  // A move's old place (w:moveFrom) goes with the deletions, its new place (w:moveTo) with the insertions.
  const [drop, kept] = keep === 'ins' ? ['(?:del|moveFrom)', '(?:ins|moveTo)'] : ['(?:ins|moveTo)', '(?:del|moveFrom)'];
  const merge = new RegExp(`<w:p>(<w:pPr>(?:(?!</w:pPr>).)*?<w:rPr><w:${drop} [^>]*/></w:rPr></w:pPr>)((?:(?!</w:p>).)*?)</w:p>\\s*<w:p>(<w:pPr>(?:(?!</w:pPr>).)*?</w:pPr>)?`, 's');
  let out = xml;
  for (let next = out.replace(merge, '<w:p>$3$2'); next !== out; next = out.replace(merge, '<w:p>$3$2')) out = next;
  return out
    .replace(/<w:move(?:From|To)Range(?:Start|End) [^>]*\/>/g, '')
    .replace(/<w:rPr><w:(?:ins|del|moveFrom|moveTo) [^>]*\/><\/w:rPr>/g, '')
    .replace(new RegExp(`<w:${drop} [^>]*[^/]>.*?</w:${drop}>`, 'gs'), '')
    .replace(new RegExp(`<w:${kept} [^>]*[^/]>(.*?)</w:${kept}>`, 'gs'), '$1')
    .replace(/<w:delText/g, '<w:t')
    .replace(/<\/w:delText>/g, '</w:t>');
}

/** The document a redline DOCX holds with every change rejected (`keep` 'del') or accepted ('ins'). */
async function resolved(bytes: Uint8Array, keep: 'ins' | 'del'): Promise<Node> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file('word/document.xml', resolveAll(await zip.file('word/document.xml')!.async('string'), keep));
  return (await importBuffer(new Uint8Array(await zip.generateAsync({ type: 'uint8array' })), keep === 'del' ? 'ditolak.docx' : 'diterima.docx')).doc;
}

async function part(bytes: Uint8Array, name: string): Promise<string> {
  return (await (await JSZip.loadAsync(bytes)).file(name)?.async('string')) ?? '';
}

/** Every row of every part of a comparison, with what it is. */
function allRows(c: Comparison): Array<{ where: string; status: UnitStatus; parts: UnitStatus[] }> {
  const others = [c.judul, c.konsiderans, c.dasarHukum, c.diktum, c.headings, c.penutup, c.penjelasan, c.lampiran].flat();
  return [
    ...c.pasal.map((r) => ({ where: r.old?.label ?? r.new?.label ?? '', status: r.status, parts: r.parts.map((p) => p.status) })),
    ...others.map((r) => ({ where: r.old?.label ?? r.new?.label ?? '', status: r.status, parts: [] })),
  ];
}

describe('the redline of the Surabaya pair as DOCX', () => {
  it('marks the changes as Word revisions signed with the author and time, whole new or gone units with their paragraph marks', async () => {
    const xml = await part(await bytesOnce, 'word/document.xml');
    const ins = xml.match(/<w:ins w:id="\d+" w:author="Rancang" w:date="2026-12-06T10:00:00Z">/g) ?? [];
    const del = xml.match(/<w:del w:id="\d+" w:author="Rancang" w:date="2026-12-06T10:00:00Z">/g) ?? [];
    expect(ins.length).toBeGreaterThan(300);
    expect(del.length).toBeGreaterThan(300);
    // The 23 inserted and 26 deleted Pasal, and the inserted and deleted ayat, have their paragraph marks tracked.
    expect((xml.match(/<w:rPr><w:ins [^>]*\/><\/w:rPr><\/w:pPr>/g) ?? []).length).toBeGreaterThan(23);
    expect((xml.match(/<w:rPr><w:del [^>]*\/><\/w:rPr><\/w:pPr>/g) ?? []).length).toBeGreaterThan(26);
    // Renumbered: "Pasal 11" is now "Pasal 15".
    expect(xml).toMatch(/<w:t xml:space="preserve">Pasal <\/w:t><\/w:r><w:del [^>]*><w:r><w:delText xml:space="preserve">11<\/w:delText><\/w:r><\/w:del><w:ins [^>]*><w:r><w:t xml:space="preserve">15<\/w:t>/);
    // Every annotation, revision or comment, has an id of its own.
    const ids = [...xml.matchAll(/<w:(?:ins|del|moveFrom|moveTo|moveFromRangeStart|moveToRangeStart|commentRangeStart) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(ins.length + del.length);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('says what the comparison says of each changed unit in a Word comment on its first paragraph', async () => {
    const bytes = await bytesOnce;
    const comments = await part(bytes, 'word/comments.xml');
    const xml = await part(bytes, 'word/document.xml');
    const noted = redline.paras.filter((p) => p.note);
    expect((comments.match(/<w:comment /g) ?? []).length).toBe(noted.length);
    expect((xml.match(/<w:commentReference /g) ?? []).length).toBe(noted.length);
    expect(comments).toContain('Diubah (semula Pasal 11). Rincian: ayat (1) disisipkan;');
    expect(comments).toContain('Dihapus');
    // Nothing said of the units renumbered only: the revision on the number says it.
    expect(noted.some((p) => p.note?.startsWith('Nomor berubah'))).toBe(false);
  });

  it('gives the new text when every change is accepted (as the importer reads it): every unit unchanged', async () => {
    expect(redlineText(redline.paras, 'new')).toContain('PERATURAN DAERAH KOTA SURABAYA NOMOR 3 TAHUN 2018');
    const accepted = await importBuffer(await bytesOnce, 'perubahan-terlacak.docx');
    const c = compareDocs(NEW, accepted.doc);
    const rows = allRows(c);
    expect(c.pasal).toHaveLength(41);
    expect(rows.filter((r) => r.status !== 'unchanged')).toEqual([]);
    expect(c.penjelasan.length).toBeGreaterThan(40);
    expect(c.penutup).toHaveLength(1);
    // And as Word's "Accept All" gives it: paragraphs whose mark was deleted run on into the next.
    expect(allRows(compareDocs(NEW, await resolved(await bytesOnce, 'ins'))).filter((r) => r.status !== 'unchanged')).toEqual([]);
  });

  it('gives the old text when every change is rejected: no unit gained or lost, no word changed, every Pasal, item, entry and part at its old place', async () => {
    expect(redlineText(redline.paras, 'old')).toContain('PERATURAN DAERAH KOTA SURABAYA NOMOR 1 TAHUN 2009');
    const c = compareDocs(OLD, await resolved(await bytesOnce, 'del'));
    expect(c.pasal).toHaveLength(44);
    const sameWords: UnitStatus[] = ['unchanged', 'renumbered', 'moved'];
    const wrong = allRows(c).filter((r) => !(sameWords.includes(r.status) || (r.status === 'changed' && r.parts.length > 0 && r.parts.every((p) => sameWords.includes(p)))));
    expect(wrong).toEqual([]);
    // The three Pasal that moved (old 8, 15 and 16) are back at their old places, so none reads moved or renumbered;
    // so are the Mengingat items and the Penjelasan's entries.
    const outOfPlace = (rows: ReadonlyArray<{ status: UnitStatus; old: { label: string } | null }>) => rows.filter((r) => r.status === 'moved' || r.status === 'renumbered').map((r) => r.old?.label);
    expect(outOfPlace(c.pasal)).toEqual([]);
    expect(outOfPlace([...c.konsiderans, ...c.dasarHukum, ...c.headings, ...c.penjelasan])).toEqual([]);
    // And the ayat and items that moved inside a Pasal (Pasal 1's definitions: "Jalan" was angka 7, is angka 17).
    expect(outOfPlace(c.pasal.flatMap((r) => r.parts))).toEqual([]);
    expect(c.summary.unchanged).toBeGreaterThanOrEqual(41);
  });

  it('writes a unit that moved as a Word move: struck at its old place (w:moveFrom), written at its new one (w:moveTo), the two ranges named alike', async () => {
    const xml = await part(await bytesOnce, 'word/document.xml');
    const names = (side: 'From' | 'To') => [...xml.matchAll(new RegExp(`<w:move${side}RangeStart [^>]*w:name="([^"]+)"`, 'g'))].map((m) => m[1]).sort();
    // A move per unit that moved: the three Pasal, four Mengingat items, the three Pasal's Penjelasan entries, and the
    // ayat and items that moved inside their Pasal (Pasal 1's definitions, Pasal 13's huruf c, Pasal 17's ayat).
    const moved = new Set(redline.paras.flatMap((p) => (p.move ? [p.move.id] : [])));
    expect(moved.size).toBeGreaterThan(10);
    expect(names('From')).toHaveLength(moved.size);
    expect(names('To')).toEqual(names('From'));
    // Named move1, move2, … with no number left out.
    expect(names('From')).toEqual(Array.from({ length: moved.size }, (_, i) => `move${i + 1}`).sort());
    // Every range opened is closed.
    for (const side of ['From', 'To']) expect((xml.match(new RegExp(`<w:move${side}RangeEnd `, 'g')) ?? []).length).toBe(moved.size);
    // Old Pasal 8, now Pasal 12: its words both texts have are moved, the word the new text dropped is deleted there.
    expect(xml).toMatch(/<w:moveFrom [^>]*><w:r><w:delText xml:space="preserve">Pasal <\/w:delText><\/w:r><\/w:moveFrom><w:del [^>]*><w:r><w:delText xml:space="preserve">8<\/w:delText>/);
    expect(xml).toMatch(/<w:del [^>]*><w:r><w:delText xml:space="preserve"> standart<\/w:delText>/);
    expect(xml).toMatch(/<w:moveTo [^>]*><w:r><w:t xml:space="preserve">Pasal <\/w:t><\/w:r><\/w:moveTo><w:ins [^>]*><w:r><w:t xml:space="preserve">12<\/w:t>/);
    // Its paragraphs' marks move with it, so neither place leaves an empty paragraph behind.
    expect((xml.match(/<w:rPr><w:moveFrom [^>]*\/><\/w:rPr><\/w:pPr>/g) ?? []).length).toBeGreaterThanOrEqual(3 * 2);
    // An ayat that went to another Pasal moves too: old Pasal 3 ayat (1) is ayat (3) of Pasal 4 (old Pasal 2).
    // Its old marker is deleted and its new one inserted; its words move, and both places carry one name.
    const ayatWords = 'Penyelenggaraan tempat parkir oleh Pemerintah Daerah meliputi';
    const from = new RegExp(`<w:moveFromRangeStart [^>]*w:name="(move\\d+)"/>(?:(?!RangeEnd).)*?<w:delText xml:space="preserve">\\(1\\)</w:delText>(?:(?!RangeEnd).)*?<w:moveFrom [^>]*><w:r><w:delText xml:space="preserve">${ayatWords}`, 's').exec(xml);
    const to = new RegExp(`<w:moveToRangeStart [^>]*w:name="(move\\d+)"/>(?:(?!RangeEnd).)*?<w:t xml:space="preserve">\\(3\\)</w:t>(?:(?!RangeEnd).)*?<w:moveTo [^>]*><w:r><w:t xml:space="preserve">${ayatWords}`, 's').exec(xml);
    expect(from?.[1]).toBeDefined();
    expect(to?.[1]).toBe(from?.[1]);
    // Read in either direction, the Pasal stand in order: 1 to 44 rejected, 1 to 41 accepted.
    const headings = (side: 'old' | 'new') => redlineText(redline.paras, side).split('\n').filter((l) => /^Pasal \d+$/.test(l)).map((l) => Number(l.slice(6)));
    const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    expect(headings('old').slice(0, 44)).toEqual(upTo(44));
    expect(headings('new').slice(0, 41)).toEqual(upTo(41));
  });

  it('inserts or deletes the captions of a part one text has only: a Penjelasan added to a text that had none is gone again when rejected', async () => {
    const full = read('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt');
    const withoutPenjelasan = parseText(full.slice(0, full.search(/^\s*PENJELASAN\s*$/m))).doc;
    expect(compareDocs(withoutPenjelasan, NEW).penjelasan.every((r) => r.status === 'inserted')).toBe(true);
    const bytes = await redlineToDocx(comparisonRedline(compareDocs(withoutPenjelasan, NEW), { oldLabel: 'A', newLabel: 'B', date: DATE }));
    const back = compareDocs(withoutPenjelasan, await resolved(bytes, 'del'));
    expect(back.penjelasan).toEqual([]);
    expect(allRows(back).filter((r) => r.status !== 'unchanged')).toEqual([]);
    const accepted = compareDocs(NEW, (await importBuffer(bytes, 'diterima.docx')).doc);
    expect(accepted.penjelasan.length).toBeGreaterThan(40);
    expect(allRows(accepted).filter((r) => r.status !== 'unchanged')).toEqual([]);
  });

  it('gives a split Pasal back once when rejected: later pieces are new text under a new heading, or their own portion of the old Pasal', async () => {
    const sulut = readCorpus('perda-prov-sulut-2014-04-minuman-beralkohol.txt');
    const k = sulut.heads.findIndex((h) => h.n === 31);
    const edits = [pasalSplit(sulut, sulut.heads.findIndex((h) => h.n === 7)), ayatListSplit(sulut, k, Math.floor(ayatListItemCount(sulut, k) / 2))];
    for (const edit of edits) {
      const old = parseText(sulut.text).doc;
      const neu = parseText(edit!.text).doc;
      const c = compareDocs(old, neu);
      expect(c.summary.split).toBeGreaterThan(0);
      const bytes = await redlineToDocx(comparisonRedline(c, { oldLabel: 'A', newLabel: 'B', date: DATE }));
      const back = compareDocs(old, await resolved(bytes, 'del'));
      expect(allRows(back).filter((r) => r.status !== 'unchanged')).toEqual([]);
      const accepted = compareDocs(neu, (await importBuffer(bytes, 'diterima.docx')).doc);
      expect(allRows(accepted).filter((r) => r.status !== 'unchanged')).toEqual([]);
    }
  });

  it('gives a Pasal moved elsewhere back at its old place when rejected, also one reworded on the way (Sulut 4/2014, all renumbered)', async () => {
    const sulut = readCorpus('perda-prov-sulut-2014-04-minuman-beralkohol.txt');
    const at = (n: number) => sulut.heads.findIndex((h) => h.n === n);
    const file = 'perda-prov-sulut-2014-04-minuman-beralkohol.txt';
    const edits = [pasalMoved(sulut, at(5), at(30)), andThen(reworded(sulut, [at(30)], 3)!, (t) => pasalMoved(t, at(30), at(5)), file)];
    for (const edit of edits) {
      const old = parseText(sulut.text).doc;
      const neu = parseText(edit!.text).doc;
      const c = compareDocs(old, neu);
      expect(c.summary.moved + c.pasal.filter((r) => r.moved).length).toBeGreaterThan(0);
      const bytes = await redlineToDocx(comparisonRedline(c, { oldLabel: 'A', newLabel: 'B', date: DATE }));
      // Rejected: every unit in its old place, so nothing reads moved or renumbered; accepted: the new text.
      const back = compareDocs(old, await resolved(bytes, 'del'));
      expect(allRows(back).filter((r) => r.status !== 'unchanged')).toEqual([]);
      const accepted = compareDocs(neu, (await importBuffer(bytes, 'diterima.docx')).doc);
      expect(allRows(accepted).filter((r) => r.status !== 'unchanged')).toEqual([]);
    }
  });

  it('holds the frame the comparison does not compare, marked line by line: the signature blocks of both texts', () => {
    const closing = redlineFrame(OLD, NEW).closing;
    expect(redlineText(closing, 'new')).toContain('Ditetapkan di Surabaya\npada tanggal 21 Juni 2018');
    expect(redlineText(closing, 'new')).toContain('LEMBARAN DAERAH KOTA SURABAYA TAHUN 2018 NOMOR 3');
    expect(redlineText(closing, 'old')).toContain('LEMBARAN DAERAH KOTA SURABAYA TAHUN 2009 NOMOR 1');
    expect(redlineText(closing, 'old')).not.toContain('TAHUN 2018');
    // A line replaced by another is marked word by word: the year and number of the Lembaran Daerah.
    expect(closing.some((p) => !p.whole && p.runs.some((r) => r.change === 'insert' && r.text.includes('2018')))).toBe(true);
  });

  it('gives a Perda whose Lampiran carry their own signature blocks back whole (Banjarnegara 8/2025: its Penjelasan and both Lampiran)', async () => {
    const text = read('perda-kab-banjarnegara-2025-08-perubahan-pajak-retribusi-daerah.txt');
    const old = parseText(text).doc;
    const neu = parseText(text.replace('Cukup jelas.', 'Cukup jelas sebagaimana mestinya.')).doc;
    const bytes = await redlineToDocx(comparisonRedline(compareDocs(old, neu), { oldLabel: 'A', newLabel: 'B', date: DATE, frame: redlineFrame(old, neu) }));
    const accepted = compareDocs(neu, (await importBuffer(bytes, 'diterima.docx')).doc);
    expect(accepted.lampiran.length).toBeGreaterThan(5000);
    expect(allRows(accepted).filter((r) => r.status !== 'unchanged')).toEqual([]);
    const back = compareDocs(old, await resolved(bytes, 'del'));
    expect(allRows(back).filter((r) => r.status !== 'unchanged')).toEqual([]);
  }, 60_000);
});

describe('the redline of an amending instrument against the Perda it amends', () => {
  it('hangs a quoted list\'s markers once, so the instrument (Sulut 2/2018) reads back with its quoted items when accepted, and the Perda\'s words when rejected', async () => {
    const base = parseText(read('perda-prov-sulut-2016-03-rpjmd-2016-2021.txt')).doc;
    const instrument = parseText(read('perda-prov-sulut-2018-02-perubahan-rpjmd.txt')).doc;
    const bytes = await redlineToDocx(comparisonRedline(compareDocs(base, instrument), { oldLabel: 'A', newLabel: 'B', date: DATE, frame: redlineFrame(base, instrument) }));
    expect(allRows(compareDocs(instrument, await resolved(bytes, 'ins'))).filter((r) => r.status !== 'unchanged')).toEqual([]);
    // Rejected: the Perda's words, its Pasal at the places the instrument's Pasal I quotes them.
    const sameWords: UnitStatus[] = ['unchanged', 'renumbered', 'moved'];
    expect(allRows(compareDocs(base, await resolved(bytes, 'del'))).filter((r) => !(sameWords.includes(r.status) && r.parts.every((p) => sameWords.includes(p))))).toEqual([]);
  });
});
