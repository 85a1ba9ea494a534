/**
 * A list of addresses followed by the name of another regulation ("dalam Pasal 20 dan Pasal 21
 * Undang-undang Nomor 8 Tahun 1981") cites that regulation throughout: no address of the list
 * becomes a link to this Perda's own Pasal (only the last one used to stay text). On the real
 * Sulawesi Utara 4/2014 text, with its citation of that law written so; and the comparison with a
 * version whose own Pasal were renumbered (and own citations updated) reads that Pasal as
 * renumbered only. Also in the list forms a P4GN Perda cites the Narkotika law and the KUHP
 * with: a comma before the conjunction ("Pasal 1, Pasal 2, dan Pasal 4 Undang-Undang …"),
 * "atau", "sampai dengan"; where the list turns from the text's own letters to the law's Pasal
 * ("huruf a dan huruf b, serta Pasal 4 Undang-Undang …") the letters stay the text's own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { compareDocs } from '../../../src/diff/compare';
import { isExternal } from '../../../src/diff/references';
import { citesOtherRegulation } from '../../../src/model/other-regulation';
import { tokenize } from '../../../src/diff/tokenize';
import { parseText } from '../../../src/parse';
import { corpusDir, fixturesDir } from '../../helpers/paths';

const printed = fs.readFileSync(path.join(corpusDir, 'perda-prov-sulut-2014-04-minuman-beralkohol.txt'), 'utf8');
const law = 'dengan ketentuan yang diatur dalam Undang-undang Nomor\n      8 Tahun 1981';
const text = printed.replace(law, 'dengan ketentuan yang diatur dalam Pasal 20 dan Pasal 21 Undang-undang Nomor\n      8 Tahun 1981');

/** The written text of every live reference in `doc`. */
function links(doc: Node): string[] {
  const out: string[] = [];
  doc.descendants((n) => {
    if (n.type.name === 'ref') out.push(String(n.attrs.text));
    return true;
  });
  return out;
}

/** The text with Pasal 13 inserted and every later Pasal and every citation of them renumbered. */
function renumbered(t: string): string {
  const header = t.indexOf('# ---');
  const body = t.slice(header).replace(/([Pp]asal\s+)(\d+)\b/g, (m, w: string, n: string) => (Number(n) < 13 ? m : `${w}${Number(n) + 1}`));
  const anchor = '    memperhatikan kondisi daerah masing-masing.\n';
  return t.slice(0, header) + body.replace(anchor, `${anchor}                               Pasal 13\n\nSetiap orang dilarang memproduksi minuman beralkohol tradisional\ntanpa izin dari Bupati/Walikota.\n`);
}

describe('a list of addresses of another regulation', () => {
  it('the text cites the law so', () => {
    expect(printed.split(law).length - 1).toBe(1);
  });

  it('no address of the list links to this Perda', () => {
    const all = links(parseText(printed).doc);
    const withList = links(parseText(text).doc);
    expect(withList).toEqual(all);
  });

  it('compared with a renumbered version, that Pasal reads as renumbered only', () => {
    const newer = renumbered(text).replace('Pasal 21 dan Pasal 22 Undang-undang', 'Pasal 20 dan Pasal 21 Undang-undang');
    expect(newer).toContain('dalam Pasal 20 dan Pasal 21 Undang-undang Nomor');
    const c = compareDocs(parseText(text).doc, parseText(newer).doc);
    const row = c.pasal.find((r) => r.old?.label === 'Pasal 31');
    expect(`${row?.status} ${row?.new?.label}`).toBe('renumbered Pasal 32');
  });
});

describe('the list forms of a citation of another law', () => {
  const cite = (list: string) => printed.replace(law, `dengan ketentuan yang diatur dalam ${list}\n      8 Tahun 1981`);
  const forms = [
    'Pasal 1, Pasal 2, dan Pasal 4 Undang-undang Nomor',
    'Pasal 1, Pasal 2, atau Pasal 4 Kitab Undang-undang Hukum Pidana dan Undang-undang Nomor',
    'Pasal 1, Pasal 2 dan/atau Pasal 4 Undang-undang Nomor',
    'Pasal 1 ayat (1), Pasal 2 ayat (1) dan ayat (2), serta Pasal 4 Undang-undang Nomor',
    'Pasal 1, Pasal 2 sampai dengan Pasal 4 Undang-undang Nomor',
  ];
  it.each(forms)('"%s …": no address of the list links to this Perda, in the parse or the comparison', (list) => {
    const all = links(parseText(printed).doc);
    expect(links(parseText(cite(list)).doc)).toEqual(all);
    const tokens = tokenize(list);
    const own = tokens.flatMap((t, i) => (t.kind === 'pasalRef' && !isExternal(tokens, i) ? [t.s] : []));
    expect(own).toEqual([]);
  });

  it('on the real UU 31/1999, "Pasal 419, Pasal 420, Pasal 423, Pasal 425, atau Pasal 435 Kitab Undang-undang Hukum Pidana" raises no warning of a missing Pasal', () => {
    const tipikor = fs.readFileSync(path.join(fixturesDir, 'amend', 'uu-1999-31-tipikor.txt'), 'utf8');
    expect(tipikor).toContain('Pasal 419, Pasal 420, Pasal 423, Pasal 425, atau Pasal 435 Kitab Undang-undang Hukum Pidana');
    const unresolved = parseText(tipikor).diagnostics.filter((d) => d.code === 'REF_UNRESOLVED').map((d) => d.message);
    // Only the source's own slip is left: "Pasal 387 atau Pasa, 388 Kitab …" does not read as one list.
    expect(unresolved).toEqual(['Pasal 7: acuan "Pasal 387" tidak ditemukan dalam dokumen; dibiarkan sebagai teks.']);
  });

  it("the text's own letters before a Pasal of the law stay its own", () => {
    const own = 'huruf a dan huruf b, serta Pasal 4 Undang-undang Nomor';
    const tokens = tokenize(`sebagaimana dimaksud pada ${own}`);
    expect(tokens.filter((t, i) => t.kind === 'otherRef' && !isExternal(tokens, i)).map((t) => t.s)).toEqual(['huruf a', 'huruf b']);
    expect(tokens.filter((t, i) => t.kind === 'pasalRef' && isExternal(tokens, i)).map((t) => t.s)).toEqual(['Pasal 4']);
  });

  it('the parse and the comparison read one list of regulation names: a word that only opens like one ("perdagangan", "Perdana") is not a name', () => {
    const forms = [
      ['larangan sebagaimana dimaksud dalam Pasal 3 perdagangan minuman beralkohol', false],
      ['sebagaimana dimaksud dalam Pasal 3 Perdana Menteri', false],
      ['sebagaimana dimaksud dalam Pasal 3 KUHP', true],
      ['sebagaimana dimaksud dalam Pasal 3 Perda Nomor 5 Tahun 2010', true],
      ['sebagaimana dimaksud dalam Pasal 3 UU Narkotika', true],
      ['sebagaimana dimaksud dalam Pasal 3 Peraturan Daerah ini', false],
      ['Ketentuan minimum pidana penjara dalam Pasal 5, Pasal 6, dan Pasal 10 Undang-undang ini', false],
      ['sebagaimana dimaksud dalam Pasal 3 Peraturan Presiden ini', false],
      ['sebagaimana dimaksud dalam Pasal 3 Peraturan Pemerintah ini', false],
      ['sebagaimana dimaksud dalam Pasal 3 Peraturan Wali Kota ini', false],
      ['sebagaimana dimaksud dalam Pasal 3 Qanun ini', false],
      ['sebagaimana dimaksud dalam Pasal 3 Peraturan Pemerintah Nomor 2 Tahun 2018', true],
    ] as const;
    for (const [written, external] of forms) {
      const tokens = tokenize(written);
      const at = tokens.findIndex((t) => t.kind === 'pasalRef');
      expect([written, isExternal(tokens, at)]).toEqual([written, external]);
      const address = (tokens[at] as { s: string }).s;
      expect([written, citesOtherRegulation(address, written.slice(written.indexOf(address) + address.length))]).toEqual([written, external]);
    }
  });

  it('"Pasal 10 Undang-undang ini" in a law, as UU 20/2001 cites its own Pasal, is a link to that Pasal', () => {
    const law = [
      'UNDANG-UNDANG REPUBLIK INDONESIA', 'NOMOR 1 TAHUN 2020', 'TENTANG', 'CONTOH', '',
      'Pasal 1', 'Setiap orang dilarang menyalahgunakan narkotika.', '',
      'Pasal 2', 'Pidana sebagaimana dimaksud dalam Pasal 1 Undang-undang ini dijatuhkan oleh hakim.', '',
    ].join('\n');
    expect(links(parseText(law).doc)).toEqual(['Pasal 1']);
  });
});
