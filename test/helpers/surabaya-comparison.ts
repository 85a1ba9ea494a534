/**
 * The real replacement pair of the corpus, Surabaya 2009 -> 2018 (parkir), imported from its
 * texts, compared, and laid out as the `compare.run` handler lays it out for the panel.
 */
import fs from 'node:fs';
import path from 'node:path';
import { comparisonView } from '../../src/api/handlers/compare';
import { compareDocs } from '../../src/diff/index';
import { parseText } from '../../src/parse';
import { corpusDir } from './paths';

const read = (f: string) => parseText(fs.readFileSync(path.join(corpusDir, f), 'utf8')).doc;

/** Both documents, their comparison, and the panel's result (old as the base, new as the draft). */
export function surabayaComparison() {
  const oldDoc = read('perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt');
  const newDoc = read('perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt');
  const info = { kind: 'base' as const, id: null, label: null, stage: null };
  const comparison = compareDocs(oldDoc, newDoc);
  const result = comparisonView(comparison, { old: info, new: { ...info, kind: 'draft' }, mid: null });
  return { oldDoc, newDoc, comparison, result };
}
