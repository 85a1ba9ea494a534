/**
 * A list of addresses followed by the name of another regulation ("dalam Pasal 20 dan Pasal 21
 * Undang-undang Nomor 8 Tahun 1981") cites that regulation throughout: no address of the list
 * becomes a link to this Perda's own Pasal (only the last one used to stay text). On the real
 * Sulawesi Utara 4/2014 text, with its citation of that law written so; and the comparison with a
 * version whose own Pasal were renumbered (and own citations updated) reads that Pasal as
 * renumbered only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

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
