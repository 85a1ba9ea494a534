/**
 * A draft compared again after an edit reuses the extracted units of the Pasal it kept, but only
 * while they still read the same: a kept Pasal whose live reference now points to a renumbered
 * Pasal, or a document switched to the other numbering mode, is extracted afresh.
 */
import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { extractUnits } from '../../../src/diff/extract';
import { renderText } from '../../../src/diff/render';
import { perdaSchema } from '../../../src/model/schema';
import { ayat, bab, para, pasal, perdaDoc } from '../renderer/fixtures';

type J = Record<string, unknown>;
const withUid = (node: J, id: string, baseNum: string | null = null): J => ({ ...node, attrs: { uid: id, baseNum, deleted: false } });
const refTo = (target: string): J => ({ type: 'para', content: [{ type: 'text', text: 'Izin sebagaimana dimaksud dalam ' }, { type: 'ref', attrs: { target, to: null, text: 'lama' } }, { type: 'text', text: ' dicabut.' }] });

const first = withUid(pasal(refTo('p3')), 'p1');
const second = withUid(pasal(para('Wali Kota menetapkan lokasi parkir.')), 'p2');
const third = withUid(pasal(para('Setiap orang wajib memiliki izin.')), 'p3');
const inserted = withUid(pasal(para('Dinas melaksanakan pengawasan.')), 'pX');
const twoAyat = withUid(pasal(withUid(ayat(para('Ayat pertama.')), 'a1', '1'), withUid(ayat(para('Ayat sisipan.')), 'a2', null), withUid(ayat(para('Ayat kedua.')), 'a3', '2')), 'p4', '1');

function docOf(pasals: J[], mode: 'penggantian' | 'perubahan' = 'penggantian'): Node {
  const json = perdaDoc(bab('KETENTUAN UMUM', ...pasals)) as J;
  return perdaSchema.nodeFromJSON({ ...json, attrs: { ...(json.attrs as J), mode } });
}

/** `doc` with `extra` inserted before the Pasal `beforeUid`; every other node is shared, as in an edited draft. */
function insertBefore(doc: Node, beforeUid: string, extra: J): Node {
  let at = -1;
  doc.descendants((n, pos) => {
    if (n.type.name === 'pasal' && n.attrs.uid === beforeUid) at = pos;
    return at < 0;
  });
  return new Transform(doc).insert(at, perdaSchema.nodeFromJSON(extra)).doc;
}

describe('reuse of extracted Pasal units', () => {
  it('reuses a kept Pasal and re-reads one whose reference target was renumbered', () => {
    const before = docOf([first, second, third]);
    const after = insertBefore(before, 'p3', inserted);
    const a = extractUnits(before);
    const b = extractUnits(after);
    // Pasal 2 kept its node, number and BAB: the same unit.
    expect(b.pasal[1]).toBe(a.pasal[1]);
    // Pasal 1 kept its node and number, but its reference now reads Pasal 4.
    expect(renderText(a.pasal[0]!.tokens)).toContain('Pasal 3');
    expect(renderText(b.pasal[0]!.tokens)).toContain('Pasal 4');
    expect(b.pasal[0]).not.toBe(a.pasal[0]);
  });

  it('does not reuse a unit across numbering modes', () => {
    const perubahan = docOf([twoAyat], 'perubahan');
    const penggantian = perdaSchema.node('doc', { ...perubahan.attrs, mode: 'penggantian' }, perubahan.content);
    const markers = (d: Node) => extractUnits(d).pasal[0]!.parts.map((p) => p.marker);
    expect(markers(perubahan)).toEqual(['(1)', '(1a)', '(2)']);
    expect(markers(penggantian)).toEqual(['(1)', '(2)', '(3)']);
  });
});
