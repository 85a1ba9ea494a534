/**
 * Two ayat joined into one, and one ayat cut into two, inside one Pasal (the real Sulawesi Utara
 * 4/2014 text). Joined: Pasal 9 ayat (1) (sales until 20.00 wita) and ayat (2) become one ayat
 * (1); ayat (1) reads changed and ayat (2) merged into it, not "ayat (1) dihapus" while all its
 * words remain. Cut: Pasal 27 ayat (1) becomes two sentences, ayat (1) and (2); the old ayat (1)
 * pairs with the new ayat (1), the new (2) is split from it, and the old ayat (2)-(4), with their
 * "sebagaimana dimaksud pada ayat (1)", read renumbered, not changed.
 */
import { describe, expect, it } from 'vitest';
import { compareDocs } from '../../../src/diff/compare';
import { parseText } from '../../../src/parse';
import { notes, once, original, partsOf, tableNotes } from './sulut-edits';

describe('ayat merged and split inside a Pasal', () => {
  const merged = once(original, 'pukul 20.00 wita.\n(2)   untuk menyesuaikan', 'pukul 20.00 wita, namun untuk menyesuaikan');

  it('two ayat joined: the first changed, the second merged into it', () => {
    const c = compareDocs(parseText(original).doc, parseText(merged).doc);
    expect(c.pasal.filter((r) => r.status !== 'unchanged').map((r) => `${r.status} ${r.old?.label}`)).toEqual(['changed Pasal 9']);
    expect(partsOf(c, 'Pasal 9')).toEqual(['changed Pasal 9 ayat (1) -> Pasal 9 ayat (1)', 'merged Pasal 9 ayat (2) -> Pasal 9 ayat (1)']);
    expect(notes(c)).toEqual(['Rincian: ayat (1) diubah; ayat (2) digabung ke ayat (1).']);
    expect(tableNotes(c)).toContain('Digabung ke ayat (1)');
  });

  it('the other way round: the first changed, the second split from it', () => {
    const c = compareDocs(parseText(merged).doc, parseText(original).doc);
    expect(partsOf(c, 'Pasal 9')).toEqual(['changed Pasal 9 ayat (1) -> Pasal 9 ayat (1)', 'split Pasal 9 ayat (1) -> Pasal 9 ayat (2)']);
    expect(notes(c)).toEqual(['Rincian: ayat (1) diubah; ayat (2) dipecah dari ayat (1).']);
  });

  it('one ayat cut in two: later ayat and their references to ayat (1) read renumbered, not changed', () => {
    let cut = once(original, 'harus\n      menjalani rehablitasi', 'harus\n      menjalani rehablitasi.\n(2)   Rehabilitasi dilaksanakan');
    cut = once(cut, '(2)   Dalam rangka pelaksanaan rehabilitasi', '(3)   Dalam rangka pelaksanaan rehabilitasi');
    cut = once(cut, '(3)   Pelaksanaan rehabilitasi', '(4)   Pelaksanaan rehabilitasi');
    cut = once(cut, '(4)   Anggaran pelaksanaan rehabilitasi', '(5)   Anggaran pelaksanaan rehabilitasi');
    const c = compareDocs(parseText(original).doc, parseText(cut).doc);
    expect(partsOf(c, 'Pasal 27')).toEqual([
      'changed Pasal 27 ayat (1) -> Pasal 27 ayat (1)',
      'split Pasal 27 ayat (1) -> Pasal 27 ayat (2)',
      'renumbered Pasal 27 ayat (2) -> Pasal 27 ayat (3)',
      'renumbered Pasal 27 ayat (3) -> Pasal 27 ayat (4)',
      'renumbered Pasal 27 ayat (4) -> Pasal 27 ayat (5)',
    ]);
  });
});
