/**
 * The semicolon that ends an item of a list, where text recognition read it as a colon: in a
 * blurred scan Tesseract reads "…;" as "…:" (Perda Kota Surabaya 3/2018 as a degraded scan: 43
 * item ends). An item whose list goes on after it (it has a next item) and that ends its text
 * with a colon, with no list of its own after that text, ends "…;" (drafting-rules.md: items
 * end with a semicolon, the one before the last with "; dan" / "; atau"). Applied only to a
 * text read by text recognition.
 */
import type { Node } from 'prosemirror-model';
import type { NodeJson } from '../model/doc-json';
import { perdaSchema } from '../model/schema';

/** An item's text ending in a colon, perhaps before the conjunction of the last item. */
const COLON_END = /:(\s*(?:dan|atau|dan\/atau|serta)?\s*)$/i;

/** `doc` with the colons that end items of lists that go on read as semicolons, and how many. */
export function restoreItemSemicolons(doc: Node): { doc: Node; restored: number } {
  let restored = 0;
  const visit = (n: NodeJson): void => {
    const kids = n.content ?? [];
    kids.forEach((child, i) => {
      const next = kids[i + 1];
      if (child.type === 'item' && next?.type === 'item') {
        const last = (child.content ?? [])[(child.content ?? []).length - 1];
        const text = last?.type === 'para' ? (last.content ?? [])[(last.content ?? []).length - 1] : undefined;
        if (text?.type === 'text' && typeof text.text === 'string' && COLON_END.test(text.text)) {
          text.text = text.text.replace(COLON_END, ';$1');
          restored++;
        }
      }
      visit(child);
    });
  };
  const json = doc.toJSON() as NodeJson;
  visit(json);
  return { doc: restored > 0 ? perdaSchema.nodeFromJSON(json) : doc, restored };
}
