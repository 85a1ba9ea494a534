/**
 * Part alignment of same-shaped Pasal: parts edited in place pair by position, and each guard
 * hands a case that only looks positional to the aligner (a part moved, a shift with edits, uids
 * at other places).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';
import { extractUnits, type PasalUnit } from '../../../src/diff/extract';
import { positionalParts } from '../../../src/diff/positional-parts';
import { dice, gramsFor } from '../../../src/diff/similarity';
import { buildPerda, type ItemSpec } from '../../../src/model/doc-builders';

const CHAPEAU = 'Pengawasan penyelenggaraan parkir meliputi:';

/** A one-Pasal document: a chapeau and a list of items (each `[text, uid?]`). */
function listPasal(items: Array<string | [string, string]>) {
  const list: ItemSpec[] = items.map((i) => (typeof i === 'string' ? i : { text: i[0], uid: i[1] }));
  return buildPerda({ babs: [{ title: 'PENGAWASAN', pasal: [{ uid: 'p1', text: CHAPEAU, list }] }] });
}

function onlyPasal(items: Array<string | [string, string]>): PasalUnit {
  return extractUnits(listPasal(items)).pasal[0] as PasalUnit;
}

const A = 'pengawasan terhadap karcis parkir yang sah;';
const B = 'pengawasan terhadap rambu dan marka parkir;';
const C = 'pengawasan terhadap tarif retribusi parkir;';
const D = 'pengawasan terhadap izin penyelenggaraan parkir; dan';

describe('positional part alignment', () => {
  it('pairs parts edited in place by position, even when an edit leaves less than half of a part', () => {
    const old = onlyPasal([A, B, C, D]);
    const edited = 'pemeriksaan atas rambu dan papan parkir;';
    const neu = onlyPasal([A, edited, C, D]);
    // Part 0 is the chapeau; the items follow.
    const sim = dice(gramsFor(old.parts[2]!.tokens), gramsFor(neu.parts[2]!.tokens));
    expect(sim).toBeGreaterThanOrEqual(0.25);
    expect(sim).toBeLessThan(0.5);
    const m = positionalParts(old, neu, false);
    expect(m?.map((x) => [x.o, x.n, x.by])).toEqual([[0, 0, 'exact'], [1, 1, 'exact'], [2, 2, 'content'], [3, 3, 'exact'], [4, 4, 'exact']]);
  });

  it('leaves a part moved to another place to the aligner (it equals a part elsewhere)', () => {
    const old = onlyPasal([A, B, C, D]);
    expect(positionalParts(old, onlyPasal([D, B, C, A]), false)).toBeNull();
    const c = compareDocs(listPasal([A, B, C, D]), listPasal([D, B, C, A]), { useUids: false });
    const moved = c.pasal[0]!.parts.filter((p) => p.status === 'moved').map((p) => p.new?.label);
    expect(moved.length).toBeGreaterThan(0);
  });

  it('leaves an item moved up its list to the aligner, though its place changed its closing ("." / "; dan")', () => {
    // Old: a. pencegahan; b. penindakan; dan c. rehabilitasi.  New: b is gone, c moved up, a new c.
    const old = onlyPasal(['pencegahan;', 'penindakan; dan', 'rehabilitasi.']);
    const neu = onlyPasal(['pencegahan;', 'rehabilitasi; dan', 'pemberdayaan masyarakat.']);
    expect(positionalParts(old, neu, false)).toBeNull();
    const c = compareDocs(listPasal(['pencegahan;', 'penindakan; dan', 'rehabilitasi.']), listPasal(['pencegahan;', 'rehabilitasi; dan', 'pemberdayaan masyarakat.']), { useUids: false });
    const pairs = c.pasal[0]!.parts.filter((p) => p.old && p.new).map((p) => [p.old!.label, p.new!.label]);
    expect(pairs).toContainEqual(['Pasal 1 huruf c', 'Pasal 1 huruf b']);
    expect(pairs.filter(([o]) => o === 'Pasal 1 huruf b')).toEqual([]);
  });

  it('leaves a shift with edits to the aligner (a part is more like its neighbour)', () => {
    const old = onlyPasal([A, B, C, D]);
    // B deleted, a new item at the end; the items after B lightly edited.
    const shifted = onlyPasal([A, C.replace('tarif', 'besaran tarif'), D.replace('; dan', ';').replace('izin', 'perizinan'), 'pengawasan terhadap parkir di tepi jalan umum; dan']);
    expect(positionalParts(old, shifted, false)).toBeNull();
    const c = compareDocs(listPasal([A, B, C, D]), listPasal([A, C.replace('tarif', 'besaran tarif'), D.replace('; dan', ';').replace('izin', 'perizinan'), 'pengawasan terhadap parkir di tepi jalan umum; dan']), { useUids: false });
    const pairs = c.pasal[0]!.parts.map((p) => [p.old?.label ?? null, p.new?.label ?? null]);
    expect(pairs).toContainEqual(['Pasal 1 huruf c', 'Pasal 1 huruf b']);
    expect(pairs).toContainEqual(['Pasal 1 huruf d', 'Pasal 1 huruf c']);
  });

  it('with shared uids, leaves parts whose uids sit at other places to the aligner', () => {
    const old = onlyPasal([[A, 'i1'], [B, 'i2'], [C, 'i3'], [D, 'i4']]);
    const texts = onlyPasal([[A, 'i1'], [B.replace('rambu', 'papan rambu'), 'i3'], [C.replace('tarif', 'besaran tarif'), 'i2'], [D, 'i4']]);
    expect(positionalParts(old, texts, false)).not.toBeNull();
    expect(positionalParts(old, texts, true)).toBeNull();
    expect(positionalParts(old, onlyPasal([[A, 'i1'], [B.replace('rambu', 'papan rambu'), 'i2'], [C, 'i3'], [D, 'i4']]), true)).not.toBeNull();
  });

  it('pairs a part rewritten at its place (less than a quarter alike) as changed, not deleted and inserted', () => {
    const rewritten = 'penertiban kendaraan yang parkir di badan jalan;';
    const old = onlyPasal([A, B, C, D]);
    const neu = onlyPasal([A, rewritten, C, D]);
    expect(dice(gramsFor(old.parts[2]!.tokens), gramsFor(neu.parts[2]!.tokens))).toBeLessThan(0.25);
    expect(positionalParts(old, neu, false)?.map((x) => [x.o, x.n])).toEqual([[0, 0], [1, 1], [2, 2], [3, 3], [4, 4]]);
    const c = compareDocs(listPasal([A, B, C, D]), listPasal([A, rewritten, C, D]), { useUids: false });
    expect(c.pasal[0]!.parts.filter((p) => p.status !== 'unchanged').map((p) => [p.status, p.old?.label, p.new?.label])).toEqual([['changed', 'Pasal 1 huruf b', 'Pasal 1 huruf b']]);
  });

  it('pairs by position an edited item now worded like another item kept in place (no shift)', () => {
    const old = onlyPasal([A, B, C, D]);
    // huruf b now reads like huruf a, which stayed: the same item twice, not a part that moved.
    expect(positionalParts(old, onlyPasal([A, A, C, D]), false)?.map((x) => x.by)).toEqual(['exact', 'exact', 'content', 'exact', 'exact']);
  });

  it('pairs by position two like items edited so that they read a little more alike crosswise', () => {
    const old = onlyPasal([A, 'pengawasan tempat hiburan;', 'pengawasan tempat hiburan malam;', D]);
    const neu = onlyPasal([A, 'pengawasan tempat hiburan malam dan karaoke;', 'pengawasan tempat hiburan keluarga;', D]);
    const sim = (i: number, j: number) => dice(gramsFor(old.parts[i]!.tokens), gramsFor(neu.parts[j]!.tokens));
    expect(sim(2, 3) + sim(3, 2)).toBeGreaterThan(sim(2, 2) + sim(3, 3));
    expect(positionalParts(old, neu, false)?.map((m) => [m.o, m.n])).toEqual([[0, 0], [1, 1], [2, 2], [3, 3], [4, 4]]);
  });

  it('real Surabaya pair: Pasal 12 huruf j "Nomor telepon pengaduan." reworded in Pasal 16 reads changed', () => {
    const read = (f: string) => parseText(fs.readFileSync(path.join(corpusDir, f), 'utf8')).doc;
    const c = compareDocs(read('perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt'), read('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'));
    const row = c.pasal.find((r) => r.old?.label === 'Pasal 12')!;
    expect(row.new?.label).toBe('Pasal 16');
    const j = row.parts.filter((p) => p.old?.label === 'Pasal 12 ayat (1) huruf j' || p.new?.label === 'Pasal 16 ayat (1) huruf j');
    expect(j.map((p) => [p.status, p.old?.label, p.new?.label])).toEqual([['changed', 'Pasal 12 ayat (1) huruf j', 'Pasal 16 ayat (1) huruf j']]);
    expect(j[0]!.segments).toEqual([{ op: 'delete', text: 'Nomor telepon' }, { op: 'insert', text: 'Kontak layanan dan' }, { op: 'equal', text: ' pengaduan.' }]);
  });
});
