/**
 * A Pasal's own references say which of its parts correspond: Surabaya old Pasal 7 ayat (2) cites
 * ayat (1) and its counterpart, new Pasal 13 ayat (3), cites ayat (2). So old ayat (1) is not new
 * ayat (1), which it shares only "tempat parkir" with; nor is it new ayat (2), which reads too
 * unlike it: it is deleted, and the citing ayat reads "ayat (1)" -> "ayat (2)" as the change it
 * is (the location criteria now apply to another ayat). And a reference that reads the same but
 * points at another ayat is struck and inserted, both flagged `repointed`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';
import { surabayaComparison } from '../../helpers/surabaya-comparison';
import { partNotes } from '../../../src/export/table/part-notes';
import { partNote } from '../../../renderer/panels/compare/row-parts';
import type { RowText } from '../../../renderer/panels/compare/row-parts';

const read = (f: string) => parseText(fs.readFileSync(path.join(corpusDir, f), 'utf8')).doc;

describe('parts paired as their Pasal cites them', () => {
  const c = compareDocs(read('perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt'), read('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'));
  const row = c.pasal.find((r) => r.new?.label === 'Pasal 13')!;
  const byNew = (label: string) => row.parts.find((p) => p.new?.label === label)!;

  it('drops the pairing the citations contradict and pairs no ayat that reads too unlike', () => {
    expect([byNew('Pasal 13 ayat (1)').status, byNew('Pasal 13 ayat (1)').old]).toEqual(['inserted', null]);
    expect([byNew('Pasal 13 ayat (2)').status, byNew('Pasal 13 ayat (2)').old]).toEqual(['inserted', null]);
    expect(row.parts.find((p) => p.old?.label === 'Pasal 7 ayat (1)')?.status).toBe('deleted');
  });

  it('so the citing ayat shows its reference changed: the criteria now apply to another ayat', () => {
    const segs = byNew('Pasal 13 ayat (3)').segments;
    expect(segs.filter((s) => s.op !== 'equal').map((s) => `${s.op} ${s.text.trim()}`)).toEqual(['delete ayat (1)', 'insert ayat (2) harus']);
    expect(segs.some((s) => s.repointed)).toBe(false);
  });

  it('flags a reference that reads the same but points at another ayat (old 4(4) -> new 11(8): "ayat (2)")', () => {
    const all = c.pasal.flatMap((r) => r.parts.flatMap((p) => p.segments.filter((g) => g.repointed).map((g) => `${p.new?.label} ${g.op}${g.text}`)));
    // Also old 16(2) -> new 17(2), "ayat (1)": the honorarium ayat then, an inserted ayat now (set apart from "terdiri dari").
    expect(all).toEqual(['Pasal 11 ayat (8) delete ayat (2)', 'Pasal 11 ayat (8) insert ayat (2)', 'Pasal 17 ayat (2) delete ayat (1)', 'Pasal 17 ayat (2) insert ayat (1)']);
    // The Pasal's redline keeps the flags (its runs are joined from the parts' runs).
    const redline = c.pasal.find((r) => r.new?.label === 'Pasal 11')!.segments.filter((g) => g.repointed);
    expect(redline.map((g) => `${g.op}${g.text}`)).toEqual(['delete ayat (2)', 'insert ayat (2)']);
  });

  it('names such a reference in the notes, which paper prints, with what it pointed at as now numbered', () => {
    const row = c.pasal.find((r) => r.new?.label === 'Pasal 11')!;
    expect(partNotes(row)).toContain('ayat (8) (semula ayat (4)) diubah; rujukan “ayat (2)” kini menunjuk unit lain (yang dirujuk semula kini ayat (4))');
    const { result } = surabayaComparison();
    const view = result.rows.find((r) => r.kind === 'pasal' && r.new?.label === 'Pasal 11')!;
    const part = view.parts.find((p) => p.new?.label === 'Pasal 11 ayat (8)')!;
    expect(part.repointed).toEqual([{ ref: 'ayat (2)', was: 'ayat (4)' }]);
    const t = ((key: string, o?: Record<string, string>) => (key === 'compare.repointedWasNote' ? `; rujukan “${o?.ref}” … kini ${o?.was}` : 'Diubah')) as RowText['t'];
    expect(partNote(view, part, { t } as RowText, new Set())).toBe('ayat (8) (semula ayat (4)): diubah; rujukan “ayat (2)” … kini ayat (4)');
    // Old 16(2)'s "ayat (1)" meant the honorarium ayat, now ayat (3); no other part has such a reference.
    expect(result.rows.flatMap((r) => r.parts.flatMap((p) => (p.repointed ?? []).map((x) => `${p.new?.label}: ${x.ref} -> ${x.was}`)))).toEqual([
      'Pasal 11 ayat (8): ayat (2) -> ayat (4)',
      'Pasal 17 ayat (2): ayat (1) -> ayat (3)',
    ]);
  });

});
