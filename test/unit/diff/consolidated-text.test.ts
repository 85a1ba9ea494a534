/**
 * A consolidated text after an amendment, made from the real Surabaya 2018 text: Pasal 20 is
 * deleted and kept as "Pasal 20 Dihapus." (drafting-rules.md 2.3). Compared with the original,
 * exactly that Pasal reads as deleted, and Pasal 33, whose references to "Pasal 20 ayat (1)" are
 * live in the original (the target exists) and plain text in the new version (it no longer does),
 * reads as unchanged, as its printed text is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { parseText } from '../../../src/parse';
import { corpusDir } from '../../helpers/paths';

const original = fs.readFileSync(path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'), 'utf8');

/** The text with the body of Pasal `n` replaced by "Dihapus." (up to the heading of Pasal n + 1). */
function withPasalDeleted(text: string, n: number): string {
  const lines = text.split('\n');
  const heading = (k: number) => lines.findIndex((l) => l.trim() === `Pasal ${k}`);
  const from = heading(n);
  const to = heading(n + 1);
  if (from < 0 || to < from) throw new Error(`Pasal ${n} not found`);
  return [...lines.slice(0, from + 1), 'Dihapus.', '', ...lines.slice(to)].join('\n');
}

describe('an original Perda against its consolidated text with a deleted Pasal', () => {
  const before = parseText(original).doc;
  const after = parseText(withPasalDeleted(original, 20)).doc;
  const json = comparisonToJson(compareDocs(before, after));

  it('reports Pasal 20 as deleted (kept as a placeholder) and nothing else', () => {
    expect(json.units.filter((u) => u.status !== 'unchanged')).toEqual([
      expect.objectContaining({ status: 'deleted', old: 'Pasal 20', new: 'Pasal 20', keterangan: 'Dihapus' }),
    ]);
    expect(json.summary).toMatchObject({ deleted: 1, inserted: 0, changed: 0, unchanged: json.units.length - 1 });
  });

  it('keeps a Pasal whose live reference became plain text unchanged', () => {
    let live = 0;
    before.descendants((n) => {
      if (n.type.name === 'ref' && /Pasal 20 ayat/.test(String(n.attrs.text))) live++;
      return true;
    });
    expect(live).toBeGreaterThan(0);
    expect(json.units.find((u) => u.new === 'Pasal 33')?.status).toBe('unchanged');
  });
});
