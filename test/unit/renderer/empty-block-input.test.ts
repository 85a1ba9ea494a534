// @vitest-environment jsdom
/**
 * The first character typed into an empty paragraph is inserted from the editor state (where the
 * cursor really is), not left to the browser; text typed into a paragraph with text, and IME
 * composition, are left to the browser.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { createPerdaState } from '../../../renderer/editor/create-state';
import { insertPasalAfter } from '../../../renderer/editor/commands/insert-pasal';
import { bab, para, pasal, perdaDoc } from './fixtures';

let view: EditorView | null = null;
afterEach(() => {
  view?.destroy();
  view = null;
});

function mountAtEndOf(text: string): EditorView {
  const host = document.createElement('div');
  document.body.append(host);
  const state = createPerdaState(
    perdaDoc(
      bab('KETENTUAN UMUM', pasal(para('Izin diberikan.'))),
      bab('KETENTUAN PENUTUP', pasal(para('Mulai berlaku.'))),
    ),
  );
  let at = -1;
  state.doc.descendants((n, pos) => {
    if (n.isText && n.text === text) at = pos + text.length;
  });
  view = new EditorView(host, {
    state: state.apply(state.tr.setSelection(TextSelection.create(state.doc, at))),
  });
  return view;
}

function typeChar(v: EditorView, data: string, init: Partial<InputEventInit> = {}): InputEvent {
  const e = new InputEvent('beforeinput', {
    inputType: 'insertText',
    data,
    bubbles: true,
    cancelable: true,
    ...init,
  });
  v.dom.dispatchEvent(e);
  return e;
}

const pasalTexts = (v: EditorView) => {
  const out: string[] = [];
  v.state.doc.descendants((n) => {
    if (n.type.name === 'pasal') out.push(n.textContent);
    return n.type.name !== 'pasal';
  });
  return out;
};

describe('typing into an empty paragraph', () => {
  it('puts the first character of a new Pasal into that Pasal, whatever the browser thinks', () => {
    const v = mountAtEndOf('Izin diberikan.');
    insertPasalAfter(v.state, v.dispatch);
    const e = typeChar(v, 'P');
    expect(e.defaultPrevented).toBe(true);
    expect(pasalTexts(v)).toEqual(['Izin diberikan.', 'P', 'Mulai berlaku.']);
    expect(v.state.selection.$from.parent.textContent).toBe('P');
  });

  it('leaves typing inside text, and composition, to the browser', () => {
    const v = mountAtEndOf('Izin diberikan.');
    expect(typeChar(v, 'x').defaultPrevented).toBe(false);
    insertPasalAfter(v.state, v.dispatch);
    expect(typeChar(v, 'x', { isComposing: true }).defaultPrevented).toBe(false);
    expect(typeChar(v, '', { inputType: 'insertText' }).defaultPrevented).toBe(false);
    expect(pasalTexts(v)).toEqual(['Izin diberikan.', '', 'Mulai berlaku.']);
  });
});
