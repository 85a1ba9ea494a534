/**
 * An imported text printed with insertion numbers (an amended Perda, consolidated) is read in
 * perubahan mode and keeps every number as printed; an ordinary text, or one with a misread
 * number that does not continue the number before it, stays in penggantian mode.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { numberDocument } from '../../../src/model/numbering';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const original = fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'), 'utf8');

/** The Pasal markers of a document in order, as the numbering gives them. */
function pasalMarkers(text: string): { mode: unknown; markers: string[]; codes: string[] } {
  const { doc, diagnostics } = parseText(text);
  const numbering = numberDocument(doc);
  const markers: string[] = [];
  doc.descendants((n) => {
    if (n.type.name === 'pasal') markers.push(numbering.get(String(n.attrs.uid))?.marker ?? '?');
    return n.type.name !== 'pasal';
  });
  return { mode: doc.attrs.mode, markers, codes: diagnostics.map((d) => d.code) };
}

describe('numbering mode of an imported text', () => {
  it('keeps the printed numbers of a text with an inserted Pasal 20A', () => {
    const lines = original.split('\n');
    const at = lines.findIndex((l) => l.trim() === 'BAB VII');
    const amended = [...lines.slice(0, at), 'Pasal 20A', '', 'Petugas parkir wajib menggunakan seragam.', '', ...lines.slice(at)].join('\n');
    const read = pasalMarkers(amended);
    expect(read.mode).toBe('perubahan');
    expect(read.markers.slice(19, 22)).toEqual(['Pasal 20', 'Pasal 20A', 'Pasal 21']);
    expect(read.markers.at(-1)).toBe('Pasal 41');
    expect(read.codes).toContain('INSERTION_NUMBERS');
  });

  it('numbers an ordinary text by position', () => {
    const read = pasalMarkers(original);
    expect(read.mode).toBe('penggantian');
    expect(read.markers).toEqual(read.markers.map((_, i) => `Pasal ${i + 1}`));
    expect(read.codes).not.toContain('INSERTION_NUMBERS');
  });

  it('does not take a misread number ("(2l)" for ayat (2)) for an insertion number', () => {
    const misread = original.replace('(2)   Orang atau badan penyelenggara Tempat Parkir di luar', '(2l)  Orang atau badan penyelenggara Tempat Parkir di luar');
    expect(misread).not.toBe(original);
    const { doc } = parseText(misread);
    let read = '';
    doc.descendants((n) => {
      if (n.type.name === 'ayat' && n.textContent.startsWith('Orang atau badan penyelenggara Tempat Parkir di luar Ruang Milik Jalan wajib memberikan')) read = String(n.attrs.baseNum);
      return true;
    });
    expect(read).toBe('2l');
    expect(doc.attrs.mode).toBe('penggantian');
  });
});
