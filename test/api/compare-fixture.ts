/**
 * A real base text and an edited draft of it for comparison tests: the Surabaya parking Perda
 * (2018) parsed from the corpus, and a copy that keeps every uid but changes the wording of one
 * Pasal and inserts one new Pasal (as a drafter would in the editor).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DocJson } from '../../src/api/contract';
import { newUid } from '../../src/model/uid';
import { parseText } from '../../src/parse';
import { corpusDir } from '../helpers/paths';

type Json = { type: string; text?: string; content?: Json[]; attrs?: Record<string, unknown> };

/** The corpus file used as base text. */
export const BASE_FILE = 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt';

/** Words added to the changed Pasal. */
export const ADDED_WORDS = 'secara terpadu dan berkelanjutan';
/** Text of the inserted Pasal. */
export const INSERTED_TEXT = 'Pemerintah Daerah menyediakan sistem informasi perparkiran yang dapat diakses oleh masyarakat.';

/** The base document (parsed from the corpus). */
export function baseDoc(): DocJson {
  const text = fs.readFileSync(path.join(corpusDir, BASE_FILE), 'utf8');
  return parseText(text).doc.toJSON() as DocJson;
}

/** Every Pasal node of a document's batang tubuh, in order, with the array holding it. */
function pasalNodes(doc: Json): Array<{ node: Json; parent: Json[] }> {
  const out: Array<{ node: Json; parent: Json[] }> = [];
  const walk = (n: Json) => {
    for (const c of n.content ?? []) {
      if (c.type === 'pasal') out.push({ node: c, parent: n.content as Json[] });
      else if (c.type !== 'penjelasan') walk(c);
    }
  };
  walk(doc);
  return out;
}

/** The first text node under `n`. */
function firstText(n: Json): Json | null {
  if (n.type === 'text') return n;
  for (const c of n.content ?? []) {
    const t = firstText(c);
    if (t) return t;
  }
  return null;
}

/**
 * A draft of `base` (uids kept) in which the Pasal at index `changeAt` gets ADDED_WORDS before
 * the end of its first sentence and a new Pasal is inserted after the Pasal at `insertAfter`.
 */
export function editedDraft(base: DocJson, changeAt = 4, insertAfter = 9): { doc: DocJson; changedUid: string; insertedUid: string } {
  const doc = structuredClone(base) as Json;
  const all = pasalNodes(doc);
  const changed = all[changeAt]!.node;
  const t = firstText(changed)!;
  t.text = /[.;:]\s*$/.test(t.text!) ? t.text!.replace(/\s*([.;:])\s*$/, ` ${ADDED_WORDS}$1`) : `${t.text} ${ADDED_WORDS}`;
  const after = all[insertAfter]!;
  const insertedUid = newUid();
  const pasal: Json = { type: 'pasal', attrs: { uid: insertedUid }, content: [{ type: 'para', content: [{ type: 'text', text: INSERTED_TEXT }] }] };
  after.parent.splice(after.parent.indexOf(after.node) + 1, 0, pasal);
  return { doc: doc as DocJson, changedUid: String(changed.attrs!.uid), insertedUid };
}
