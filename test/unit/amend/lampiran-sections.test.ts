/**
 * The parts of a Lampiran kept as text: its top-level lettered sections and its closing
 * signature, read from the real Banjarnegara 8/2025 Lampiran and from a Lampiran that sets out a
 * form (whose own "Ditetapkan di" lines are not the signature).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lampiranParts, sectionsByLetter } from '../../../src/amend/lampiran-sections';
import type { NodeJson } from '../../../src/model/doc-json';
import { parseText } from '../../../src/parse/index';
import { corpusDir } from '../../helpers/paths';

const para = (text: string): NodeJson => ({ type: 'para', content: [{ type: 'text', text }] });

describe('the sections and the signature of a Lampiran', () => {
  it('real Banjarnegara Lampiran I: sections A, B and D at the margin (the indented "A. Pelayanan Persalinan" of a table is none), the signature at its end', () => {
    const inst = parseText(fs.readFileSync(path.join(corpusDir, 'perda-kab-banjarnegara-2025-08-perubahan-pajak-retribusi-daerah.txt'), 'utf8')).doc;
    const lampiran: NodeJson[] = [];
    inst.forEach((n) => void (n.type.name === 'lampiran' && lampiran.push(n.toJSON() as NodeJson)));
    const one = lampiranParts(lampiran[0]!.content!);
    expect(one.sections.map((s) => s.letter)).toEqual(['A', 'B', 'D']);
    const texts = lampiran[0]!.content!.map((p) => (p.content ?? []).map((c) => c.text ?? '').join(''));
    expect(texts[one.bodyEnd]).toMatch(/^\s*Ditetapkan di Banjarne/);
    expect(one.sections[2]!.to).toBe(one.bodyEnd);
    expect(texts.slice(one.sections[0]!.from, one.sections[0]!.to).some((t) => t.trim() === 'A. Pelayanan Persalinan')).toBe(true);
    expect(lampiranParts(lampiran[1]!.content!).sections.map((s) => s.letter)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
  });

  it('a form set out in the Lampiran keeps its "Ditetapkan di" in the body; a letter twice cannot be told apart', () => {
    const form = ['A. Bentuk Surat Izin', 'SURAT IZIN PENYELENGGARAAN PARKIR', 'Ditetapkan di ……', 'pada tanggal ……', ...Array.from({ length: 20 }, (_, i) => `   ${i + 1}. isian`), 'B. Bentuk Kartu Parkir', 'NOMOR KARTU ……'];
    const parts = lampiranParts(form.map(para));
    expect(parts.bodyEnd).toBe(form.length);
    expect(parts.sections.map((s) => [s.letter, s.from, s.to])).toEqual([['A', 0, 24], ['B', 24, 26]]);
    const signed = lampiranParts([...form, 'Ditetapkan di Banjarnegara', 'pada tanggal 1 Juni 2023', 'BUPATI BANJARNEGARA,'].map(para));
    expect(signed.bodyEnd).toBe(form.length);
    expect(sectionsByLetter(lampiranParts(['A. Satu', 'A. Dua'].map(para)))).toBeNull();
  });
});
