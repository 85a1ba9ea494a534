/**
 * Part alignment of same-shaped Pasal: parts edited in place pair by position, and each guard
 * hands a case that only looks positional to the aligner (a part moved, a shift with edits, uids
 * at other places).
 */
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
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
});
