/**
 * The change items of an instrument's Pasal I, in both forms of drafting-rules.md 3.4.1: numbered
 * items after the chapeau (Contoh 1), or one change without a number whose instruction is the
 * opening of Pasal I itself ("Ketentuan Pasal 5 dalam Peraturan Daerah … diubah sehingga berbunyi
 * sebagai berikut:", Contoh 2). The single form is read whether it comes as the generator writes
 * it (an unnumbered change item holding the restated Pasal) or as plain paragraphs of Pasal I (an
 * import that did not structure it): the latter is kept as one item so that it is reported.
 */
import type { Node } from 'prosemirror-model';
import type { NodeJson } from '../model/doc-json';
import { perdaSchema } from '../model/schema';
import { hasSingleChangeShape } from '../parse/amendment';
import { readInstruction, type InstructionAction } from './instruction';
import { clone } from './json-tree';
import { isSingleFormItem } from './single-form';

/** One change read from Pasal I. */
export interface ReadItem {
  /** Number of the item (1 for the single change). */
  n: number;
  /** The instruction sentence. */
  text: string;
  /** The action attribute of the item (importer's reading), or null. */
  fallback: InstructionAction | null;
  /** Restated units (ProseMirror JSON). */
  restated: NodeJson[];
  /** "item": numbered; "single": Contoh 2 with its restated units; "unstructured": Contoh 2 whose restated text is only paragraphs. */
  form: 'item' | 'single' | 'unstructured';
}

const ACTIONS = ['diubah', 'disisipkan', 'dihapus', 'ditambah'];

/** The top-level Pasal of an instrument's batang tubuh (Pasal I, Pasal II). */
function topPasal(instrument: Node): Node[] {
  const out: Node[] = [];
  instrument.forEach((part) => {
    if (part.type.name === 'batangTubuh')
      part.forEach((c) => c.type.name === 'pasal' && out.push(c));
  });
  return out;
}

/** True when a paragraph opening Pasal I is itself a change instruction (3.4.1 Contoh 2), not the chapeau of items. */
export function isSingleChangeOpening(text: string): boolean {
  return hasSingleChangeShape(text) && readInstruction(text.replace(/\s+/g, ' ').trim()).action !== null;
}

/** The items of an instrument, in order. */
export function readItems(instrument: Node): ReadItem[] {
  const out: ReadItem[] = [];
  for (const pasal of topPasal(instrument)) {
    let lastPara = '';
    pasal.forEach((child) => {
      if (child.type.name === 'para') lastPara = child.textContent;
      if (child.type.name !== 'changeItem') return;
      const single = isSingleFormItem(child);
      const first = child.firstChild;
      const restated: NodeJson[] = [];
      child.forEach((c, _o, i) => i > 0 && restated.push(clone(c.toJSON() as NodeJson)));
      const action = String(child.attrs.action);
      out.push({
        n: out.length + 1,
        text: single ? lastPara : first && first.type.name === 'para' ? first.textContent : '',
        fallback: ACTIONS.includes(action) ? (action as InstructionAction) : null,
        restated,
        form: single ? 'single' : 'item',
      });
    });
  }
  if (out.length > 0) return out;
  const pasalI = topPasal(instrument)[0];
  const opening = pasalI?.firstChild;
  if (
    !pasalI ||
    !opening ||
    opening.type.name !== 'para' ||
    !isSingleChangeOpening(opening.textContent)
  )
    return [];
  const restated: NodeJson[] = [];
  pasalI.forEach((c, _o, i) => i > 0 && restated.push(clone(c.toJSON() as NodeJson)));
  return [{ n: 1, text: opening.textContent, fallback: null, restated, form: 'unstructured' }];
}

/**
 * The change items of an instrument's Pasal I, in order, as change item nodes (a single change
 * written as plain paragraphs of Pasal I comes back as one item node holding them).
 */
export function changeItemsOf(instrument: Node): Node[] {
  const out: Node[] = [];
  instrument.descendants((n) => {
    if (n.type.name === 'changeItem') {
      out.push(n);
      return false;
    }
    return true;
  });
  if (out.length > 0) return out;
  const single = readItems(instrument)[0];
  if (!single) return [];
  const content = [
    { type: 'para', content: [{ type: 'text', text: single.text }] },
    ...single.restated.filter((r) => r.type === 'para' || r.type === 'list'),
  ];
  return [
    perdaSchema.nodeFromJSON({
      type: 'changeItem',
      attrs: { action: 'diubah', baseNum: null },
      content,
    }),
  ];
}
