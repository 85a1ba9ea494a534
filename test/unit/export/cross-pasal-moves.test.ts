/**
 * A part that went to another Pasal, in the redline: its deleted line (old place) and its
 * inserted line (new place) become one Word move, only where each stands alone as a line of its
 * own text. The rows are cut down to what the join reads; the Surabaya pair's real case is in
 * `redline-docx.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import type { PartRow, PasalRow, Segment } from '../../../src/diff/types';
import { movesAcrossPasal } from '../../../src/export/redline/cross-pasal-moves';
import { Moves } from '../../../src/export/redline/moved-place';
import { redlineText, type RedlinePara, type RedlineRun } from '../../../src/export/redline/redline-model';

const WORDS = 'Penyelenggaraan tempat parkir meliputi:';

/** A part row of new Pasal 4 whose part was ayat (1) of old Pasal 3. */
function part(status: PartRow['status'], segments: Segment[]): PartRow {
  return {
    status,
    kind: 'ayat',
    old: { uid: 'o3-1', label: 'Pasal 3 ayat (1)', text: WORDS, marker: '(1)' },
    new: { uid: 'n4-3', label: 'Pasal 4 ayat (3)', text: WORDS, marker: '(3)' },
    segments,
  };
}

/** New Pasal 4 (old Pasal 2): its lines, and the part rows given. */
function row(parts: PartRow[], oldLines = ['Pasal 2 ayat (1)']): PasalRow {
  const lines = (labels: string[]) => labels.map((label) => ({ indent: 0, marker: '', label }));
  return { parts, old: { uid: 'o2', label: 'Pasal 2', text: '', lines: lines(oldLines) }, new: { uid: 'n4', label: 'Pasal 4', text: '', lines: lines(['Pasal 4 ayat (1)', 'Pasal 4 ayat (3)']) } } as unknown as PasalRow;
}

/** A line of one text, named for its part as the redline names a line that text has only. */
function line(side: 'old' | 'new', label: string, marker: string, whole?: 'delete' | 'insert', text = WORDS): RedlinePara {
  const change = side === 'old' ? 'delete' : 'insert';
  const para: RedlinePara = { style: 'text', marker: [{ text: marker, change }], runs: [{ text, change }], indent: 0 };
  if (whole) para.whole = whole;
  para.part = label;
  return para;
}

const runsOf = (p: PartRow): RedlineRun[] => p.segments.map((s) => (s.op === 'equal' ? { text: s.text } : { text: s.text, change: s.op }));

describe('a part that went to another Pasal, in the redline', () => {
  it('is one move: its words moved from the old place and to the new one, its old marker deleted and its new one inserted', () => {
    // The old text spaced its colon otherwise ("meliputi :"): each place keeps its own text's print.
    const oldPrint = WORDS.replace(':', ' :');
    const paras = [line('new', 'Pasal 4 ayat (3)', '(3)', 'insert'), { style: 'pasal', runs: [{ text: 'Pasal 3', change: 'delete' }], indent: 0 } as RedlinePara, line('old', 'Pasal 3 ayat (1)', '(1)', 'delete', oldPrint)];
    const out = movesAcrossPasal(paras, [row([part('moved', [{ op: 'equal', text: WORDS }])])], new Moves(), runsOf);
    const [to, , from] = out as [RedlinePara, RedlinePara, RedlinePara];
    expect(to.move).toEqual({ id: 1, side: 'new' });
    expect(from.move).toEqual({ id: 1, side: 'old' });
    expect([to.whole, from.whole]).toEqual(['moveTo', 'moveFrom']);
    expect(to.marker).toEqual([{ text: '(3)', change: 'insert' }]);
    expect(from.marker).toEqual([{ text: '(1)', change: 'delete' }]);
    expect(to.runs).toEqual([{ text: WORDS, change: 'moveTo' }]);
    expect(from.runs).toEqual([{ text: oldPrint, change: 'moveFrom' }]);
    // Each reading has the part once, at its own place.
    expect(redlineText(out, 'new')).toBe(`(3) ${WORDS}`);
    expect(redlineText(out, 'old')).toBe(`Pasal 3\n(1) ${oldPrint}`);
  });

  it('keeps the words the move changed as deletions at the old place and insertions at the new one', () => {
    const paras = [line('new', 'Pasal 4 ayat (3)', '(3)', 'insert'), line('old', 'Pasal 3 ayat (1)', '(1)', 'delete')];
    const segments: Segment[] = [{ op: 'equal', text: 'Penyelenggaraan ' }, { op: 'delete', text: 'Tempat' }, { op: 'insert', text: 'tempat' }, { op: 'equal', text: ' parkir meliputi:' }];
    const [to, from] = movesAcrossPasal(paras, [row([part('changed', segments)])], new Moves(), runsOf) as [RedlinePara, RedlinePara];
    expect(from.runs.map((r) => r.change)).toEqual(['moveFrom', 'delete', 'moveFrom']);
    expect(to.runs.map((r) => r.change)).toEqual(['moveTo', 'insert', 'moveTo']);
  });

  it('leaves the lines as they are where a place is not a line of its own text alone, or the part stayed in its Pasal', () => {
    const moved = part('moved', [{ op: 'equal', text: WORDS }]);
    // The old line runs on into kept text: not a whole deleted line.
    const runOn = [line('new', 'Pasal 4 ayat (3)', '(3)', 'insert'), line('old', 'Pasal 3 ayat (1)', '(1)')];
    expect(movesAcrossPasal(runOn, [row([moved])], new Moves(), runsOf)).toEqual(runOn);
    // The old ayat is a line of the row's own old Pasal: a move inside the Pasal, not this one.
    const inside = [line('new', 'Pasal 4 ayat (3)', '(3)', 'insert'), line('old', 'Pasal 3 ayat (1)', '(1)', 'delete')];
    expect(movesAcrossPasal(inside, [row([moved], ['Pasal 3 ayat (1)'])], new Moves(), runsOf)).toEqual(inside);
    // A reworded part is no move.
    expect(movesAcrossPasal(inside, [row([{ ...moved, status: 'inserted' }])], new Moves(), runsOf)).toEqual(inside);
  });
});
