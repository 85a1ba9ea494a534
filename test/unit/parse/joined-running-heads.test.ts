/**
 * A page's letterhead that text recognition ran into the middle of lines ("… Tahun 1945. PRES I
 * DEN 3. Badan adalah …", UU 9/2018 as a web page gives it) is cut out, so the unit after it is
 * one of its own; words in capitals that are text (an abbreviation, a heading) stay.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { parseText } from '../../../src/parse';
import { fixturesDir } from '../../helpers/paths';
import { PERDA_HEAD, PERDA_TAIL } from '../../helpers/perda-text';

/** Every Pasal's text and its units' numbers, in order. */
function pasalOutline(doc: Node): string[] {
  const out: string[] = [];
  doc.descendants((n) => {
    if (n.type.name !== 'pasal') return true;
    const units: string[] = [];
    n.descendants((u) => {
      if (u.type.name === 'ayat' || u.type.name === 'item') units.push(`${u.type.name} ${String(u.attrs.baseNum ?? u.attrs.label ?? '')}`);
      return true;
    });
    out.push(`${n.textContent} | ${units.join(', ')}`);
    return false;
  });
  return out;
}

describe('a letterhead run into the lines of a recognised print', () => {
  const result = parseText(fs.readFileSync(path.join(fixturesDir, 'diff', 'uu-2018-09-pnbp.txt'), 'utf8'));

  it('is cut out of every Pasal but the last, whose signature block names the President', () => {
    const withHead = pasalOutline(result.doc).filter((p) => p.includes('PRES I DEN'));
    expect(withHead).toHaveLength(1);
    expect(withHead[0]).toMatch(/^Undang-Undang m1 mulai berlaku pada tanggal diundangkan\. PRES I DEN REPUBL/);
    expect(result.removed.filter((r) => r.text === 'PRES I DEN' && r.reason === 'kepala/kaki halaman berulang')).toHaveLength(24);
  });

  it('sets apart the units it hid: the definitions, ayat and items numbered in sequence', () => {
    const outline = pasalOutline(result.doc);
    const units = (n: number) => (outline[n - 1] ?? '').split(' | ')[1];
    // Pasal 1's definitions 3, 10 and 20 each followed the letterhead; 17 stays in 16, its number
    // read "1 7." (warned).
    expect(units(1)).toBe([...Array.from({ length: 16 }, (_, i) => i + 1), 18, 19, 20, 21, 22, 23].map((n) => `item ${n}`).join(', '));
    expect(units(30)).toBe('ayat 1, ayat 2, ayat 3, ayat 4');
    expect(units(56)).toBe('ayat 1, ayat 2, ayat 3');
    const outOfSequence = result.diagnostics.filter((d) => /tidak berurutan/.test(d.message)).map((d) => d.message);
    expect(outOfSequence).toEqual(['Pasal 1: rincian 18 sesudah 16; penomoran tidak berurutan.']);
  });

  it('leaves alone capitals that are text: an abbreviation that opens a sentence, a heading, a run that stands once', () => {
    const body = [
      'BAB I', 'KETENTUAN UMUM', 'Pasal 1',
      '(1) Rencana disusun oleh Pemerintah Daerah. DPRD membahas rencana. (2) Rencana ditetapkan. DPRD menyetujui rencana. (3) Rencana diumumkan.',
      'Pasal 2', '(1) Pendapatan dicatat dalam APBD. APBD memuat pendapatan. (2) Pendapatan dilaporkan. KEPALA DAERAH (3) Laporan diumumkan.',
      'Pasal 3', 'Hasil dilaporkan. BAB II PELAKSANAAN Pasal 4 Pelaksanaan diatur dengan Peraturan Wali Kota.',
    ].join('\n');
    const doc = parseText(`${PERDA_HEAD}${body}\n${PERDA_TAIL}`).doc;
    const outline = pasalOutline(doc);
    expect(outline[0]).toBe('Rencana disusun oleh Pemerintah Daerah. DPRD membahas rencana.Rencana ditetapkan. DPRD menyetujui rencana.Rencana diumumkan. | ayat 1, ayat 2, ayat 3');
    // "KEPALA DAERAH" stands once before an ayat: no running head, its words kept.
    expect(outline[1]).toContain('KEPALA DAERAH');
    expect(outline).toHaveLength(4);
    // "BAB II PELAKSANAAN" after a clause's end, before a Pasal, stays a heading.
    const babs: string[] = [];
    doc.descendants((n) => {
      if (n.type.name === 'bab') babs.push(n.firstChild?.textContent ?? '');
      return n.type.name !== 'pasal';
    });
    expect(babs).toHaveLength(2);
  });
});
