/**
 * Letters and numbers that continue a reference's list ("Pasal 35 ayat (1) huruf a dan huruf b")
 * are references too, each linked to its item, so a comparison maps them like the first: on the
 * real Surabaya 3/2018 text, a new huruf a inserted in Pasal 35 ayat (1) renumbers the four items
 * after it, and Pasal 36's "Pasal 35 ayat (1) huruf a dan huruf b", now "huruf b dan huruf c",
 * only followed the renumbering (it read "Diubah", the second letter being plain text).
 *
 * So are a letter or number cited alone where its list stands ("sebagaimana dimaksud pada huruf
 * a dan huruf b" in an item of the same list): on the real Sulawesi Utara 4/2014 text with such a
 * citation in Pasal 17 ayat (1) huruf j, a new huruf a leaves that item "Nomor berubah", not
 * "diubah". A letter the list lacks, or one of another law, stays text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { compareDocs } from '../../../src/diff/compare';
import { numberDocument } from '../../../src/model/numbering';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';
import { once, original as sulut } from '../diff/sulut-edits';

const original = fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'), 'utf8');

/** Each live reference of the textblock holding `phrase`: what it says and the address of its target. */
function refsIn(doc: Node, phrase: string): string[] {
  const numbering = numberDocument(doc);
  const uidAddress = new Map<string, string>();
  doc.descendants((n) => {
    const num = numbering.get(String(n.attrs.uid ?? ''));
    if (num) uidAddress.set(String(n.attrs.uid), num.address);
    return true;
  });
  const out: string[] = [];
  doc.descendants((n) => {
    if (n.isTextblock && n.textContent.includes(phrase)) n.forEach((c) => { if (c.type.name === 'ref') out.push(`${String(c.attrs.text)} -> ${uidAddress.get(String(c.attrs.target)) ?? '?'}`); });
    return true;
  });
  return out;
}

/** Pasal 35 ayat (1) with a new huruf a; the items after it and every citation of them renumbered. */
function withItemInserted(): string {
  let text = once(original, '      a. penguncian ban kendaraan bermotor dan kendaraan\n         tidak bermotor;\n\n      b. pemindahan kendaraan;\n\n      c. pengurangan angin roda kendaraan; dan/atau\n\n      d. pencabutan pentil ban kendaraan.',
    '      a. teguran tertulis kepada pemilik kendaraan;\n\n      b. penguncian ban kendaraan bermotor dan kendaraan\n         tidak bermotor;\n\n      c. pemindahan kendaraan;\n\n      d. pengurangan angin roda kendaraan; dan/atau\n\n      e. pencabutan pentil ban kendaraan.');
  text = once(text, '(1) huruf b dilakukan sengan cara', '(1) huruf c dilakukan sengan cara');
  text = once(text, 'dimaksud pada ayat (1) huruf b, Dinas tidak', 'dimaksud pada ayat (1) huruf c, Dinas tidak');
  return once(text, 'Pasal 35 ayat (1) huruf a dan huruf b,', 'Pasal 35 ayat (1) huruf b dan huruf c,');
}

describe('letters and numbers continuing a reference list', () => {
  it('each links to its own item', () => {
    expect(refsIn(parseText(original).doc, 'Terhadap pengenaan sanksi administratif')).toEqual([
      'Pasal 35 ayat (1) huruf a -> Pasal 35 ayat (1) huruf a',
      'huruf b -> Pasal 35 ayat (1) huruf b',
    ]);
  });

  it('numbers of a letter and letters after them, and nothing past the list', () => {
    const text = once(original, 'Pasal 35 ayat (1) huruf a dan huruf b,', 'Pasal 1 angka 3, angka 4 dan angka 5 serta Pasal 35 ayat (1) huruf a, huruf b, dan huruf z,');
    expect(refsIn(parseText(text).doc, 'Terhadap pengenaan sanksi administratif')).toEqual([
      'Pasal 1 angka 3 -> Pasal 1 angka 3',
      'angka 4 -> Pasal 1 angka 4',
      'angka 5 -> Pasal 1 angka 5',
      'Pasal 35 ayat (1) huruf a -> Pasal 35 ayat (1) huruf a',
      'huruf b -> Pasal 35 ayat (1) huruf b',
    ]);
  });

  it('a citation whose letters followed an inserted item reads unchanged', () => {
    const c = compareDocs(parseText(original).doc, parseText(withItemInserted()).doc);
    expect(c.pasal.filter((r) => r.status !== 'unchanged').map((r) => `${r.status} ${r.old?.label}`)).toEqual(['changed Pasal 35']);
    expect(c.pasal.find((r) => r.old?.label === 'Pasal 36')?.refsOnly).toBe(true);
  });
});

/** Sulut with a citation of huruf a and b in Pasal 17 ayat (1) huruf j, and one of another law's letter. */
const sulutCiting = once(sulut, '    j. Rencana memasukan 1 (satu) tahun ke depan dari minuman\n        beralkohol yang akan disalurkan.',
  '    j. Rencana memasukan 1 (satu) tahun ke depan dari minuman\n        beralkohol yang akan disalurkan, sesuai dokumen sebagaimana dimaksud pada huruf a dan huruf b, huruf z, serta dalam huruf a Undang-Undang Nomor 8 Tahun 1981.');

describe('letters cited alone where their list stands', () => {
  it('link to the items of that list, and not past it', () => {
    expect(refsIn(parseText(sulutCiting).doc, 'sesuai dokumen')).toEqual([
      'huruf a -> Pasal 17 ayat (1) huruf a',
      'huruf b -> Pasal 17 ayat (1) huruf b',
    ]);
  });

  it('a citing item whose letters followed an inserted item reads renumbered', () => {
    // A new huruf a in Pasal 17 ayat (1): its items b-j become c-k, and the citation follows.
    const from = sulutCiting.indexOf('    a. Fotokopi Akta pendirian');
    const to = sulutCiting.indexOf('(2) Terhadap pemegang rekomendasi');
    const list = sulutCiting.slice(from, to).replace(/^ {4}([a-j])\. /gm, (_m, l: string) => `    ${String.fromCharCode(l.charCodeAt(0) + 1)}. `).replace('huruf a dan huruf b,', 'huruf b dan huruf c,');
    const inserted = `${sulutCiting.slice(0, from)}    a. Surat permohonan bermeterai;\n${list}${sulutCiting.slice(to)}`;
    const c = compareDocs(parseText(sulutCiting).doc, parseText(inserted).doc);
    const row = c.pasal.find((r) => r.old?.label === 'Pasal 17')!;
    const j = row.parts.find((p) => p.old?.label === 'Pasal 17 ayat (1) huruf j');
    expect(`${j?.status} ${j?.new?.label}`).toBe('renumbered Pasal 17 ayat (1) huruf k');
    expect(row.parts.filter((p) => p.status === 'inserted').map((p) => p.new?.label)).toEqual(['Pasal 17 ayat (1) huruf a']);
  });
});
