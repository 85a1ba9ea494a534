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
    const own = n.type.name === 'bab' || n.type.name === 'bagian' ? (n.firstChild?.textContent ?? '') : (n.firstChild?.textContent ?? '');
    const text = u.deleted || /^dihapus\.?$/i.test(own.trim()) ? 'Dihapus.' : own.replace(/\s+/g, ' ').trim();
    out.push(`${u.marker}: ${text}`);
    return !u.deleted;
  });
  return out;
}

describe('round trip: generate the instrument, apply it to the base, get the draft back', () => {
  for (const c of CASES.filter((x) => !x.noRoundTrip)) {
    it(c.name, () => {
      const base = makeBase();
      const draft = edit(base, c.edit);
      expect(units(draft)).not.toEqual(units(base));
      const inst = generateInstrument(base, draft, { settings: SETTINGS });
      const direct = applyInstrument(base, inst.doc!);
      expect(direct.report.every((r) => r.status === 'applied')).toBe(true);
      expect(units(direct.doc)).toEqual(units(draft));
      // Through the printed text and the importer, as a real instrument would come in.
      const printed = applyInstrument(base, parseText(inst.text).doc);
      expect(printed.report.map((r) => r.status)).toEqual(inst.items.map(() => 'applied'));
      expect(units(printed.doc)).toEqual(units(draft));
    });
  }

  it('a moved Pasal comes back as "Dihapus." at its old place and as Pasal 6A at its new place', () => {
    const c = CASES.find((x) => x.name.startsWith('moved'))!;
    const base = makeBase();
    const inst = generateInstrument(base, edit(base, c.edit), { settings: SETTINGS });
    const got = units(applyInstrument(base, inst.doc!).doc);
    expect(got).toContain('Pasal 3: Dihapus.');
    expect(got.indexOf('Pasal 6A: Masyarakat berperan serta dalam pencegahan.')).toBe(got.indexOf('Pasal 6: Pemerintah Daerah memfasilitasi rehabilitasi sosial.') + 1);
  });
});
