/** Enter in the Perda editor: new ayat / item / paragraph, headings move on, invalid cases refuse. */
import { describe, expect, it } from 'vitest';
import { enterCommand } from '../../../renderer/editor/commands/enter';
import { headingEnter } from '../../../renderer/editor/commands/heading-enter';
import { splitAyat, splitItem } from '../../../renderer/editor/commands/split-unit';
import { splitParagraph } from '../../../renderer/editor/commands/split-paragraph';
import { ayat, bab, cursorUnit, item, list, markers, para, pasal, perdaDoc, run, stateAt, uids } from './fixtures';

const doc = () =>
  perdaDoc(
    bab(
      'KETENTUAN UMUM',
      pasal(ayat(para('Ayat satu.')), ayat(para('Ayat dua.'))),
      pasal(para('Pasal tanpa ayat:'), list(item(para('huruf satu;')), item(para('huruf dua.')))),
    ),
  );

describe('splitAyat (Enter in an ayat)', () => {
  it('creates a new empty ayat with a fresh uid after the ayat and renumbers the later ones', () => {
    const before = stateAt(doc(), 'Ayat satu.');
    const [ok, after] = run(splitAyat, before);
    expect(ok).toBe(true);
    expect(markers(after.doc, 'ayat')).toEqual(['(1)', '(2)', '(3)']);
    const fresh = cursorUnit(after, 'ayat')!;
    expect(fresh.textContent).toBe('');
    expect(uids(before.doc)).not.toContain(fresh.attrs.uid);
    expect(new Set(uids(after.doc)).size).toBe(uids(after.doc).length);
    expect(fresh.attrs.baseNum).toBeNull();
    after.doc.check();
  });

  it('splits the text at the cursor in the middle of an ayat', () => {
    const [ok, after] = run(splitAyat, stateAt(doc(), 'Ayat satu.', 5));
    expect(ok).toBe(true);
    const texts: string[] = [];
    after.doc.descendants((n) => {
      if (n.type.name === 'ayat') texts.push(n.textContent);
      return true;
    });
    expect(texts).toEqual(['Ayat ', 'satu.', 'Ayat dua.']);
  });

  it('refuses outside an ayat', () => {
    expect(run(splitAyat, stateAt(doc(), 'Pasal tanpa ayat:'))[0]).toBe(false);
    expect(run(splitAyat, stateAt(doc(), 'UJI'))[0]).toBe(false);
  });
});

describe('splitItem (Enter in a list item)', () => {
  it('creates a new item with a fresh uid', () => {
    const before = stateAt(doc(), 'huruf satu;');
    const [ok, after] = run(splitItem, before);
    expect(ok).toBe(true);
    const fresh = cursorUnit(after, 'item')!;
    expect(uids(before.doc)).not.toContain(fresh.attrs.uid);
    expect(markers(after.doc, 'item').slice(-3)).toEqual(['a.', 'b.', 'c.']);
  });

  it('takes precedence over the ayat when the item is inside an ayat', () => {
    const d = perdaDoc(pasal(ayat(para('Pembuka:'), list(item(para('satu;')))), ayat(para('Dua.'))));
    const [ok, after] = run(enterCommand, stateAt(d, 'satu;'));
    expect(ok).toBe(true);
    expect(markers(after.doc, 'ayat')).toEqual(['(1)', '(2)']);
    expect(cursorUnit(after, 'item')).not.toBeNull();
  });

  it('lifts an empty nested item instead of adding another', () => {
    const d = perdaDoc(pasal(para('P:'), list(item(para('a;'), list(item(para('x;')), item(para('')))))));
    const state = stateAt(d, 'x;');
    const [, withEmpty] = run(splitItem, state); // new empty nested item after "x;"
    const [ok, lifted] = run(splitItem, withEmpty);
    expect(ok).toBe(true);
    // the new item is now a sibling of "a;" (top level), so the top list has 2+ items
    const top = lifted.doc.nodeAt(lifted.selection.$from.before(lifted.selection.$from.depth - 1))!;
    expect(top.type.name).toBe('item');
    expect(lifted.selection.$from.depth).toBeLessThan(withEmpty.selection.$from.depth);
  });

  it('refuses outside an item', () => {
    expect(run(splitItem, stateAt(doc(), 'Ayat satu.'))[0]).toBe(false);
  });
});

describe('Enter elsewhere', () => {
  it('makes a new paragraph in a Pasal without ayat', () => {
    const [ok, after] = run(enterCommand, stateAt(doc(), 'Pasal tanpa ayat:'));
    expect(ok).toBe(true);
    expect(after.selection.$from.parent.type.name).toBe('para');
    expect(after.selection.$from.node(-1).type.name).toBe('pasal');
    expect(markers(after.doc, 'pasal')).toEqual(['Pasal 1', 'Pasal 2']);
  });

  it('moves from a BAB title to the next block without splitting it', () => {
    const before = stateAt(doc(), 'KETENTUAN UMUM', 3);
    const [ok, after] = run(headingEnter, before);
    expect(ok).toBe(true);
    expect(after.doc.eq(before.doc)).toBe(true);
    expect(after.selection.$from.parent.textContent).toBe('Ayat satu.');
  });

  it('never splits the Judul (the doc stays the same)', () => {
    const before = stateAt(doc(), 'UJI', 1);
    const [ok, after] = run(enterCommand, before);
    expect(ok).toBe(true);
    expect(after.doc.eq(before.doc)).toBe(true);
  });

  it('splitParagraph refuses where the parent takes no second paragraph', () => {
    expect(run(splitParagraph, stateAt(doc(), 'UJI'))[0]).toBe(false);
  });
});
