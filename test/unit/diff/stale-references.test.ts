/**
 * A Pasal inserted and the later Pasal renumbered, but no citation updated (a common drafting
 * slip), on the real Sulawesi Utara 4/2014 text: every Pasal whose unchanged words now cite other
 * Pasal reads the same way, as changed. Pasal 32 cites "pasal 13 ayat (1), pasal 14, dan/atau
 * pasal 15": the first citation finds no target any more (the new Pasal 13 has no ayat), which
 * must not hide that the other two now point elsewhere. Their Keterangan says that the words are
 * the same and the citations did not follow the new numbering (their redline shows no word change).
 * But a citation list names a set: when Pasal 20 and 21 swap places, Pasal 30's unchanged
 * "pasal 19, pasal 20 dan/atau pasal 21" still cites the same Pasal and reads as unchanged. And two
 * imports of the same text (references linked to other uids) have no row whose "reference numbers
 * only" changed, so the exported table notes none.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { keteranganOf } from '../../../src/diff/keterangan';
import { comparisonTable } from '../../../src/export/table/index';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const original = fs.readFileSync(path.join(corpusDir, 'perda-prov-sulut-2014-04-minuman-beralkohol.txt'), 'utf8');

/** The text with a new Pasal 13 after Pasal 12 and the Pasal headings from 13 on renumbered, citations left as they were. */
function withPasal13Inserted(text: string): string {
  const header = text.indexOf('# ---');
  const body = text.slice(header).replace(/^(\s*)Pasal (\d+)\s*$/gm, (_m, indent: string, n: string) => `${indent}Pasal ${Number(n) >= 13 ? Number(n) + 1 : Number(n)}`);
  const anchor = '    memperhatikan kondisi daerah masing-masing.\n';
  expect(body.split(anchor).length - 1).toBe(1);
  const inserted = '                               Pasal 13\n\nSetiap orang dilarang memproduksi minuman beralkohol tradisional\ntanpa izin dari Bupati/Walikota.\n';
  return text.slice(0, header) + body.replace(anchor, anchor + inserted);
}

describe('citations left unchanged after renumbering', () => {
  it('the Pasal citing Pasal 13 and later all read as changed, the rest as renumbered', () => {
    expect(original).toContain('pasal 13 ayat (1), pasal 14, dan/atau pasal 15');
    const c = compareDocs(parseText(original).doc, parseText(withPasal13Inserted(original)).doc);
    const notRenumbered = c.pasal.filter((r) => r.status !== 'unchanged' && r.status !== 'renumbered').map((r) => `${r.status} ${r.old?.label ?? '-'} -> ${r.new?.label}`);
    expect(notRenumbered).toEqual(['inserted - -> Pasal 13', 'changed Pasal 17 -> Pasal 18', 'changed Pasal 30 -> Pasal 31', 'changed Pasal 32 -> Pasal 33']);
    const changed = c.pasal.filter((r) => r.status === 'changed');
    expect(changed.map((r) => r.staleRefs)).toEqual([true, true, true]);
    expect(keteranganOf(changed[0]!)).toBe('Diubah (semula Pasal 17); bunyi sama, tetapi rujukan tidak menyesuaikan penomoran baru');
  });

  it('a Pasal whose words changed is not said to have the same words', () => {
    const edited = withPasal13Inserted(original).replace('pasal 13 ayat (1), pasal 14, dan/atau pasal 15', 'pasal 13 ayat (1), pasal 14, atau pasal 15');
    const c = compareDocs(parseText(original).doc, parseText(edited).doc);
    const pasal32 = c.pasal.find((r) => r.old?.label === 'Pasal 32');
    expect(pasal32?.status).toBe('changed');
    expect(pasal32?.staleRefs).toBe(false);
    expect(keteranganOf(pasal32!)).toBe('Diubah (semula Pasal 32)');
  });

  it('two cited Pasal swapped: a list citing both still cites the same and reads unchanged', () => {
    const at = (needle: string) => original.indexOf(needle);
    const [b4, b5, b6] = [at('                             Bagian Keempat\n'), at('                             Bagian Kelima\n'), at('                            Bagian Keenam\n')];
    expect(b4).toBeGreaterThan(0);
    expect(original).toMatch(/pasal\s+19, pasal 20 dan\/atau pasal 21/);
    const fourth = original.slice(b4, b5);
    const fifth = original.slice(b5, b6);
    const swapped = original.slice(0, b4) + fifth.replace('Bagian Kelima', 'Bagian Keempat').replace('Pasal 21', 'Pasal 20') + fourth.replace('Bagian Keempat', 'Bagian Kelima').replace('Pasal 20', 'Pasal 21') + original.slice(b6);
    for (const [a, b] of [[original, swapped], [swapped, original]] as const) {
      const c = compareDocs(parseText(a).doc, parseText(b).doc);
      const pasal30 = c.pasal.find((r) => r.old?.label === 'Pasal 30');
      expect(`${pasal30?.status} refsOnly=${pasal30?.refsOnly}`).toBe('unchanged refsOnly=false');
    }
  });

  it('two imports of one text: every Pasal unchanged, none with only its reference numbers changed', () => {
    const c = compareDocs(parseText(original).doc, parseText(original).doc);
    expect(c.pasal.filter((r) => r.status !== 'unchanged')).toEqual([]);
    expect(c.pasal.filter((r) => r.refsOnly).map((r) => r.old?.label)).toEqual([]);
    const notes = comparisonTable(c, { oldLabel: 'lama', newLabel: 'baru' }).rows.flatMap((r) => (r.kind === 'row' ? r.cells[3]!.map((p) => p.runs.map((x) => x.text).join('')) : []));
    expect(notes.filter((n) => n.startsWith('Hanya nomor rujukan'))).toEqual([]);
  });
});
