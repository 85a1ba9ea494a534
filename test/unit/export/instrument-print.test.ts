/**
 * Printing an amending instrument: the single-change form (drafting-rules.md 3.4.1 Contoh 2)
 * has no item number, and the instrument's own Penjelasan (3.6) nests "Angka N" > "Pasal p" >
 * text, in the print model every format (DOCX, PDF, HTML) is written from.
 */
import { describe, expect, it } from 'vitest';
import { generateInstrument } from '../../../src/amend/index';
import { buildPrint } from '../../../src/export/build-print';
import { runsText, type PrintBlock } from '../../../src/export/print-model';
import { CASES } from '../amend/cases';
import { edit, makeBase, SETTINGS } from '../amend/build';

const text = (b: PrintBlock) => ('runs' in b ? runsText(b.runs) : '');
const blocks = (name: string) => {
  const base = makeBase();
  const c = CASES.find((x) => x.name === name)!;
  return buildPrint(
    generateInstrument(base, edit(base, c.edit), { settings: SETTINGS }).doc!,
  ).sections.flatMap((x) => x.blocks);
};

describe('printing the amending instrument', () => {
  it('prints the single-change form without an item number', () => {
    const b = blocks('F1 whole Pasal changed');
    const i = b.findIndex((x) => /^Ketentuan Pasal 3 dalam Peraturan Daerah/.test(text(x)));
    expect(i).toBeGreaterThan(-1);
    expect(b.slice(i).filter((x) => x.kind === 'text' && x.label === '1.')).toEqual([]);
    expect(text(b[i + 1]!)).toBe('Pasal 3');
  });

  it('nests the Penjelasan of Pasal I: Angka N, then the Pasal, then its text', () => {
    const b = blocks('F7 two Pasal inserted');
    const start = b.findIndex((x) => text(x) === 'Angka 1');
    expect(start).toBeGreaterThan(-1);
    const levels = b.slice(start, start + 3).map((x) => [text(x), 'level' in x ? x.level : null]);
    expect(levels[0]).toEqual(['Angka 1', 2]);
    expect(levels[1]![0]).toMatch(/^Pasal \d+[A-Z]$/);
    expect(levels[1]![1]).toBe(3);
    expect(levels[2]![1]).toBe(4);
  });
});
