/**
 * The editor's comment anchors on a real Perda (Surabaya parking, 2018, from the corpus): a
 * phrase in Pasal 12 is marked, the mark follows the phrase through typing before it and around
 * it, is dropped when the phrase is deleted, and clicks on it make its thread active.
 */
import { describe, expect, it } from 'vitest';
import type { EditorState } from 'prosemirror-state';
import { createPerdaState } from '../../../renderer/editor/create-state';
import { marksForThreads, unitForSelection, type MarkableThread } from '../../../renderer/editor/comment-marks';
import { commentPluginKey, commentState, setActiveComment, setCommentMarks, threadAt } from '../../../renderer/editor/comment-plugin';
import { numberDocument } from '../../../src/model/numbering';
import { anchorForRange } from '../../../src/review/make-anchor';
import { baseDoc } from '../../api/compare-fixture';

const PHRASE_LEN = 24;

/** The state, Pasal 12's first text position and a phrase inside it. */
function setup() {
  let state = createPerdaState(baseDoc());
  const numbering = numberDocument(state.doc);
  let pasalPos = -1;
  state.doc.descendants((node, pos) => {
    if (pasalPos >= 0) return false;
    if (node.type.name === 'pasal' && numbering.get(node.attrs.uid as string)?.address === 'Pasal 12') pasalPos = pos;
    return true;
  });
  expect(pasalPos).toBeGreaterThan(0);
  let textPos = -1;
  state.doc.nodesBetween(pasalPos, pasalPos + state.doc.nodeAt(pasalPos)!.nodeSize, (node, pos) => {
    if (textPos < 0 && node.isText && (node.text?.length ?? 0) > PHRASE_LEN + 10) textPos = pos;
    return textPos < 0;
  });
  const from = textPos + 5;
  const to = from + PHRASE_LEN;
  const phrase = state.doc.textBetween(from, to);
  const uid = unitForSelection(state.doc, from, to)!;
  const anchor = anchorForRange(state.doc, uid, from, to);
  const thread: MarkableThread = { id: 't1', anchor, status: 'open', detached: false };
  state = state.apply(setCommentMarks(state.tr, marksForThreads(state.doc, [thread])));
  return { state, from, to, phrase, uid, anchor };
}

/** The text of every inline comment decoration. */
function decoratedTexts(state: EditorState): string[] {
  const set = commentPluginKey.getState(state)!.decorations;
  return set.find().map((d) => state.doc.textBetween(d.from, d.to));
}

describe('comment anchors in the editor', () => {
  it('marks the selected phrase of Pasal 12 with an anchor labelled by its unit', () => {
    const { state, phrase, anchor } = setup();
    expect(anchor.label.startsWith('Pasal 12')).toBe(true);
    expect(anchor.quote?.exact).toBe(phrase);
    expect(decoratedTexts(state)).toEqual([phrase]);
  });

  it('moves with the text when the drafter types before and around the phrase', () => {
    const { state: s0, from, to, phrase } = setup();
    let state = s0.apply(s0.tr.insertText('Dengan ketentuan baru, ', from - 3));
    const shifted = commentState(state).marks[0]!;
    expect(shifted.from).toBe(from + 'Dengan ketentuan baru, '.length);
    state = state.apply(state.tr.insertText(' sebagaimana diubah', shifted.to));
    state = state.apply(state.tr.insertText('pada pokoknya ', shifted.from));
    expect(decoratedTexts(state)).toEqual([phrase]);
    expect(commentState(state).marks[0]!.deleted).toBe(false);
    expect(to - from).toBe(PHRASE_LEN);
  });

  it('drops the mark (never the thread) when the phrase is deleted', () => {
    const { state: s0, from, to } = setup();
    const state = s0.apply(s0.tr.delete(from - 1, to + 1));
    expect(commentState(state).marks).toHaveLength(1);
    expect(commentState(state).marks[0]!.deleted).toBe(true);
    expect(decoratedTexts(state)).toEqual([]);
  });

  it('a whole-unit thread marks the unit node, and the active thread is remembered', () => {
    const { state: s0, uid, from } = setup();
    const whole = anchorForRange(s0.doc, uid, from, from);
    expect(whole.quote).toBeUndefined();
    let state = s0.apply(setCommentMarks(s0.tr, marksForThreads(s0.doc, [{ id: 'w', anchor: whole, status: 'open', detached: false }])));
    const deco = commentPluginKey.getState(state)!.decorations.find()[0]!;
    expect(state.doc.nodeAt(deco.from)?.attrs.uid).toBe(uid);
    state = state.apply(setActiveComment(state.tr, 'w'));
    expect(commentState(state).active).toBe('w');
  });

  it('finds the thread under a click and skips detached threads', () => {
    const { state, from, to, anchor } = setup();
    expect(threadAt(commentState(state).marks, from + 3)).toBe('t1');
    expect(threadAt(commentState(state).marks, to + 5)).toBeNull();
    expect(marksForThreads(state.doc, [{ id: 'd', anchor, status: 'open', detached: true }])).toEqual([]);
  });
});
