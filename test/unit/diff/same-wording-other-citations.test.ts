/**
 * Two Pasal worded alike but citing other Pasal (the real Sulawesi Utara 4/2014 text: its
 * Pasal 32, the criminal sanction for breaking Pasal 13 ayat (1), 14 and 15, with a new sanction
 * Pasal for Pasal 10, 12 and 20 inserted right before it). Blanking reference numbers, both read
 * alike; the one printed exactly as the old Pasal is its counterpart (renumbered), the other is
 * inserted, whatever their numbers say. And references print as the Perda writes them: "ayat (1)"
 * inside the same Pasal, not "Pasal 32 ayat (1)".
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const original = fs.readFileSync(path.join(corpusDir, 'perda-prov-sulut-2014-04-minuman-beralkohol.txt'), 'utf8');
const CITED = 'pasal 13 ayat (1), pasal 14, dan/atau pasal 15';

/** The text with a sanction Pasal for Pasal 10, 12 and 20 inserted before Pasal 32, later Pasal renumbered. */
function withNewSanction(): string {
  const lines = original.split('\n');
  const head = lines.findIndex((l) => l.trim() === 'Pasal 32');
  const end = lines.findIndex((l) => l.trim() === 'BAB XII');
  expect(head).toBeGreaterThan(0);
  const body = lines.slice(head + 1, end).join('\n');
  expect(body.replace(/\s+/g, ' ')).toContain(CITED);
  const copy = body.replace(/pasal 13 ayat \(1\), pasal 14, dan\/atau pasal 15/, 'pasal 10, pasal 12, dan/atau pasal 20');
  const renumbered = lines.map((l, i) => (i >= head && /^\s*Pasal \d+\s*$/.test(l) ? l.replace(/\d+/, (n) => String(Number(n) + 1)) : l));
  return [...renumbered.slice(0, head), lines[head], copy, ...renumbered.slice(head)].join('\n');
}

describe('a Pasal worded like another but citing other Pasal', () => {
  const text = withNewSanction();

  it('inserted before its look-alike: the look-alike is renumbered, the new one inserted', () => {
    const c = compareDocs(parseText(original).doc, parseText(text).doc);
    const rows = c.pasal.filter((r) => r.status !== 'unchanged').map((r) => `${r.status} ${r.old?.label ?? '-'} -> ${r.new?.label ?? '-'}`);
    expect(rows.slice(0, 2)).toEqual(['inserted - -> Pasal 32', 'renumbered Pasal 32 -> Pasal 33']);
    expect(c.summary).toMatchObject({ changed: 0, inserted: 1, deleted: 0, renumbered: 6 });
  });

  it('the other way round, the right one is deleted', () => {
    const c = compareDocs(parseText(text).doc, parseText(original).doc);
    expect(c.pasal.filter((r) => r.status === 'deleted').map((r) => r.old?.label)).toEqual(['Pasal 32']);
    expect(c.pasal.find((r) => r.old?.label === 'Pasal 33')).toMatchObject({ status: 'renumbered', new: { label: 'Pasal 32' } });
  });

  it('prints a reference inside the same Pasal as the Perda writes it ("ayat (1)")', () => {
    const c = compareDocs(parseText(original).doc, parseText(text).doc);
    const row = c.pasal.find((r) => r.new?.label === 'Pasal 33')!;
    const ayat2 = row.parts.find((p) => p.new?.label === 'Pasal 33 ayat (2)')!;
    expect(ayat2.new?.text).toBe('Tindak pidana sebagaimana dimaksud pada ayat (1) adalah pelanggaran.');
    expect(row.refsOnly).toBe(false);
  });
});
