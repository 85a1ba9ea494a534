/**
 * A Penjelasan is free text: its paragraphs are set apart by the indentation of their first line
 * (no blank line between them, as in the real Surabaya 3/2018 text), and the list an entry
 * explains puts each item on a line of its own. The import keeps those paragraphs, and the
 * comparison sets each on a line of its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const read = (f: string) => fs.readFileSync(path.join(corpusDir, f), 'utf8');
const NEW = parseText(read('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt')).doc;
const OLD = parseText(read('perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt')).doc;

/** The paragraphs of the first node named `type` (and, for an entry, labelled `label`). */
function paragraphs(doc: Node, type: string, label?: string): string[] {
  let out: string[] = [];
  doc.descendants((n) => {
    if (out.length === 0 && n.type.name === type && (label === undefined || n.attrs.label === label)) out = n.children.map((c) => c.textContent);
    return out.length === 0;
  });
  return out;
}

describe('the paragraphs of a Penjelasan', () => {
  it('reads the Penjelasan Umum of Surabaya 3/2018 as its four paragraphs, each opened by an indented first line', () => {
    expect(paragraphs(NEW, 'penjelasanUmum').map((p) => p.split(' ').slice(0, 2).join(' '))).toEqual(['Bahwa perkembangan', 'Perkembangan teknologi', 'Dengan potensi', 'Peraturan Daerah']);
  });

  it('reads the list an entry explains as one paragraph per item (Penjelasan Pasal 12)', () => {
    expect(paragraphs(NEW, 'penjelasanPasal', 'Pasal 12')).toEqual([
      'Parkir di dalam gedung harus memenuhi persyaratan:',
      'a. konstruksi bangunan sesuai ketentuan peraturan perundang-undangan;',
      'b. ramp up dan ramp down;',
      'c. sirkulasi udara;',
      'd. radius putar; dan',
      'e. jalur keluar darurat.',
    ]);
  });

  it('sets each paragraph on a line of its own in the comparison', () => {
    const c = compareDocs(OLD, NEW);
    const umum = c.penjelasan.find((r) => r.kind === 'penjelasanUmum')!;
    expect(umum.new?.text.split('\n')).toHaveLength(4);
    expect(umum.old?.text.split('\n')).toHaveLength(3);
    const entry = c.penjelasan.find((r) => r.new?.label === 'Penjelasan Pasal 12')!;
    expect(entry.new?.text.split('\n')).toHaveLength(6);
  });

  it('reads the same words cut into other paragraphs as unchanged: paragraphing is layout', () => {
    const text = read('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt');
    const runOn = parseText(text.replace('      Perkembangan teknologi informasi pada segala', '  Perkembangan teknologi informasi pada segala')).doc;
    expect(paragraphs(runOn, 'penjelasanUmum')).toHaveLength(3);
    const umum = compareDocs(NEW, runOn).penjelasan.find((r) => r.kind === 'penjelasanUmum')!;
    expect(umum.status).toBe('unchanged');
  });
});
