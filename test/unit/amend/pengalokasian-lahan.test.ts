/**
 * A real amending instrument and its base as a scanned print's text layer gives them: Perpres
 * 76/2024 applied to Perpres 70/2023 (Pengalokasian Lahan bagi Penataan Investasi;
 * test/fixtures/amend, as the published PDFs' text recognition read them, Windows line ends).
 * Before this text was read, the base lost its Pasal 11 ("Pasal I 1") into Pasal 10, read a
 * misread running header as a second BAB IV, kept a serial number ("SK No 191076 A") in the last
 * words of nearly every page, and the instrument inserted a "Pasal 58" for Pasal 5B: the
 * comparison named old Pasal 11 to 13 as 12 to 14.
 */
import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { applyInstrument } from '../../../src/amend/index';
import { applyNewInstrument } from '../../../src/amend/applied-instrument';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { readAmendFixture } from '../../helpers/amend-fixture';

const read = (f: string) => readAmendFixture(f);
const baseRead = read('perpres-2023-70-pengalokasian-lahan.txt');
const base = baseRead.doc;
const instrument = read('perpres-2024-76-perubahan-pengalokasian-lahan.txt').doc;

/** The printed numbers of the Pasal of `doc`'s body, in order. */
function pasalNumbers(doc: Node): string[] {
  const out: string[] = [];
  doc.descendants((n) => {
    if (n.type.name === 'pasal') out.push(String(n.attrs.baseNum ?? n.attrs.num ?? ''));
    return n.type.name !== 'pasal';
  });
  return out;
}

describe('Perpres 76/2024 applied to Perpres 70/2023, both as a scan\'s text layer', () => {
  it('reads the base\'s 14 Pasal in order, its 5 BAB once each, and no page furniture into the text', () => {
    expect(pasalNumbers(base)).toEqual(Array.from({ length: 14 }, (_, i) => String(i + 1)));
    const babs: string[] = [];
    base.descendants((n) => {
      if (n.type.name === 'bab') babs.push(String(n.attrs.title ?? n.firstChild?.textContent ?? ''));
      return true;
    });
    expect(babs).toHaveLength(5);
    const body = base.child(2).textContent;
    expect(body).not.toMatch(/SK No|REPUB|INDONES/);
    const warnings = baseRead.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message);
    expect(warnings.filter((m) => /berurutan|dua kali|dimulai dengan/.test(m))).toEqual([]);
  });

  it('reads Pasal 3\'s ayat (7) and (8), whose markers text recognition set after them at the page\'s foot ("{71", "(8)"), as ayat; the marker lines are listed', () => {
    const ayat: string[] = [];
    base.descendants((n) => {
      if (n.type.name === 'pasal' && n.attrs.baseNum === '3') n.forEach((c) => { if (c.type.name === 'ayat') ayat.push(c.textContent.slice(0, 16)); });
      return n.type.name !== 'pasal';
    });
    expect(ayat).toHaveLength(8);
    expect(ayat.slice(6)).toEqual(['Atas rekomendasi', 'Atas penerbitan ']);
    expect(baseRead.removed.filter((r) => r.reason.startsWith('penanda ayat terpisah')).map((r) => r.text)).toEqual(['{71', '(8)']);
  });

  it('applies its 4 items; the one whose text names "Pasal 58" for the Pasal 5B it quotes is flagged for a look', () => {
    const applied = applyInstrument(base, instrument);
    expect(applied.report.map((r) => r.status)).toEqual(['applied', 'ambiguous', 'applied', 'applied']);
    expect(applied.report[1]?.units).toEqual(['Pasal 5A', 'Pasal 5B', 'Pasal 5C']);
    expect(applied.report[1]?.message).toContain('Pasal 58');
  });

  it('compared with its base, reads exactly the Pasal the instrument changes and inserts', () => {
    const a = applyNewInstrument(base, instrument)!;
    const j = comparisonToJson(compareDocs(base, a.doc));
    const by = (s: string) => j.units.filter((u) => u.status === s).map((u) => (u.new ?? u.old)?.replace('Pasal ', ''));
    expect(by('changed')).toEqual(['1', '12', '13']);
    expect(by('inserted')).toEqual(['5A', '5B', '5C']);
    expect(j.summary).toMatchObject({ unchanged: 11, changed: 3, inserted: 3, deleted: 0, moved: 0, renumbered: 0 });
  });
});
