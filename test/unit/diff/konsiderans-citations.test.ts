/**
 * The last Menimbang item cites the items before it ("sebagaimana dimaksud dalam huruf a, huruf b
 * dan huruf c"). A revision that inserts a consideration letters the later items anew and cites
 * them all; on the real Surabaya 3/2018 text, a new huruf c makes the old c huruf d and the old d
 * huruf e, which now cites "huruf a, huruf b, huruf c, dan huruf d". Its row is "Diubah" (a
 * citation was added), and its redline inserts just that citation and its comma: the old
 * "huruf c" is the new "huruf d" (a letter printed otherwise), not struck. A letter of another
 * law in the same item ("Pasal 12 ayat (2) huruf c Undang-Undang …") is not the Menimbang's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { keteranganOf } from '../../../src/diff/keterangan';
import { renumberedPieces } from '../../../src/diff/printed-otherwise';
import type { Segment } from '../../../src/diff/types';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';
import { once } from './sulut-edits';

const text = fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'), 'utf8');

/** The redline of `segments` as text: [-struck-], {+inserted+}, <old|new> for a piece printed otherwise. */
const redline = (segments: readonly Segment[]) => segments.map((s) => (s.op === 'equal' ? (s.old !== undefined && s.old !== s.text ? `<${s.old}|${s.text}>` : s.text) : s.op === 'delete' ? `[-${s.text}-]` : `{+${s.text}+}`)).join('');

/** `base` with a consideration inserted as huruf c, the later items relettered and the last one citing them all. */
function withConsiderationInserted(base: string): string {
  return once(
      once(base, '             c.     bahwa penyelenggaraan perparkiran di Kota Surabaya', '             c.     bahwa pemanfaatan teknologi informasi diperlukan untuk\n                    meningkatkan pelayanan parkir;\n\n             d.     bahwa penyelenggaraan perparkiran di Kota Surabaya'),
      '             d.     bahwa berdasarkan pertimbangan sebagaimana dimaksud\n                    dalam huruf a, huruf b dan huruf c, perlu',
      '             e.     bahwa berdasarkan pertimbangan sebagaimana dimaksud\n                    dalam huruf a, huruf b, huruf c, dan huruf d, perlu',
    );
}

describe('the Menimbang item that cites the items before it', () => {
  it('follows their new letters after a consideration is inserted', () => {
    const c = compareDocs(parseText(text).doc, parseText(withConsiderationInserted(text)).doc);
    expect(c.konsiderans.filter((r) => r.status !== 'unchanged').map((r) => `${r.status} ${r.old?.label ?? '-'} -> ${r.new?.label ?? '-'}`)).toEqual([
      'inserted - -> Menimbang huruf c',
      'renumbered Menimbang huruf c -> Menimbang huruf d',
      'changed Menimbang huruf d -> Menimbang huruf e',
    ]);
    const last = c.konsiderans.find((r) => r.new?.label === 'Menimbang huruf e')!;
    expect(keteranganOf(last)).toBe('Diubah (semula Menimbang huruf d)');
    const marked = redline(last.segments);
    expect(marked).toContain('huruf a, huruf b{+, huruf c,+}<');
    expect(marked).not.toContain('[-');
    // The rest reads the same but for the cited letter, which the table marks as printed otherwise.
    const rest = last.segments[last.segments.length - 1]!;
    expect(renumberedPieces(rest.old!, rest.text)?.filter((p) => !('same' in p))).toEqual([{ old: 'c,', now: 'd,' }]);
  });

  it('leaves a letter of another law alone ("Pasal 12 ayat (2) huruf c Undang-Undang …" in the last item, in both texts)', () => {
    const citing = once(text, 'dalam huruf a, huruf b dan huruf c, perlu', 'dalam huruf a, huruf b dan huruf c, serta Pasal 12 ayat (2)\n                    huruf c Undang-Undang Nomor 23 Tahun 2014, perlu');
    const inserted = once(withConsiderationInserted(text), 'dalam huruf a, huruf b, huruf c, dan huruf d, perlu', 'dalam huruf a, huruf b, huruf c, dan huruf d, serta Pasal 12 ayat (2)\n                    huruf c Undang-Undang Nomor 23 Tahun 2014, perlu');
    const c = compareDocs(parseText(citing).doc, parseText(inserted).doc);
    const last = c.konsiderans.find((r) => r.new?.label === 'Menimbang huruf e')!;
    // Only the Menimbang's own "huruf c" is printed otherwise; the law's "huruf c" reads the same.
    const otherwise = last.segments.flatMap((s) => (s.op === 'equal' && s.old !== undefined ? (renumberedPieces(s.old, s.text) ?? []).filter((p) => !('same' in p)) : []));
    expect(otherwise).toEqual([{ old: 'c,', now: 'd,' }]);
    expect(redline(last.segments)).toContain('ayat (2) huruf c Undang-Undang');
  });
});
