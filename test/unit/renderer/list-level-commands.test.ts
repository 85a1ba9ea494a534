/** Tab / Shift+Tab in list items: one level deeper or shallower, at most four levels. */
import { describe, expect, it } from 'vitest';
import { undo } from 'prosemirror-history';
import { liftItem } from '../../../renderer/editor/commands/lift-item';
import { sinkItem } from '../../../renderer/editor/commands/sink-item';
import { item, list, markers, para, pasal, perdaDoc, run, stateAt } from './fixtures';

const flat = () => perdaDoc(pasal(para('Pembuka:'), list(item(para('satu;')), item(para('dua;')), item(para('tiga.')))));

describe('sinkItem (Tab)', () => {
  it('moves an item into a nested list under the previous item', () => {
    const [ok, after] = run(sinkItem, stateAt(flat(), 'dua;', 2));
    expect(ok).toBe(true);
    expect(markers(after.doc, 'item').slice(3)).toEqual(['a.', '1.', 'b.']);
    expect(after.selection.$from.parent.textContent).toBe('dua;');
    expect(after.selection.$from.parentOffset).toBe(2);
    after.doc.check();
  });

  it('joins the trailing sub-list of the previous item', () => {
    const [, once] = run(sinkItem, stateAt(flat(), 'dua;'));
    const moved = stateAt(once.doc.toJSON() as never, 'tiga.');
    const [ok, twice] = run(sinkItem, moved);
    expect(ok).toBe(true);
    expect(markers(twice.doc, 'item').slice(3)).toEqual(['a.', '1.', '2.']);
  });

  it('refuses the first item of a list', () => {
    expect(run(sinkItem, stateAt(flat(), 'satu;'))[0]).toBe(false);
  });

  it('refuses to go past level 4', () => {
    const deep = perdaDoc(
      pasal(
        para('P:'),
        list(item(para('l1;'), list(item(para('l2;'), list(item(para('l3;'), list(item(para('l4;')), item(para('l4b;'))))))))),
      ),
    );
    const state = stateAt(deep, 'l4b;');
    expect(markers(state.doc, 'item').slice(-2)).toEqual(['1)', '2)']);
    expect(run(sinkItem, state)[0]).toBe(false);
  });

  it('refuses when the item is not in a list item at all', () => {
    expect(run(sinkItem, stateAt(flat(), 'Pembuka:'))[0]).toBe(false);
  });
});

describe('liftItem (Shift+Tab)', () => {
  it('brings a nested item back to the upper level, keeping later siblings under it', () => {
    const nested = perdaDoc(
      pasal(para('P:'), list(item(para('a;'), list(item(para('x;')), item(para('y;')), item(para('z;')))), item(para('b.')))),
    );
    const [ok, after] = run(liftItem, stateAt(nested, 'y;'));
    expect(ok).toBe(true);
    // a. (1. x) b.=y (1. z) c.=b
    expect(markers(after.doc, 'item').slice(3)).toEqual(['a.', '1.', 'b.', '1.', 'c.']);
    expect(after.doc.textBetween(0, after.doc.content.size, '|').split('|').filter((t) => /^[a-z];|^b\./.test(t))).toEqual([
      'a;',
      'x;',
      'y;',
      'z;',
      'b.',
    ]);
    expect(after.selection.$from.parent.textContent).toBe('y;');
    after.doc.check();
  });

  it('is the inverse of sinkItem', () => {
    const start = stateAt(flat(), 'dua;');
    const [, sunk] = run(sinkItem, start);
    const [ok, lifted] = run(liftItem, sunk);
    expect(ok).toBe(true);
    expect(markers(lifted.doc, 'item')).toEqual(markers(start.doc, 'item'));
    expect(lifted.doc.textContent).toBe(start.doc.textContent);
  });

  it('refuses a top-level item (also a Menimbang item)', () => {
    expect(run(liftItem, stateAt(flat(), 'satu;'))[0]).toBe(false);
    expect(run(liftItem, stateAt(flat(), 'bahwa yuridis;'))[0]).toBe(false);
  });
});

describe('undo of list level changes', () => {
  it('undoes a Tab by itself, not together with the typing before it', () => {
    const start = stateAt(flat(), 'tiga.');
    const typed = start.apply(start.tr.insertText(' x'));
    const [, sunk] = run(sinkItem, typed);
    const [ok, undone] = run(undo, sunk);
    expect(ok).toBe(true);
    expect(undone.doc.eq(typed.doc)).toBe(true);
  });
});
