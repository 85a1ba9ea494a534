/**
 * Parts that moved inside a Pasal, in a redline (`part-moves.ts`): the lines out of the old order
 * stand at their old place too, so each reading gives its text in its own order.
 */
import { describe, expect, it } from 'vitest';
import { Moves } from '../../../src/export/redline/moved-place';
import { partsInOldOrder } from '../../../src/export/redline/part-moves';
import { redlineText, type RedlinePara } from '../../../src/export/redline/redline-model';

/** An ayat line whose number changed from `was` to `now` (the same number: kept). */
const ayat = (was: string, now: string, text: string): RedlinePara => ({
  style: 'text',
  indent: 0,
  marker: was === now ? [{ text: now }] : [{ text: was, change: 'delete' }, { text: now, change: 'insert' }],
  runs: [{ text }],
});

describe('partsInOldOrder', () => {
  // Old: (1) retribusi, (2) izin, (3) sanksi. New: the first two swapped.
  const OLD = '(1) Retribusi dipungut oleh Dinas.\n(2) Izin diberikan oleh Wali Kota.\n(3) Sanksi diatur dengan Peraturan Wali Kota.';
  const swapped = [ayat('(2)', '(1)', 'Izin diberikan oleh Wali Kota.'), ayat('(1)', '(2)', 'Retribusi dipungut oleh Dinas.'), ayat('(3)', '(3)', 'Sanksi diatur dengan Peraturan Wali Kota.')];

  it('writes an ayat that moved at its old place too, so the old text reads in its order and the new in its own', () => {
    const out = partsInOldOrder(swapped, OLD, new Moves());
    expect(out.length).toBe(4);
    expect(redlineText(out, 'old')).toBe(OLD);
    expect(redlineText(out, 'new')).toBe('(1) Izin diberikan oleh Wali Kota.\n(2) Retribusi dipungut oleh Dinas.\n(3) Sanksi diatur dengan Peraturan Wali Kota.');
    // The moved ayat is a move: its words moved from the old place and to the new one, its number deleted and inserted.
    const moved = out.filter((p) => p.move);
    expect(moved.map((p) => p.move?.side).sort()).toEqual(['new', 'old']);
    expect(new Set(moved.map((p) => p.move?.id)).size).toBe(1);
    for (const p of moved) expect(p.runs.every((r) => r.change === (p.move?.side === 'old' ? 'moveFrom' : 'moveTo'))).toBe(true);
  });

  it('keeps lines a break of one text only joins, and sets each of their old lines at its own place (Surabaya Pasal 16 -> 17)', () => {
    // Old: (1) A1. (2) B: a. x; b. y; (3) C3.  New: (1) B: a. y; b. x. (3) A1. (4) D.  The new b. runs on over the
    // deleted (3) (its break is the old text's only), and the old (1) over the inserted (4).
    const OLD3 = '(1) A1.\n(2) B:\na. x;\nb. y;\n(3) C3.';
    const paras: RedlinePara[] = [
      ayat('(2)', '(1)', 'B:'),
      ayat('b.', 'a.', 'y;'),
      { ...ayat('a.', 'b.', 'x'), runs: [{ text: 'x' }, { text: ';', change: 'delete' }, { text: '.', change: 'insert' }], mark: 'delete' },
      { style: 'text', indent: 0, whole: 'delete', mark: null, marker: [{ text: '(3)', change: 'delete' }], runs: [{ text: 'C3.', change: 'delete' }] },
      { ...ayat('(1)', '(3)', 'A1.'), mark: 'insert' },
      { style: 'text', indent: 0, whole: 'insert', mark: null, marker: [{ text: '(4)', change: 'insert' }], runs: [{ text: 'D.', change: 'insert' }] },
    ];
    const lines = (ps: RedlinePara[], side: 'old' | 'new') => redlineText(ps, side).split('\n').map((l) => l.trim()).join('\n');
    expect(lines(paras, 'new')).toBe('(1) B:\na. y;\nb. x.\n(3) A1.\n(4) D.');
    const out = partsInOldOrder(paras, OLD3, new Moves());
    expect(lines(out, 'old')).toBe(OLD3);
    expect(lines(out, 'new')).toBe('(1) B:\na. y;\nb. x.\n(3) A1.\n(4) D.');
  });

  it('moves lines a break joins whose old lines do not follow one another, each to its own old place', () => {
    // Old: (1) A1. (2) B: a. x; b. y; (3) C3.  New: (1) B: a. x. b. y; (2) A1.: the new a. runs on over the deleted (3),
    // so the two stand together, though b. stood between them in the old text.
    const OLD3 = '(1) A1.\n(2) B:\na. x;\nb. y;\n(3) C3.';
    const paras: RedlinePara[] = [
      ayat('(2)', '(1)', 'B:'),
      { ...ayat('a.', 'a.', 'x'), runs: [{ text: 'x' }, { text: ';', change: 'delete' }, { text: '.', change: 'insert' }], mark: 'delete' },
      { style: 'text', indent: 0, whole: 'delete', mark: null, marker: [{ text: '(3)', change: 'delete' }], runs: [{ text: 'C3.', change: 'delete' }] },
      ayat('b.', 'b.', 'y;'),
      ayat('(1)', '(2)', 'A1.'),
    ];
    const lines = (ps: RedlinePara[], side: 'old' | 'new') => redlineText(ps, side).split('\n').map((l) => l.trim()).join('\n');
    const out = partsInOldOrder(paras, OLD3, new Moves());
    expect(lines(out, 'old')).toBe(OLD3);
    expect(lines(out, 'new')).toBe('(1) B:\na. x.\nb. y;\n(2) A1.');
  });

  it('leaves lines that kept their order as they are', () => {
    const inOrder = [ayat('(1)', '(1)', 'Retribusi dipungut oleh Dinas.'), ayat('(2)', '(2)', 'Izin diberikan oleh Wali Kota.'), ayat('(3)', '(3)', 'Sanksi diatur dengan Peraturan Wali Kota.')];
    expect(partsInOldOrder(inOrder, OLD, new Moves())).toEqual(inOrder);
  });

  it('leaves the Pasal as it is where a line is not found among the old lines', () => {
    expect(partsInOldOrder(swapped, OLD.replace('Dinas', 'Badan'), new Moves())).toEqual(swapped);
  });
});
