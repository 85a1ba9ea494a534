/** Small Perda documents and editor-state helpers for the renderer's command tests. */
import type { Node } from 'prosemirror-model';
import { EditorState, TextSelection, type Command, type Transaction } from 'prosemirror-state';
import { perdaSchema } from '../../../src/model/schema';
import { numberDocument } from '../../../src/model/numbering';
import { createPerdaState } from '../../../renderer/editor/create-state';
import type { DocJson } from '../../../src/api/contract';

type J = Record<string, unknown>;
let n = 0;
const uid = (p: string) => `${p}${++n}`;

/** A paragraph. */
export const para = (text: string): J => ({ type: 'para', content: text ? [{ type: 'text', text }] : [] });
/** An ayat with paragraphs/lists. */
export const ayat = (...content: J[]): J => ({ type: 'ayat', attrs: { uid: uid('a') }, content });
/** A list item. */
export const item = (...content: J[]): J => ({ type: 'item', attrs: { uid: uid('i') }, content });
/** A list of items. */
export const list = (...items: J[]): J => ({ type: 'list', content: items });
/** A Pasal. */
export const pasal = (...content: J[]): J => ({ type: 'pasal', attrs: { uid: uid('p') }, content });
/** A BAB with a title. */
export const bab = (title: string, ...content: J[]): J => ({
  type: 'bab',
  attrs: { uid: uid('b') },
  content: [{ type: 'heading', content: [{ type: 'text', text: title }] }, ...content],
});

/** A whole valid document whose batang tubuh holds `body`. */
export function perdaDoc(...body: J[]): DocJson {
  return {
    type: 'doc',
    attrs: { mode: 'penggantian', kind: 'perda' },
    content: [
      { type: 'judul', attrs: { uid: uid('j'), prefix: 'PERATURAN DAERAH KOTA BATAM' }, content: [{ type: 'text', text: 'UJI' }] },
      {
        type: 'pembukaan',
        content: [
          { type: 'frasa', content: [{ type: 'text', text: 'DENGAN RAHMAT TUHAN YANG MAHA ESA' }] },
          { type: 'jabatan', content: [{ type: 'text', text: 'WALI KOTA BATAM,' }] },
          { type: 'konsiderans', attrs: { uid: uid('k') }, content: [item(para('bahwa filosofis;')), item(para('bahwa yuridis;'))] },
          { type: 'dasarHukum', attrs: { uid: uid('d') }, content: [item(para('Undang-Undang;'))] },
          { type: 'diktum', content: [para('MEMUTUSKAN:')] },
        ],
      },
      { type: 'batangTubuh', content: body },
      { type: 'penutup', content: [] },
    ],
  };
}

/** An editor state with all plugins over `json`, cursor at the end of the first text `text`. */
export function stateAt(json: DocJson, text: string, where: 'end' | 'start' | number = 'end'): EditorState {
  const state = createPerdaState(json);
  const pos = findText(state.doc, text);
  const offset = where === 'end' ? text.length : where === 'start' ? 0 : where;
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos + offset)));
}

/** Position of the first occurrence of `text` in a text node. */
export function findText(doc: Node, text: string): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found >= 0) return false;
    if (node.isText && node.text!.includes(text)) found = pos + node.text!.indexOf(text);
    return true;
  });
  if (found < 0) throw new Error(`text not found: ${text}`);
  return found;
}

/** Run a command; returns [result, new state]. */
export function run(cmd: Command, state: EditorState): [boolean, EditorState] {
  let next = state;
  const ok = cmd(state, (tr: Transaction) => {
    next = state.apply(tr);
  });
  return [ok, next];
}

/** Every uid in the document. */
export function uids(doc: Node): string[] {
  const out: string[] = [];
  doc.descendants((node) => {
    if (typeof node.attrs.uid === 'string') out.push(node.attrs.uid);
    return true;
  });
  return out;
}

/** The markers of the units of `type` in document order (from the core's numbering). */
export function markers(doc: Node, type: string): string[] {
  const numbering = numberDocument(doc);
  const out: string[] = [];
  doc.descendants((node) => {
    if (node.type.name === type) out.push(numbering.get(node.attrs.uid as string)?.marker ?? '?');
    return true;
  });
  return out;
}

/** The name of the unit around the cursor and its text. */
export function cursorUnit(state: EditorState, type: string): Node | null {
  const $from = state.selection.$from;
  for (let d = $from.depth; d > 0; d--) if ($from.node(d).type.name === type) return $from.node(d);
  return null;
}

export { perdaSchema };
