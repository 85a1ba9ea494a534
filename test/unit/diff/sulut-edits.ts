/**
 * The real Sulawesi Utara 4/2014 text for comparisons of edited copies, and readers of what a
 * comparison says about the parts of one Pasal.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { comparisonTable } from '../../../src/export/table/index';
import { partNotes } from '../../../src/export/table/part-notes';
import type { Comparison } from '../../../src/diff/types';
import { corpusDir } from '../../helpers/paths';

/** Sulawesi Utara 4/2014 as published (text layer). */
export const original = fs.readFileSync(path.join(corpusDir, 'perda-prov-sulut-2014-04-minuman-beralkohol.txt'), 'utf8');

/** `text` with `from` (which must occur exactly once) replaced by `to`. */
export function once(text: string, from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}

/** "status old -> new" of every part row of the Pasal row whose old label is `pasal`, unchanged ones left out. */
export const partsOf = (c: Comparison, pasal: string) => c.pasal.find((r) => r.old?.label === pasal)!.parts.filter((p) => p.status !== 'unchanged').map((p) => `${p.status} ${p.old?.label ?? '-'} -> ${p.new?.label ?? '-'}`);

/** The notes on the parts of each changed Pasal, as the exported table words them for a one-block row ("Rincian: …"). */
export const notes = (c: Comparison) => c.pasal.flatMap((r) => {
  const n = partNotes(r);
  return n.length ? [`Rincian: ${n.join('; ')}.`] : [];
});

/** Every Keterangan paragraph of the exported comparison table (part rows of a Pasal printed part by part included). */
export const tableNotes = (c: Comparison) => comparisonTable(c, { oldLabel: 'lama', newLabel: 'baru' }).rows.flatMap((r) => (r.kind === 'row' ? r.cells[3]!.map((p) => p.runs.map((x) => x.text).join('')) : []));
