/**
 * The last Menimbang item cites the items before it ("sebagaimana dimaksud dalam huruf a, huruf b
 * dan huruf c"). A revision that inserts a consideration letters the later items anew and cites
 * them all; on the real Surabaya 3/2018 text, a new huruf c makes the old c huruf d and the old d
 * huruf e, which now cites "huruf a, huruf b, huruf c, dan huruf d". Its row is "Diubah" (a
 * citation was added), and its redline inserts just that citation and its comma: the old
 * "huruf c" is the new "huruf d" (a letter printed otherwise), not struck.
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

describe('the Menimbang item that cites the items before it', () => {
  it('follows their new letters after a consideration is inserted', () => {
    const inserted = once(
      once(text, '             c.     bahwa penyelenggaraan perparkiran di Kota Surabaya', '             c.     bahwa pemanfaatan teknologi informasi diperlukan untuk\n                    meningkatkan pelayanan parkir;\n\n             d.     bahwa penyelenggaraan perparkiran di Kota Surabaya'),
      '             d.     bahwa berdasarkan pertimbangan sebagaimana dimaksud\n                    dalam huruf a, huruf b dan huruf c, perlu',
      '             e.     bahwa berdasarkan pertimbangan sebagaimana dimaksud\n                    dalam huruf a, huruf b, huruf c, dan huruf d, perlu',
    );
    const c = compareDocs(parseText(text).doc, parseText(inserted).doc);
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
});
