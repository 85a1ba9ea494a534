import { Transform } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { parseDocJson } from '../../../src/model/validate';
import { anchorToRange, mapLiveRange } from '../../../src/review/live-range';
import { anchorForRange, anchorForUnit } from '../../../src/review/make-anchor';
import { resolveAnchor } from '../../../src/review/reanchor';
import { corpusDoc, PHRASE, uidAt } from './fixtures';

describe('live anchors while editing (ProseMirror mapping)', () => {
  const doc = parseDocJson(corpusDoc());
  const pasal12 = uidAt(doc, 'Pasal 12');
  const anchor = anchorForUnit(doc, pasal12, PHRASE);
  const range = anchorToRange(doc, anchor)!;
  const text = (s: string) => doc.type.schema.text(s);

  it('converts an anchor to the document range of its phrase and back', () => {
    expect(doc.textBetween(range.from, range.to)).toBe(PHRASE);
    const back = anchorForRange(doc, pasal12, range.from, range.to);
    expect(back.quote).toEqual(anchor.quote);
  });

  it('moves with text typed before it and reports deletion of its text', () => {
    const tr = new Transform(doc).insert(range.from - 10, text('Pada prinsipnya, '));
    const moved = mapLiveRange(range, tr.mapping);
    expect(moved.deleted).toBe(false);
    expect(tr.doc.textBetween(moved.from, moved.to)).toBe(PHRASE);
    const del = new Transform(tr.doc).delete(moved.from - 2, moved.to + 2);
    const gone = mapLiveRange(moved, del.mapping);
    expect(gone.deleted).toBe(true);
    expect(resolveAnchor(del.doc, anchor).state).toBe('detached');
  });

  it('typing at the edges does not widen the range', () => {
    const tr = new Transform(doc).insert(range.from, text('X')).insert(range.to + 1, text('Y'));
    const m = mapLiveRange(range, tr.mapping);
    expect(tr.doc.textBetween(m.from, m.to)).toBe(PHRASE);
  });
});
