/**
 * Shared fixtures of the review tests: a real Perda from the corpus (Perda Kota Surabaya 3/2018,
 * 41 Pasal) parsed into a document, and small JSON edits a drafter makes (insert Pasal, rewrite
 * text, delete a phrase).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Node } from 'prosemirror-model';
import type { DocJson } from '../../../src/api/contract';
import { normalizeDoc } from '../../../src/api/doc-input';
import { numberDocument } from '../../../src/model/numbering';
import { newUid } from '../../../src/model/uid';
import { parseDocJson } from '../../../src/model/validate';
import { parseText } from '../../../src/parse/parse-text';
import { corpusDir } from '../../helpers/paths';

/** The corpus text used by the review tests. */
export const SURABAYA_2018 = 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt';

/** A phrase of Pasal 12 ayat (2) of Surabaya 3/2018 and the sentence around it. */
export const PHRASE = 'dapat diusahakan secara kolektif';

let cached: DocJson | null = null;

/** The parsed corpus Perda as normalised JSON (a fresh copy each call). */
export function corpusDoc(): DocJson {
  cached ??= normalizeDoc(parseText(fs.readFileSync(path.join(corpusDir, SURABAYA_2018), 'utf8')).doc.toJSON());
  return structuredClone(cached);
}

/** A JSON node as the tests see it. */
export interface J {
  type: string;
  attrs?: Record<string, unknown>;
  content?: J[];
  text?: string;
}

/** The uid of the unit at `address` ("Pasal 12") in `doc`. */
export function uidAt(doc: DocJson | Node, address: string): string {
  const node = 'nodeSize' in doc ? (doc as Node) : parseDocJson(doc);
  for (const u of numberDocument(node).values()) if (u.address === address) return u.uid;
  throw new Error(`no unit ${address}`);
}

/** Visit every JSON node with its parent. */
function visit(n: J, fn: (n: J, parent: J | null, i: number) => boolean | void, parent: J | null = null, i = 0): boolean {
  if (fn(n, parent, i) === true) return true;
  for (let k = 0; k < (n.content?.length ?? 0); k++) if (visit(n.content![k]!, fn, n, k)) return true;
  return false;
}

/** Insert `n` new Pasal (plain text) before the Pasal `uid`, in place. */
export function insertPasalBefore(doc: DocJson, uid: string, n: number): DocJson {
  const found = visit(doc as J, (node, parent, i) => {
    if (node.attrs?.uid !== uid || !parent) return false;
    const fresh = Array.from({ length: n }, (_, k): J => ({
      type: 'pasal',
      attrs: { uid: newUid(), baseNum: null, deleted: false },
      content: [{ type: 'para', attrs: { role: null }, content: [{ type: 'text', text: `Pasal sisipan ${k + 1} mengatur parkir sepeda.` }] }],
    }));
    parent.content!.splice(i, 0, ...fresh);
    return true;
  });
  if (!found) throw new Error(`no unit ${uid}`);
  return normalizeDoc(doc);
}

/** Replace the first occurrence of `from` (inside one text node) by `to`, in place. */
export function replaceText(doc: DocJson, from: string, to: string): DocJson {
  const found = visit(doc as J, (node) => {
    if (node.type !== 'text' || !node.text?.includes(from)) return false;
    node.text = node.text.replace(from, to);
    if (node.text === '') node.text = ' ';
    return true;
  });
  if (!found) throw new Error(`text not found: ${from}`);
  return normalizeDoc(doc);
}

/** Remove the unit `uid` from its parent, in place. */
export function removeUnit(doc: DocJson, uid: string): DocJson {
  const found = visit(doc as J, (node, parent, i) => {
    if (node.attrs?.uid !== uid || !parent) return false;
    parent.content!.splice(i, 1);
    return true;
  });
  if (!found) throw new Error(`no unit ${uid}`);
  return normalizeDoc(doc);
}
