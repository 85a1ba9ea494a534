import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { applyInstrument, generateInstrument } from '../../../src/amend/index';
import { asPerubahan } from '../../../src/amend/prepare';
import { numberDocument } from '../../../src/model/numbering';
import { parseText } from '../../../src/parse/index';
import { CASES } from './cases';
import { edit, makeBase, SETTINGS } from './build';

/** Every unit of the batang tubuh as "marker: text" ("Dihapus." for deleted units), in order. */
function units(doc: Node): string[] {
  const d = asPerubahan(doc);
  const numbering = numberDocument(d);
  const out: string[] = [];
  d.descendants((n) => {
    if (n.type.name === 'changeItem' || n.type.name === 'penjelasan') return false;
    const u = numbering.get(String(n.attrs.uid ?? ''));
    if (!u || !['bab', 'bagian', 'pasal', 'ayat', 'item'].includes(n.type.name)) return true;
    const own =
      n.type.name === 'bab' || n.type.name === 'bagian'
        ? (n.firstChild?.textContent ?? '')
        : (n.firstChild?.textContent ?? '');
    const text =
      u.deleted || /^dihapus\.?$/i.test(own.trim()) ? 'Dihapus.' : own.replace(/\s+/g, ' ').trim();
    out.push(`${u.marker}: ${text}`);
    return !u.deleted;
  });
  return out;
}

/** The Penjelasan entries as "Pasal N: text", in order; the entry of a deleted Pasal as `deletedReads` when given. */
function explanations(doc: Node, deletedReads?: string): string[] {
  const d = asPerubahan(doc);
  const numbering = numberDocument(d);
  const out: string[] = [];
  d.descendants((n) => {
    if (n.type.name !== 'penjelasanPasal') return true;
    const target = n.attrs.target ? numbering.get(String(n.attrs.target)) : undefined;
    out.push(`${target?.marker ?? n.attrs.label}: ${target?.deleted && deletedReads ? deletedReads : n.textContent}`);
    return false;
  });
  return out;
}

/**
 * The draft's Penjelasan entries come back, those of the Pasal it deleted reading "Dihapus."; an
 * extra entry (an inserted Pasal the draft left unexplained) says "Cukup jelas.".
 */
function expectExplanations(got: Node, draft: Node): void {
  const want = explanations(draft, 'Dihapus.');
  const have = explanations(got);
  expect(have.filter((e) => want.includes(e))).toEqual(want);
  expect(have.filter((e) => !want.includes(e)).every((e) => /: Cukup jelas\.$/.test(e))).toBe(true);
}

/** Report lines of the items themselves (not the lines about the Penjelasan). */
const itemLines = (r: ReturnType<typeof applyInstrument>) =>
  r.report.filter((x) => x.action !== 'penjelasan');

describe('round trip: generate the instrument, apply it to the base, get the draft back', () => {
  for (const c of CASES.filter((x) => !x.noRoundTrip)) {
    it(c.name, () => {
      const base = makeBase();
      const draft = edit(base, c.edit);
      expect([...units(draft), ...explanations(draft)]).not.toEqual([
        ...units(base),
        ...explanations(base),
      ]);
      const inst = generateInstrument(base, draft, { settings: SETTINGS });
      const direct = applyInstrument(base, inst.doc!);
      expect(direct.report.map((r) => r.status)).toEqual(direct.report.map(() => 'applied'));
      expect(itemLines(direct)).toHaveLength(inst.items.length);
      expect(units(direct.doc)).toEqual(units(draft));
      expectExplanations(direct.doc, draft);
      // Through the printed text and the importer, as a real instrument would come in (the single-
      // change form too: the importer structures it as the generator writes it).
      const printed = applyInstrument(base, parseText(inst.text).doc);
      expect(printed.report.map((r) => r.status)).toEqual(printed.report.map(() => 'applied'));
      expect(itemLines(printed)).toHaveLength(inst.items.length);
      expect(units(printed.doc)).toEqual(units(draft));
      expectExplanations(printed.doc, draft);
    });
  }

  it('a single change: Pasal I without numbered items, applied back to the draft with its Penjelasan', () => {
    const base = makeBase();
    const c = CASES.find((x) => x.single)!;
    const draft = edit(base, c.edit);
    const inst = generateInstrument(base, draft, { settings: SETTINGS });
    const r = applyInstrument(base, inst.doc!);
    expect(r.report.map((x) => [x.item, x.status, x.action, x.units])).toEqual([
      [1, 'applied', 'diubah', ['Pasal 3']],
      [1, 'applied', 'penjelasan', ['Penjelasan Pasal 3']],
    ]);
    expect(units(r.doc)).toContain(
      'Pasal 3: Masyarakat dan dunia usaha berperan serta dalam pencegahan.',
    );
    expect(units(r.doc)).toEqual(units(draft));
  });

  it('a moved Pasal comes back as "Dihapus." at its old place and as Pasal 6A at its new place', () => {
    const c = CASES.find((x) => x.name.startsWith('moved'))!;
    const base = makeBase();
    const inst = generateInstrument(base, edit(base, c.edit), { settings: SETTINGS });
    const got = units(applyInstrument(base, inst.doc!).doc);
    expect(got).toContain('Pasal 3: Dihapus.');
    expect(got.indexOf('Pasal 6A: Masyarakat berperan serta dalam pencegahan.')).toBe(
      got.indexOf('Pasal 6: Pemerintah Daerah memfasilitasi rehabilitasi sosial.') + 1,
    );
  });
});
