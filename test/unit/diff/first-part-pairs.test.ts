/**
 * Two Pasal left unpaired pair by their first part when it opens with the same subject and says
 * nearly the same (UU 22/1997 Pasal 55 and UU 35/2009 Pasal 61, in narkotika-pair.test.ts); the
 * formula that opens a transitional provision ("Pada saat … ini mulai berlaku") is no subject:
 * two such Pasal of unrelated laws (UU 16/2001 Pasal 71 on foundations, UU 35/2009 Pasal 149 on
 * the BNN) are not paired by it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractUnits } from '../../../src/diff/extract';
import { firstPartPairs } from '../../../src/diff/first-part-pairs';
import { openingKey } from '../../../src/diff/subject-words';
import { parseText } from '../../../src/parse';
import { fixturesDir } from '../../helpers/paths';

const pasalOf = (f: string) => extractUnits(parseText(fs.readFileSync(path.join(fixturesDir, f), 'utf8')).doc).pasal;
const NARKOTIKA_1997 = pasalOf('diff/uu-1997-22-narkotika.txt');
const NARKOTIKA_2009 = pasalOf('diff/uu-2009-35-narkotika.txt');
const YAYASAN = pasalOf('amend/uu-2001-16-yayasan.txt');
const labelled = (units: typeof YAYASAN, label: string) => units.findIndex((u) => u.label === label);
/** The pairs `firstPartPairs` makes between two Pasal alone left unpaired, by their labels. */
function pairsOf(olds: typeof YAYASAN, oldLabel: string, news: typeof YAYASAN, newLabel: string): string[] {
  const o = labelled(olds, oldLabel);
  const n = labelled(news, newLabel);
  // Every other Pasal paired with itself by index: only the two asked about are left over.
  const taken = Array.from({ length: Math.min(olds.length, news.length) }, (_, i) => i).filter((i) => i !== o && i !== n);
  const found = firstPartPairs(olds, news, taken.map((i) => ({ o: i, n: i, sim: 1, by: 'content' as const })));
  return found.map((m) => `${olds[m.o]!.label} -> ${news[m.n]!.label}`);
}

describe('Pasal paired by their first part', () => {
  it('pairs a Pasal kept by its first ayat, the rest rewritten as a list', () => {
    expect(pairsOf(NARKOTIKA_1997, 'Pasal 55', NARKOTIKA_2009, 'Pasal 61')).toEqual(['Pasal 55 -> Pasal 61']);
  });

  it('does not pair two transitional provisions by the formula that opens them', () => {
    const first = (units: typeof YAYASAN, label: string) => units[labelled(units, label)]!.parts.find((p) => p.tokens.length > 0)!.tokens;
    expect(openingKey(first(YAYASAN, 'Pasal 71'))).toBe('undangundang yayasan telah');
    expect(openingKey(first(NARKOTIKA_2009, 'Pasal 149'))).not.toBe(openingKey(first(YAYASAN, 'Pasal 71')));
    expect(pairsOf(YAYASAN, 'Pasal 71', NARKOTIKA_2009, 'Pasal 149')).toEqual([]);
  });
});
