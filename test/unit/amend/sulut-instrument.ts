/**
 * The real Sulawesi Utara 4/2014 text as a base, and amending instruments for it written in the
 * style of its own amendments (the header of an instrument, the given items as Pasal I, Pasal II),
 * with readers of what applying one gives.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Node } from 'prosemirror-model';
import { expect } from 'vitest';
import { applyInstrument, consolidatedText } from '../../../src/amend/index';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

/** Sulawesi Utara 4/2014, imported. */
export const sulutBase = parseText(fs.readFileSync(path.join(corpusDir, 'perda-prov-sulut-2014-04-minuman-beralkohol.txt'), 'utf8')).doc;

/**
 * An instrument amending Sulut 4/2014 with the given items of Pasal I; `single` writes the text
 * as the whole of Pasal I instead (the single-change form, drafting-rules.md 3.4.1 Contoh 2).
 */
export function sulutInstrument(items: string, single = false): Node {
  return parseText(`GUBERNUR SULAWESI UTARA
PERATURAN DAERAH PROVINSI SULAWESI UTARA
NOMOR 7 TAHUN 2019
TENTANG
PERUBAHAN ATAS PERATURAN DAERAH PROVINSI SULAWESI UTARA
NOMOR 4 TAHUN 2014 TENTANG PENGENDALIAN DAN PENGAWASAN
MINUMAN BERALKOHOL DI PROVINSI SULAWESI UTARA

DENGAN RAHMAT TUHAN YANG MAHA ESA
GUBERNUR SULAWESI UTARA,

Menimbang : bahwa perlu dilakukan perubahan atas Peraturan Daerah Provinsi Sulawesi Utara Nomor 4 Tahun 2014;
Mengingat : Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;

MEMUTUSKAN :
Menetapkan : PERATURAN DAERAH TENTANG PERUBAHAN ATAS PERATURAN DAERAH PROVINSI SULAWESI UTARA NOMOR 4 TAHUN 2014.

Pasal I
${single ? items : `Beberapa ketentuan dalam Peraturan Daerah Provinsi Sulawesi Utara Nomor 4 Tahun 2014 diubah sebagai berikut:\n${items}`}

Pasal II
Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.
`).doc;
}

/** [item, status, units] of every change item's report line. */
export const statuses = (r: ReturnType<typeof applyInstrument>) => r.report.filter((x) => x.item > 0).map((x) => [x.item, x.status, x.units.join(', ')]);

/** [old, new, status] of the Pasal rows of `doc` compared with `base` that are not unchanged. */
export const changedPasal = (doc: Node, base: Node = sulutBase) => compareDocs(base, doc).pasal.filter((row) => row.status !== 'unchanged').map((row) => [row.old?.label ?? null, row.new?.label ?? null, row.status]);

/** The lines of the consolidated text from "Pasal N" to the next Pasal heading. */
export function pasalText(doc: Node, n: string): string {
  const text = consolidatedText(doc);
  const start = text.search(new RegExp(`^[ \\t]*Pasal ${n}[ \\t]*$`, 'm'));
  const rest = text.slice(start).split('\n');
  const end = rest.findIndex((l, i) => i > 0 && /^[ \t]*Pasal \d+\w?[ \t]*$/.test(l));
  return rest.slice(0, end).join('\n');
}

/** Apply `items` to Sulut 4/2014 and expect the one item refused ("not understood", naming `units`, saying `message`) and the text unchanged. */
export function expectRefused(items: string, units: string, message: string): void {
  const r = applyInstrument(sulutBase, sulutInstrument(items));
  expect(statuses(r)).toEqual([[1, 'not-understood', units]]);
  expect(r.report[0]?.message).toBe(message);
  expect(changedPasal(r.doc)).toEqual([]);
}
